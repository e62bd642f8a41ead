# st.image, st.audio and st.video: every input kind becomes a file of the same type and size.
import io

import numpy as np
import streamlit as st
from PIL import Image

rgb = np.zeros((20, 30, 3), dtype=np.uint8)
rgb[:, :15, 0] = 255
st.image(rgb, caption="array")
st.image(Image.new("RGBA", (12, 8), (0, 0, 255, 128)), caption="pil with alpha")
png = io.BytesIO()
Image.new("RGB", (16, 16), (0, 200, 0)).save(png, format="PNG")
st.image(png.getvalue(), caption="png bytes become jpeg")
st.image(png.getvalue(), output_format="PNG")
st.image([rgb, rgb[:, :, ::-1]], caption=["one", "two"], width=20)
st.image(np.zeros((30, 2000)), caption="scaled down")
st.image("https://example.com/picture.png")
st.image("<svg width='30' height='20'><rect width='30' height='20' fill='blue'/></svg>")
st.image(np.full((4, 4), 0.25), channels="RGB", clamp=True)

t = np.linspace(0, 0.1, 800)
st.audio(np.sin(2 * np.pi * 440 * t), sample_rate=8000)
st.audio(np.array([[0.0, 1.0, 0.5], [0.25, -1.0, 0.0]]), sample_rate=16000, start_time=1, end_time=2, loop=True)
st.audio(b"ID3" + bytes(61), format="audio/mpeg", autoplay=True)
st.audio("https://example.com/sound.mp3")
st.video(b"\x00\x00\x00\x18ftypmp42" + bytes(100), subtitles="WEBVTT\n\n00:00.000 --> 00:01.000\nhi\n",
         start_time=1, muted=True)
st.video(io.BytesIO(b"webm video"), format="video/webm",
         subtitles={"English": "1\n00:00:01,000 --> 00:00:02,000\nhello\n", "Empty": b"WEBVTT\n"})
st.video("https://www.youtube.com/watch?v=_T8LGqJtuGc", end_time=30)
