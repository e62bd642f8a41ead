//! The Python → native boundary (one `_rustlit` function per element and block
//! kind, generated from proto/): a wrong field is an error naming the message
//! and the field, never a silently wrong page.

use crate::common::App;

/// Runs each call in the real embedded interpreter and shows what it raised.
const SCRIPT: &str = r#"
import _rustlit
import streamlit as st

calls = [
    ("unknown field", lambda: _rustlit.text((0, 90), bdy="x", help="")),
    ("missing field", lambda: _rustlit.text((0, 90), body="x")),
    ("wrong type", lambda: _rustlit.text((0, 90), body=1, help="")),
    ("unknown enum", lambda: _rustlit.alert((0, 90), body="x", format="EROR", icon="")),
    ("enum as int", lambda: _rustlit.alert((0, 90), body="x", format=1, icon="")),
    ("positional field", lambda: _rustlit.text((0, 90), "x", "")),
    ("server field", lambda: _rustlit.iframe(
        (0, 90), src="", html_path="", origin_label="x", height=1.0, scrolling=False)),
    ("nested unknown", lambda: _rustlit.text((0, 90), body="x", help="", width_config={"pixels": 3})),
    ("str as list", lambda: _rustlit.multiselect(
        (0, 90), options="abc", max_selections=0, placeholder="", accept_new_options=False, filter_mode="FUZZY", select_all=0,
        widget={"id": "i", "label": "l", "help": "", "disabled": False, "label_visibility": "VISIBLE",
                "set_value": False})),
    ("block missing", lambda: _rustlit.block_vertical((0, 90), border=True, height=0)),
    ("no path", lambda: _rustlit.text(body="x", help="")),
    ("names built at run time", lambda: _rustlit.text((0, 90), **{"".join(["bo", "dy"]): "x", "help": ""})),
]
for name, call in calls:
    try:
        call()
        st.text(f"{name}: no error")
    except (TypeError, ValueError) as e:
        st.text(f"{name}: {type(e).__name__}: {e}")
_rustlit.alert((0, len(calls)), body="ok", format="SUCCESS", icon="", width_config={"pixel_width": 300})
_rustlit.text((0, len(calls) + 1), body="unknown kind: " + str(hasattr(_rustlit, "txt")), help="")
import inspect
_rustlit.text((0, 91), body=f"signature: {inspect.signature(_rustlit.text)}", help="")
"#;

#[tokio::test]
async fn wrong_fields_raise_errors_that_name_the_message_and_field() {
    let app = App::start(SCRIPT);
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    let texts = client.tree.texts();
    let expect = [
        "unknown field: TypeError: text() got an unexpected keyword argument 'bdy'",
        "missing field: TypeError: text() missing 1 required keyword argument: 'help'",
        "wrong type: TypeError: Text.body: 'int' object is not an instance of 'str'",
        "unknown enum: ValueError: Alert.format: unknown value 'EROR' (one of UNUSED, ERROR, WARNING, INFO, SUCCESS)",
        "enum as int: TypeError: Alert.format: expected the enum value's name (a str), got int",
        "positional field: TypeError: text() takes 1 positional arguments but 3 were given",
        "server field: TypeError: iframe() got an unexpected keyword argument 'origin_label'",
        "nested unknown: TypeError: Element.width_config: rustlit.WidthConfig has no field 'pixels'",
        "str as list: TypeError: MultiSelect.options: expected a list, got str",
        "block missing: TypeError: block_vertical() missing 2 required keyword arguments: 'allow_empty' and 'key'",
        "no path: TypeError: text() missing 1 required positional argument: 'path'",
        "names built at run time: no error",
    ];

    assert_eq!(texts.len(), expect.len() + 4, "{texts:#?}");
    assert_eq!(texts[expect.len()], "ok", "a valid call emits");
    assert_eq!(texts[expect.len() + 1], "unknown kind: False");
    assert_eq!(texts[expect.len() + 2], "x", "names built at run time");
    assert_eq!(
        texts[expect.len() + 3],
        "signature: (path, /, *, body, help, truncate=None, width_config=None, height_config=None, text_alignment_config=None)"
    );
    for (text, want) in texts.iter().zip(expect) {
        assert!(
            text.starts_with(want),
            "{text:?} should start with {want:?}"
        );
    }
}
