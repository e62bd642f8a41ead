# st.popover: a container whose children run with the script (open or not); widgets inside keep state;
# type is checked as in 1.67.
import streamlit as st

with st.popover("Settings", icon=":material/settings:", help="Options"):
    name = st.text_input("Name", "Ada")
    st.write("inside")
p = st.popover("Second", type="primary")
p.write("via method")
st.write(f"name={name}")
try:
    st.popover("x", type="big")
except st.errors.StreamlitAPIException as e:
    st.text(str(e))
# step: set "Name" "Grace"
