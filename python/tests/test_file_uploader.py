"""st.file_uploader: UploadedFile values, types, callbacks, errors, the byte cache."""

import fake_rustlit
import pytest


def upload(file_id: str, name: str, data: bytes, mime: str = "text/csv") -> tuple[str, str, int]:
    fake_rustlit.uploads[file_id] = (name, mime, data)
    return (file_id, name, len(data))


def test_single_and_multiple_values(make_app):
    app = make_app("""
        import streamlit as st
        one = st.file_uploader("one", type="csv")
        many = st.file_uploader("many", accept_multiple_files=True)
        st.write(repr(one) if one is None else f"{one.name}|{one.type}|{one.size}|{one.read()!r}|{one.read()!r}")
        st.write(str([(f.name, f.getvalue()) for f in many]))
    """)
    app.run()
    assert app.bodies()[-2:] == ["None", "[]"]
    one, many = app.of("file_uploader")
    assert one["type"] == [".csv"] and not one["multiple_files"]
    assert one["max_upload_size_bytes"] == 200 * 1024 * 1024
    assert many["multiple_files"] and many["type"] == []
    a = upload("a" * 32, "data.csv", b"x,y\n")
    b = upload("b" * 32, "b.txt", b"B", "text/plain")
    c = upload("c" * 32, "c.txt", b"C", "text/plain")
    app.run([(one["id"], "files", [a]), (many["id"], "files", [c, b])])
    assert app.bodies()[-2:] == ["data.csv|text/csv|4|b'x,y\\n'|b''", "[('c.txt', b'C'), ('b.txt', b'B')]"]
    # Each run tells the store which files its widgets hold.
    assert fake_rustlit.kept_uploads[-2:] == [["a" * 32], ["c" * 32, "b" * 32]]


def test_files_the_store_no_longer_holds_are_left_out(make_app):
    app = make_app("""
        import streamlit as st
        st.write(str(st.file_uploader("f", accept_multiple_files=True)))
    """)
    app.run()
    wid = app.of("file_uploader")[0]["id"]
    app.run([(wid, "files", [("gone", "x.txt", 3)])])
    assert app.bodies()[-1] == "[]"


def test_an_extension_outside_the_allowed_types_is_an_error(make_app):
    app = make_app("""
        import streamlit as st
        st.file_uploader("pics", type=["jpg", "png"])
    """)
    app.run()
    uploader = app.of("file_uploader")[0]
    assert uploader["type"] == [".jpg", ".png", ".jpeg"]
    app.run([(uploader["id"], "files", [upload("d" * 32, "evil.exe", b"MZ")])])
    exc = app.of("exception")[-1]
    assert "Invalid file extension: `.exe`" in exc["message"]
    app.run([(uploader["id"], "files", [upload("e" * 32, "photo.JPEG", b"\xff")])])
    assert not app.of("exception")


def test_type_shortcuts_and_mime_types_are_not_checked_by_name(make_app):
    app = make_app("""
        import streamlit as st
        f = st.file_uploader("any image", type=["image", "application/pdf", ".txt"])
        st.write(f.name if f else "none")
    """)
    app.run()
    uploader = app.of("file_uploader")[0]
    assert uploader["type"] == ["image/*", "application/pdf", ".txt"]
    app.run([(uploader["id"], "files", [upload("f" * 32, "scan.pdf", b"%PDF")])])
    assert app.bodies()[-1] == "scan.pdf"


def test_on_change_fires_when_the_files_change(make_app):
    app = make_app("""
        import streamlit as st
        def changed():
            st.session_state.n = st.session_state.get("n", 0) + 1
        st.file_uploader("f", key="up", on_change=changed)
        st.write(str(st.session_state.get("n", 0)) + " " + str(st.session_state.up))
    """)
    app.run()
    wid = app.of("file_uploader")[0]["id"]
    a = upload("a" * 32, "a.csv", b"1")
    app.run([(wid, "files", [a])])
    app.run([(wid, "files", [a])])
    assert app.bodies()[-1].startswith("1 UploadedFile(file_id='" + "a" * 32)
    app.run([(wid, "files", [])])
    assert app.bodies()[-1] == "2 None"


