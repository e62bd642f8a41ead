# An autoplaying st.audio/st.video has an element id in 1.67: the same player twice in a run is an error,
# players that differ (or do not autoplay) are not.
import streamlit as st

st.audio(b"RIFF1234WAVE", autoplay=True)
st.audio(b"RIFF1234WAVE", autoplay=True, loop=True)
st.audio(b"RIFF1234WAVE")
st.audio(b"RIFF1234WAVE")
try:
    st.audio(b"RIFF1234WAVE", autoplay=True)
except Exception as e:
    st.text(type(e).__name__)
st.video(b"video", autoplay=True, muted=True)
try:
    st.video(b"video", autoplay=True, muted=True)
except Exception as e:
    st.text(type(e).__name__)
st.text("end")
