import streamlit as st

st.mermaid_chart("graph TD; A-->B")
st.mermaid_chart("graph TD; A-->B", alt="flow")
st.mermaid_chart("""
    graph LR
        A[Start] --> B{Decision}
        B -->|Yes| C[OK]
""", alt="  decision\n  flow  ", width="content")
st.mermaid_chart("""%%{init: {"theme": "dark"}}%%
---
title: With front matter
---
%% stAlt: an older name
%% a comment
sequenceDiagram
    accTitle: Greeting
    Alice->>Bob: Hello
""", alt="greeting")
st.mermaid_chart("graph TD\n  A[\"`**bold** label`\"] --> B", width=300)
st.mermaid_chart("pie\n  accDescr {\n    shares\n  }\n  \"a\": 1", alt=" ")
st.markdown("Text\n\n```mermaid\ngraph TD; X-->Y\n```")
for bad in (lambda: st.mermaid_chart("graph TD; A-->B", width="wide"),
            lambda: st.mermaid_chart("graph TD; A-->B", width=0)):
    try:
        bad()
    except Exception as e:
        st.text(f"{type(e).__name__}: {e}")
