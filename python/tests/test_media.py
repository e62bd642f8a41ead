"""st.image, st.audio, st.video: each input type becomes the bytes (or URL) 1.67 would serve."""

import io
import wave

import fake_rustlit
import numpy as np
from PIL import Image


def _served(url):
    data, mime, _name, attachment = fake_rustlit.media[url]
    assert attachment is False
    return data, mime


def _pil(data):
    return Image.open(io.BytesIO(data))


def test_image_inputs_become_served_images(make_app, tmp_path):
    png = io.BytesIO()
    Image.new("RGBA", (8, 6), (255, 0, 0, 128)).save(png, format="PNG")
    (tmp_path / "pic.png").write_bytes(png.getvalue())
    (tmp_path / "logo.svg").write_text("<svg width='3' height='2'></svg>")
    app = make_app(f"""
        import io
        import numpy as np
        from PIL import Image
        import streamlit as st
        st.image(Image.new("RGB", (10, 4), (0, 255, 0)), caption="pil")
        st.image(np.zeros((5, 7, 3), dtype=np.uint8))
        st.image(np.full((3, 4), 0.5))
        st.image({png.getvalue()!r})
        st.image({str(tmp_path / "pic.png")!r}, output_format="JPEG")
        st.image("https://example.com/a.png")
        st.image({str(tmp_path / "logo.svg")!r})
        st.image("<svg viewBox='0 0 1 1'><rect/></svg>")
        st.image(io.BytesIO({png.getvalue()!r}), output_format="png")
    """)
    app.run()
    imgs = [c["imgs"] for c in app.of("imgs")]
    assert [len(i) for i in imgs] == [1] * 9
    pil, arr, gray, raw, path, url, svg_file, svg, bytesio = (i[0] for i in imgs)
    assert pil["caption"] == "pil" and "alt" not in pil
    data, mime = _served(pil["url"])
    assert (mime, _pil(data).size, _pil(data).format) == ("image/jpeg", (10, 4), "JPEG")
    data, mime = _served(arr["url"])
    assert (mime, _pil(data).size) == ("image/jpeg", (7, 5))
    data, mime = _served(gray["url"])
    assert mime == "image/jpeg" and _pil(data).getpixel((0, 0)) in (127, 128)
    # RGBA bytes stay PNG ("auto" keeps transparency); a file can be re-encoded on request.
    data, mime = _served(raw["url"])
    assert (mime, data) == ("image/png", png.getvalue())
    data, mime = _served(path["url"])
    assert (mime, _pil(data).format) == ("image/jpeg", "JPEG")
    assert url["url"] == "https://example.com/a.png"
    assert svg_file["url"].startswith("data:image/svg+xml;base64,")
    assert svg["url"].startswith("data:image/svg+xml;base64,")
    import base64

    decoded = base64.b64decode(svg["url"].split(",", 1)[1]).decode()
    assert decoded.startswith('<svg xmlns="http://www.w3.org/2000/svg" ')
    assert _served(bytesio["url"])[1] == "image/png"


def test_image_arrays_channels_clamp_and_lists(make_app):
    app = make_app("""
        import numpy as np
        import streamlit as st
        bgr = np.zeros((2, 2, 3), dtype=np.uint8)
        bgr[:, :, 0] = 255  # blue in BGR
        st.image(bgr, channels="BGR", output_format="PNG")
        st.image(np.array([[300, -5]]), clamp=True, output_format="PNG")
        st.image([bgr, bgr], caption=["a", "b"], width=40)
        st.image(np.zeros((3, 2, 2, 3), dtype=np.uint8), caption=np.array(["x", "y", "z"]))
        for bad in [
            lambda: st.image(np.array([[300]])),
            lambda: st.image(np.array([[1.5]])),
            lambda: st.image(np.zeros((2, 2)), channels="BGR"),
            lambda: st.image(np.zeros((2, 2, 2))),
            lambda: st.image([bgr, bgr], caption=["only one"]),
            lambda: st.image([bgr, bgr], link="https://x"),
            lambda: st.image(bgr, width="wide"),
            lambda: st.image(42),
        ]:
            try:
                bad()
            except Exception as e:
                st.text(f"{type(e).__name__}: {e}")
    """)
    app.run()
    one, clamped, pair, four = app.of("imgs")
    data, mime = _served(one["imgs"][0]["url"])
    assert mime == "image/png" and _pil(data).convert("RGB").getpixel((0, 0)) == (0, 0, 255)
    assert _pil(_served(clamped["imgs"][0]["url"])[0]).getpixel((0, 0)) == 255
    assert [i["caption"] for i in pair["imgs"]] == ["a", "b"]
    assert pair["width_config"] == {"pixel_width": 40}
    assert [i["caption"] for i in four["imgs"]] == ["x", "y", "z"]
    assert [b.split(":")[0] for b in app.bodies()] == [
        "StreamlitAPIException", "StreamlitAPIException", "StreamlitAPIException", "StreamlitAPIException",
        "StreamlitAPIException", "StreamlitAPIException", "StreamlitInvalidWidthError", "StreamlitAPIException",
    ]
    assert "Data is outside [0, 255] and clamp is not set." in app.bodies()[0]
    assert "Cannot pair 1 captions with 2 images." in app.bodies()[4]


