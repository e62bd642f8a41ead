"""st.chat_input and st.chat_message: trigger semantics, placement, session_state, avatars."""

import fake_rustlit
import pytest

from streamlit.elements.chat_message import is_emoji
from streamlit.elements.widgets.chat_value import ChatInputValue
from streamlit.elements.widgets.file_uploader import normalize_types as normalize_file_types

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


def test_the_message_is_returned_once_then_none(make_app):
    app = make_app("""
        import streamlit as st
        st.write(repr(st.chat_input()))
    """)
    app.run()
    (chat,) = app.of("chat_input")
    assert app.bodies()[-1] == "None"
    assert chat.path == (3, 0) and chat["pinned_to_bottom"] and chat["placeholder"] == "Your message"
    app.run([(chat["id"], "chat", ("hello", [], None))])
    assert app.bodies()[-1] == "'hello'"
    app.run([])
    assert app.bodies()[-1] == "None"
    app.run(None)
    assert app.bodies()[-1] == "None"


def test_callback_fires_for_each_submit_even_with_the_same_text(make_app):
    app = make_app("""
        import streamlit as st
        st.session_state.setdefault("seen", [])
        st.chat_input("p", key="m", max_chars=3, on_submit=lambda: st.session_state.seen.append(st.session_state.m))
        st.write(repr(st.session_state.seen))
    """)
    app.run()
    wid = app.of("chat_input")[0]["id"]
    app.run([(wid, "chat", ("hey there", [], None))])
    app.run([(wid, "chat", ("hey there", [], None))])
    app.run([])
    assert app.bodies()[-1] == "['hey', 'hey']"


def test_inline_in_containers_and_the_sidebar(make_app):
    app = make_app("""
        import streamlit as st
        st.write("x")
        with st.container():
            st.chat_input("a")
        st.sidebar.chat_input("b")
        ph = st.empty()
        ph.chat_input("c")
    """)
    app.run()
    a, b, c = app.of("chat_input")
    assert (a.path, a["pinned_to_bottom"]) == ((0, 1, 0), False)
    assert (b.path, b["pinned_to_bottom"]) == ((1, 0), False)
    # A placeholder at the top level is the top level, as in Streamlit.
    assert (c.path, c["pinned_to_bottom"]) == ((3, 0), True)


def test_session_state_puts_text_in_the_box_and_the_key_reads_none(make_app):
    app = make_app("""
        import streamlit as st
        if st.session_state.get("fill"):
            st.session_state.box = "draft"
        st.write(repr(st.chat_input(key="box")))
        st.write(repr(st.session_state.box))
    """)
    app.run()
    assert app.of("chat_input")[0]["prefill"] is None
    app.session.state["fill"] = True
    app.run([])
    chat = app.of("chat_input")[0]
    assert chat["prefill"] == "draft"
    assert app.bodies()[-2:] == ["None", "None"]


def test_files_and_audio_give_a_chat_input_value(make_app):
    app = make_app("""
        import streamlit as st
        v = st.chat_input(accept_file=True, accept_audio=True, file_type="jpg", max_upload_size=2)
        st.write(repr(v))
    """)
    app.run()
    chat = app.of("chat_input")[0]
    assert (chat["accept_file"], chat["accept_audio"], chat["audio_sample_rate"]) == ("SINGLE", True, 16000)
    assert chat["file_type"] == [".jpg", ".jpeg"] and chat["max_upload_size_bytes"] == 2 * 1024 * 1024
    app.run([(chat["id"], "chat", ("hi", [], None))])
    assert app.bodies()[-1] == "ChatInputValue(text='hi', files=[], audio=None)"


def test_chat_input_value_is_an_object_and_a_mapping():
    v = ChatInputValue("hi", [], None, _include_files=True)
    assert v.text == "hi" and v.files == [] and v["text"] == "hi"
    assert dict(v) == {"text": "hi", "files": []} and len(v) == 2 and "audio" not in v
    with pytest.raises(AttributeError, match="accept_audio=False"):
        _ = v.audio
    with pytest.raises(KeyError):
        v["audio"] = None
    v["text"] = "yo"
    assert v == ChatInputValue("yo", [], None, _include_files=True)
    del v["text"]
    assert list(v) == ["files"]


