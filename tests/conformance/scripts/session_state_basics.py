# session_state behaves like a dict and like an object, and survives reruns.
# step: rerun
# step: rerun
import streamlit as st

ss = st.session_state
if "runs" not in ss:
    ss.runs = 0
    ss["log"] = []
ss.runs += 1
ss.log.append(ss.runs)
ss[1] = "int key"
st.write(f"runs={ss.runs} log={ss['log']} one={ss['1']}")
st.write(f"has runs: {'runs' in ss}, has nope: {'nope' in ss}, get: {ss.get('nope', 'default')}")
st.write(sorted(ss.keys()))
if ss.runs == 2:
    del ss["1"]
    st.write(f"deleted: {'1' in ss}")
