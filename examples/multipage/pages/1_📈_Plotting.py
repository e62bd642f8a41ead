import streamlit as st

st.title("Plotting")
points = st.slider("Points", 1, 50, 10)
st.write("Squares:", ", ".join(str(i * i) for i in range(points)))
if st.button("Back home"):
    st.switch_page("app.py")