def test_file_types_are_normalised_like_streamlit():
    assert normalize_file_types(["image", "Application/PDF", "JPG", " .tif ", ""]) == [
        "image/*", "application/pdf", ".jpg", ".tif", ".jpeg", ".tiff",
    ]
    assert normalize_file_types(None) == []


def test_avatars(make_app, tmp_path):
    (tmp_path / "face.png").write_bytes(PNG)
    app = make_app(f"""
        import streamlit as st
        st.chat_message("Human")
        st.chat_message("bot", avatar="🤖")
        st.chat_message("bot", avatar=":material/star:")
        st.chat_message("bot", avatar={str(tmp_path / "face.png")!r})
        st.chat_message("bot", avatar={PNG!r})
        st.chat_message("zed", width=300)
    """)
    app.run()
    human, emoji, icon, file, data, zed = app.of("block_chat_message")
    assert (human["avatar"], human["avatar_type"]) == ("user", "ICON")
    assert (emoji["avatar"], emoji["avatar_type"]) == ("🤖", "EMOJI")
    assert (icon["avatar"], icon["avatar_type"]) == (":material/star:", "ICON")
    assert (file["avatar_type"], *fake_rustlit.media[file["avatar"]][:3]) == ("IMAGE", PNG, "image/png", "face.png")
    assert (data["avatar_type"], fake_rustlit.media[data["avatar"]][1]) == ("IMAGE", "image/png")
    assert (zed["avatar"], zed["width_config"]) == ("", {"pixel_width": 300})


def test_is_emoji():
    for emoji in ("🦜", "👍🏽", "🇫🇷", "👩‍💻", "❤️", "1️⃣", "©"):
        assert is_emoji(emoji), emoji
    for text in ("bob", "", "a🦜", "🦜 hi", "1"):
        assert not is_emoji(text), text


def test_attached_files_come_from_the_upload_store(make_app):
    import fake_rustlit

    app = make_app("""
        import streamlit as st
        v = st.chat_input(accept_file="multiple", file_type=["png", "txt"])
        if v:
            st.write(v.text + "|" + ",".join(f"{f.name}:{f.getvalue().decode()}" for f in v.files))
    """)
    app.run()
    chat = app.of("chat_input")[0]
    assert chat["max_upload_size_bytes"] == 200 * 1024 * 1024
    fake_rustlit.uploads["a" * 32] = ("notes.txt", "text/plain", b"hello")
    fake_rustlit.uploads["b" * 32] = ("evil.exe", "application/octet-stream", b"MZ")
    app.run([(chat["id"], "chat", ("look", [("a" * 32, "notes.txt", 5)], None))])
    assert app.bodies()[-1] == "look|notes.txt:hello"
    assert fake_rustlit.kept_uploads[-1] == ["a" * 32]
    app.run([(chat["id"], "chat", ("bad", [("b" * 32, "evil.exe", 2)], None))])
    assert "Invalid file extension: `.exe`" in app.of("exception")[-1]["message"]


def test_a_voice_message_comes_with_the_text_and_must_be_a_wav(make_app):
    import fake_rustlit

    app = make_app("""
        import streamlit as st
        v = st.chat_input(accept_audio=True)
        if v:
            st.write(f"{v.text}|{v.audio.name}:{v.audio.type}:{v.audio.getvalue().decode()}")
    """)
    app.run()
    chat = app.of("chat_input")[0]
    fake_rustlit.uploads["c" * 32] = ("audio-2026.wav", "audio/wav", b"RIFF")
    fake_rustlit.uploads["d" * 32] = ("audio.mp3", "audio/mpeg", b"ID3")
    fake_rustlit.uploads["e" * 32] = ("audio.wav", "text/plain", b"RIFF")
    app.run([(chat["id"], "chat", ("said", [], ("c" * 32, "audio-2026.wav", 4)))])
    assert app.bodies()[-1] == "said|audio-2026.wav:audio/wav:RIFF"
    assert fake_rustlit.kept_uploads[-1] == ["c" * 32]
    app.run([(chat["id"], "chat", ("", [], ("d" * 32, "audio.mp3", 3)))])
    assert "Invalid file extension for audio input: `audio.mp3`" in app.of("exception")[-1]["message"]
    app.run([(chat["id"], "chat", ("", [], ("e" * 32, "audio.wav", 4)))])
    assert "Invalid MIME type for audio input: `text/plain`" in app.of("exception")[-1]["message"]