def test_the_bytes_cross_into_python_once_per_file(make_app):
    app = make_app("""
        import streamlit as st
        f = st.file_uploader("f")
        st.write(str(len(f.getvalue())) if f else "-")
    """)
    app.run()
    wid = app.of("file_uploader")[0]["id"]
    a = upload("a" * 32, "a.bin", b"\0" * 1000)
    for _ in range(3):
        app.run([(wid, "files", [a])])
    assert app.bodies()[-1] == "1000"
    assert fake_rustlit.upload_data_reads == ["a" * 32]


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "10"])
def test_max_upload_size_must_be_a_positive_int(make_app, bad):
    app = make_app(f"""
        import streamlit as st
        st.file_uploader("f", max_upload_size={bad!r})
    """)
    app.run()
    assert "Invalid `max_upload_size` value" in app.of("exception")[-1]["message"]


def test_widget_limit_and_session_state_assignment(make_app):
    app = make_app("""
        import streamlit as st
        st.file_uploader("small", max_upload_size=5)
        st.session_state.up = None
        st.file_uploader("f", key="up")
    """)
    app.run()
    assert app.of("file_uploader")[0]["max_upload_size_bytes"] == 5 * 1024 * 1024
    exc = app.of("exception")[-1]
    assert exc["type"].endswith("StreamlitValueAssignmentNotAllowedError")


def test_camera_and_audio_return_one_file_or_none(make_app):
    app = make_app("""
        import streamlit as st
        photo = st.camera_input("Take a picture", resolution="720p")
        voice = st.audio_input("Record", sample_rate=48000, key="voice")
        st.write(f"{photo.name}|{photo.type}" if photo else "no photo")
        st.write(f"{voice.name}|{voice.size}" if voice else "no audio")
    """)
    app.run()
    camera, audio = app.of("camera_input")[0], app.of("audio_input")[0]
    assert camera["resolution_height"] == 720 and audio["sample_rate"] == 48000
    assert audio["id"].endswith("-voice")
    assert app.bodies()[-2:] == ["no photo", "no audio"]
    jpg = upload("a" * 32, "camera-input.jpg", b"\xff\xd8", "image/jpeg")
    wav = upload("b" * 32, "audio.wav", b"RIFF0000", "audio/wav")
    app.run([(camera["id"], "files", [jpg]), (audio["id"], "files", [wav])])
    assert app.bodies()[-2:] == ["camera-input.jpg|image/jpeg", "audio.wav|8"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.camera_input("c", resolution="4k")', "Invalid `resolution` value"),
        ('st.audio_input("a", sample_rate=12345)', "Invalid `sample_rate` value"),
    ],
)
def test_capture_widgets_check_their_arguments(make_app, call, message):
    app = make_app(f"""
        import streamlit as st
        {call}
    """)
    app.run()
    assert message in app.of("exception")[-1]["message"]


def test_a_directory_upload_names_files_by_their_path_in_the_folder(make_app):
    app = make_app("""
        import streamlit as st
        files = st.file_uploader("folder", accept_multiple_files="directory")
        st.write(str([f.name for f in files]))
    """)
    app.run()
    uploader = app.of("file_uploader")[0]
    assert uploader["accept_directory"] and uploader["multiple_files"]
    a = upload("a" * 32, "a.jpg", b"1")
    b = upload("b" * 32, "b.jpg", b"2")
    c = upload("c" * 32, "c.jpg", b"3")
    infos = [(a[0], "photos/2024/a.jpg", 1), (b[0], "../../etc/b.jpg", 1), (c[0], "photos/other.jpg", 1)]
    app.run([(uploader["id"], "files", infos)])
    # A path that climbs out, or does not end in the stored name, is not believed.
    assert app.bodies()[-1] == "['photos/2024/a.jpg', 'b.jpg', 'c.jpg']"