def test_image_width_and_deprecated_width_flags(make_app):
    app = make_app("""
        import numpy as np
        import streamlit as st
        big = np.zeros((100, 2000, 3), dtype=np.uint8)
        st.image(big)
        st.image(big, width=100)
        st.image(big, width="stretch")
        st.image(big, use_container_width=True)
        st.image(big, use_container_width=False, width=50)
        st.image(big, use_column_width=True)
        st.image(big, link="https://streamlit.io", alt="wide")
    """)
    app.run()
    calls = app.of("imgs")
    assert [c["width_config"] for c in calls] == [
        None, {"pixel_width": 100}, {"use_stretch": True}, {"use_stretch": True}, {"pixel_width": 50}, None, None,
    ]
    sizes = [_pil(_served(c["imgs"][0]["url"])[0]).size for c in calls]
    # Wider than the target (an int width, else 1460 px) is scaled down.
    assert sizes == [(1460, 73), (100, 5), (1460, 73), (1460, 73), (50, 2), (1460, 73), (1460, 73)]
    assert (calls[-1]["link"], calls[-1]["imgs"][0]["alt"]) == ("https://streamlit.io", "wide")


def test_image_to_url_for_packages(make_app):
    app = make_app("""
        from PIL import Image
        import streamlit as st
        import streamlit.elements.image as st_image
        url = st_image.image_to_url(Image.new("RGBA", (4, 4)), 4, True, "RGB", "PNG", "canvas-bg")
        st.text(url)
        st.text(st_image.image_to_url("https://example.com/x.png", 4, True, "RGB", "PNG", "id"))
    """)
    app.run()
    stored, passed = app.bodies()
    assert stored.startswith("/media/")
    assert _served(stored[1:])[1] == "image/png"
    assert passed == "https://example.com/x.png"


def test_audio_inputs(make_app, tmp_path):
    (tmp_path / "clip.mp3").write_bytes(b"ID3fake")
    app = make_app(f"""
        import io
        import numpy as np
        import streamlit as st
        st.audio(b"RIFFxxxxWAVE")
        st.audio({str(tmp_path / "clip.mp3")!r}, format="audio/mpeg", start_time="2s", end_time=5, loop=True)
        st.audio(io.BytesIO(b"OggS"), format="audio/ogg", autoplay=True, width=300)
        st.audio("https://example.com/a.mp3")
        st.audio(np.array([0.0, 0.5, -1.0]), sample_rate=8000)
        st.audio(np.array([[0.0, 1.0], [0.5, -0.5]]), sample_rate=4000, alt="  two channels ")
        for bad in [lambda: st.audio(np.zeros(3)), lambda: st.audio(b"x", start_time="soon"),
                    lambda: st.audio(b"x", width="content")]:
            try:
                bad()
            except Exception as e:
                st.text(f"{{type(e).__name__}}: {{e}}")
    """)
    app.run()
    raw, mp3, ogg, url, mono, stereo = app.of("audio")
    assert _served(raw["url"]) == (b"RIFFxxxxWAVE", "audio/wav")
    assert fake_rustlit.media[raw["url"]][2] == "audio.wav"
    assert _served(mp3["url"]) == (b"ID3fake", "audio/mpeg")
    assert (mp3["start_time"], mp3["end_time"], mp3["loop"]) == (2, 5, True)
    assert (ogg["autoplay"], ogg["width_config"]) == (True, {"pixel_width": 300})
    assert url["url"] == "https://example.com/a.mp3"
    with wave.open(io.BytesIO(_served(mono["url"])[0])) as w:
        assert (w.getnchannels(), w.getframerate(), w.getsampwidth()) == (1, 8000, 2)
        assert np.frombuffer(w.readframes(3), dtype=np.int16).tolist() == [0, 16383, -32767]
    assert (mono.fields.get("alt"), stereo["alt"]) == (None, "two channels")
    with wave.open(io.BytesIO(_served(stereo["url"])[0])) as w:
        assert (w.getnchannels(), w.getframerate(), w.getnframes()) == (2, 4000, 2)
    bodies = app.bodies()
    assert bodies[0].startswith("StreamlitAPIException: Missing required parameter `sample_rate`")
    assert "Failed to convert 'start_time' to a timedelta." in bodies[1]
    assert bodies[2].startswith("StreamlitInvalidWidthError")


