# Every input widget rustlit supports, in its common states, for the side-by-side
# gallery (gallery.mjs): each widget is captured in rustlit and in Streamlit 1.67.
import datetime as dt

import streamlit as st

st.button("Button")
st.button("Primary", type="primary")
st.download_button("Download", "data", file_name="d.txt")
st.link_button("Link", "https://example.com")
st.checkbox("Checkbox", value=True)
st.toggle("Toggle", value=True)
st.radio("Radio", ["one", "two", "three"], horizontal=True)
st.selectbox("Selectbox", ["apple", "banana"])
st.multiselect("Multiselect", ["apple", "banana", "cherry"], default=["apple", "cherry"])
st.multiselect("Multiselect disabled", ["apple"], default=["apple"], disabled=True)
st.pills("Pills", ["one", "two", "three"], default="two")
st.segmented_control("Segmented control", ["left", "mid", "right"], default="mid")
st.feedback("thumbs")
st.feedback("faces")
st.feedback("stars")
st.slider("Slider", 0, 100, 30)
st.slider("Range slider", 0.0, 1.0, (0.2, 0.6))
st.slider("Date slider", value=dt.date(2024, 5, 17))
st.slider("Time slider", value=dt.time(9, 30))
st.select_slider("Select slider", ["S", "M", "L", "XL"], value="L")
st.text_input("Text input", "hello", help="Some help")
st.text_input("Password", "secret", type="password")
st.text_area("Text area", "line one\nline two")
st.number_input("Number input", value=3.5)
st.date_input("Date input", dt.date(2024, 5, 17))
st.date_input("Date range", (dt.date(2024, 5, 1), dt.date(2024, 5, 3)))
st.time_input("Time input", dt.time(9, 30))
st.color_picker("Color picker", "#FF4B4B")
st.file_uploader("File uploader", type=["csv", "txt"], help="Some help")
st.file_uploader("Many files", accept_multiple_files=True)
st.audio_input("Audio input")
with st.container():
    st.chat_input("Chat input inline")
with st.form("form"):
    st.text_input("In a form")
    st.form_submit_button("Submit")
