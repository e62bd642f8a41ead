import streamlit as st

# 1.67's checks of `shortcut` and `icon_position` on the four buttons; each accepted one's key
# shows its normalized form through the rerun's element tree.
shortcuts = [
    "k", "K", "Ctrl+K", "control + shift + s", "cmd+enter", "Command+Return", "meta+alt+1",
    "option+F2", "mod+left", "Shift+ArrowUp", "esc", "spacebar", "del", "ctrl+t", "F11",
    "", "  +  ", "ctrl", "ctrl+shift", "a+b", "c", "Ctrl+R", "ctrl+%", "F", "ctrl+fx", 5, None,
]
for i, sc in enumerate(shortcuts):
    try:
        st.button(f"b{i}", key=f"b{i}", shortcut=sc)
        st.write(i, repr(sc), "ok")
    except Exception as e:
        st.write(i, repr(sc), type(e).__name__, str(e))

for name, call in {
    "download": lambda **kw: st.download_button("d", data="x", key="d", **kw),
    "link": lambda **kw: st.link_button("l", "https://example.com", **kw),
    "link widget": lambda **kw: st.link_button("lw", "https://example.com", on_click="rerun", key="lw", **kw),
}.items():
    for kw in (dict(shortcut="alt+d"), dict(shortcut="r"), dict(shortcut=""), dict(icon_position="top")):
        try:
            call(**kw)
            st.write(name, kw, "ok")
        except Exception as e:
            st.write(name, kw, type(e).__name__, str(e))

for pos in ("left", "right", None, "top", "LEFT"):
    try:
        st.button(f"icon {pos}", icon=":material/add:", icon_position=pos)
        st.write("icon_position", repr(pos), "ok")
    except Exception as e:
        st.write("icon_position", repr(pos), type(e).__name__, str(e))

with st.form("f"):
    st.text_input("t")
    for kw in (dict(shortcut="ctrl+enter"), dict(shortcut="c"), dict(icon_position="up")):
        try:
            st.form_submit_button(f"s {kw}", **kw)
            st.write("submit", kw, "ok")
        except Exception as e:
            st.write("submit", kw, type(e).__name__, str(e))