def test_video_inputs_and_subtitles(make_app, tmp_path):
    (tmp_path / "subs.srt").write_text("1\n00:00:01,000 --> 00:00:02,000\nhello\n")
    app = make_app(f"""
        import io
        import streamlit as st
        st.video(b"\\x00\\x00\\x00\\x18ftypmp42", subtitles="WEBVTT\\n\\n00:00.000 --> 00:01.000\\nhi",
                 muted=True, autoplay=True, start_time=1, end_time=3)
        st.video(b"webm", format="video/webm",
                 subtitles={{"English": {str(tmp_path / "subs.srt")!r}, "Bytes": io.BytesIO(b"WEBVTT\\n")}})
        st.video("https://youtu.be/_T8LGqJtuGc", loop=True)
        st.video("https://example.com/v.mp4")
        for bad in [lambda: st.video(b"x", start_time=5, end_time=2),
                    lambda: st.video("https://youtu.be/_T8LGqJtuGc", subtitles="WEBVTT"),
                    lambda: st.video(b"x", subtitles="not subtitles")]:
            try:
                bad()
            except Exception as e:
                st.text(f"{{type(e).__name__}}: {{e}}")
    """)
    app.run()
    mp4, webm, youtube, url = app.of("video")
    assert _served(mp4["url"]) == (b"\x00\x00\x00\x18ftypmp42", "video/mp4")
    assert (mp4["muted"], mp4["autoplay"], mp4["start_time"], mp4["end_time"], mp4["type"]) == (
        True, True, 1, 3, "NATIVE")
    (track,) = mp4["subtitles"]
    assert track["label"] == "default"
    assert _served(track["url"]) == (b"WEBVTT\n\n00:00.000 --> 00:01.000\nhi", "text/vtt")
    english, raw = webm["subtitles"]
    assert english["label"] == "English"
    assert _served(english["url"])[0] == b"WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nhello"
    assert _served(raw["url"])[0] == b"WEBVTT\n"
    assert (youtube["type"], youtube["url"], youtube["loop"]) == (
        "YOUTUBE_IFRAME", "https://www.youtube.com/embed/_T8LGqJtuGc", True)
    assert url["url"] == "https://example.com/v.mp4"
    bodies = app.bodies()
    assert bodies[0] == "StreamlitAPIException: Invalid start_time and end_time combination."
    assert "Subtitles are not supported for YouTube videos." in bodies[1]
    assert "Failed to process the provided subtitle 'default'" in bodies[2]


def test_animated_gif_bytes_are_served_as_given(make_app, tmp_path):
    frames = [Image.new("RGB", (6, 4), c) for c in ((255, 0, 0), (0, 255, 0), (0, 0, 255))]
    gif = io.BytesIO()
    frames[0].save(gif, format="GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    (tmp_path / "anim.gif").write_bytes(gif.getvalue())
    app = make_app(f"""
        import streamlit as st
        from streamlit.elements.lib.image_utils import image_to_url
        st.image({gif.getvalue()!r})
        st.image({str(tmp_path / "anim.gif")!r})

        class LayoutConfig:  # 1.67's image_to_url takes a layout config
            width = "stretch"
        st.text(image_to_url({gif.getvalue()!r}, LayoutConfig(), False, "RGB", "auto", "id"))
    """)
    app.run()
    first, second = app.of("imgs")
    for call in (first, second):
        data, mime = _served(call["imgs"][0]["url"])
        assert (mime, data) == ("image/gif", gif.getvalue())
        assert _pil(data).n_frames == 3
    (url,) = app.bodies()
    assert _served(url[1:]) == (gif.getvalue(), "image/gif")
