"""st.pyplot: the figure is rendered with 1.67's savefig defaults and shown as an image."""

import io
import threading

import fake_rustlit
import pytest
from PIL import Image

pytest.importorskip("matplotlib")


def test_figures_become_served_pngs_with_their_width_and_alt(make_app):
    app = make_app("""
        import matplotlib.pyplot as plt
        import streamlit as st
        fig, ax = plt.subplots(figsize=(4, 3))
        ax.plot([1, 2, 3])
        st.pyplot(fig)
        st.pyplot(fig, width="content", alt=" A line ")
        st.pyplot(fig, width=300)
        st.pyplot(fig, use_container_width=True)
        st.pyplot(fig, clear_figure=True)
        st.text(str(len(fig.axes)))
    """)
    app.run()
    calls = app.of("imgs")
    assert [c.fields.get("width_config") for c in calls] == [
        {"use_stretch": True}, None, {"pixel_width": 300}, {"use_stretch": True}, {"use_stretch": True}]
    assert calls[1]["imgs"][0]["alt"] == "A line" and "alt" not in calls[0]["imgs"][0]
    data, mime, _name, _attachment = fake_rustlit.media[calls[0]["imgs"][0]["url"]]
    # 4x3 inches at 200 dpi, cropped tight: a little under 800 pixels wide.
    assert mime == "image/png" and 600 < Image.open(io.BytesIO(data)).width <= 800
    data, _mime, _name, _attachment = fake_rustlit.media[calls[2]["imgs"][0]["url"]]
    assert Image.open(io.BytesIO(data)).width == 300
    assert app.of("text")[0]["body"] == "0"


def test_a_missing_figure_and_savefig_options_are_reported_as_1_67_does(make_app):
    app = make_app("""
        import matplotlib.pyplot as plt
        import streamlit as st
        fig, ax = plt.subplots()
        st.pyplot(fig, transparent=True)
        st.pyplot(None)
    """)
    app.run()
    assert app.of("alert")[0]["body"].strip().startswith("Passing Matplotlib `savefig` keyword arguments")
    (exc,) = app.of("exception")
    assert exc["type"].endswith("StreamlitMissingRequiredParameterError")
    assert exc["message"].startswith("The `fig` parameter is required. Passing `None` is not supported")


def test_sessions_plotting_at_once_each_get_their_own_figure():
    import matplotlib.pyplot as plt

    from streamlit.elements.pyplot import _render

    results: dict[int, bytes] = {}

    def plot(n: int) -> None:
        fig, ax = plt.subplots(figsize=(1 + n, 1))
        ax.plot(range(n + 2))
        results[n] = _render(fig, False, {"dpi": 50})
        plt.close(fig)

    threads = [threading.Thread(target=plot, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    widths = [Image.open(io.BytesIO(results[n])).width for n in range(6)]
    assert widths == sorted(widths) and len(set(widths)) == 6
