//! The Python → native boundary (`_rustlit.element`/`block`, generated from
//! proto/): a wrong field is an error naming the message and the field, never
//! a silently wrong page.

use crate::common::App;

/// Runs each call in the real embedded interpreter and shows what it raised.
const SCRIPT: &str = r#"
import _rustlit
import streamlit as st

calls = [
    ("unknown field", lambda: _rustlit.element((0, 90), "text", bdy="x", help="")),
    ("missing field", lambda: _rustlit.element((0, 90), "text", body="x")),
    ("wrong type", lambda: _rustlit.element((0, 90), "text", body=1, help="")),
    ("unknown enum", lambda: _rustlit.element((0, 90), "alert", body="x", format="EROR", icon="")),
    ("enum as int", lambda: _rustlit.element((0, 90), "alert", body="x", format=1, icon="")),
    ("unknown kind", lambda: _rustlit.element((0, 90), "txt", body="x", help="")),
    ("server field", lambda: _rustlit.element(
        (0, 90), "iframe", src="", html_path="", origin_label="x", height=1.0, scrolling=False)),
    ("nested unknown", lambda: _rustlit.element(
        (0, 90), "text", body="x", help="", width_config={"pixels": 3})),
    ("str as list", lambda: _rustlit.element(
        (0, 90), "multiselect", options="abc", max_selections=0, placeholder="", accept_new_options=False,
        widget={"id": "i", "label": "l", "help": "", "disabled": False, "label_visibility": "VISIBLE",
                "set_value": False})),
    ("block missing", lambda: _rustlit.block((0, 90), "vertical", border=True, height=0)),
]
for name, call in calls:
    try:
        call()
        st.text(f"{name}: no error")
    except (TypeError, ValueError) as e:
        st.text(f"{name}: {type(e).__name__}: {e}")
_rustlit.element((0, len(calls)), "alert", body="ok", format="SUCCESS", icon="", width_config={"pixel_width": 300})
"#;

#[tokio::test]
async fn wrong_fields_raise_errors_that_name_the_message_and_field() {
    let app = App::start(SCRIPT);
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    let texts = client.tree.texts();
    let expect = [
        "unknown field: TypeError: rustlit.Text has no field 'bdy' (fields: body, help)",
        "missing field: TypeError: rustlit.Text is missing field(s): help",
        "wrong type: TypeError: Text.body:",
        "unknown enum: ValueError: Alert.format: unknown value 'EROR' (one of UNUSED, ERROR, WARNING, INFO, SUCCESS)",
        "enum as int: TypeError: Alert.format: expected the enum value's name (a str), got int",
        "unknown kind: ValueError: rustlit.Element has no kind 'txt'",
        "server field: TypeError: rustlit.IFrame.origin_label is set by the server",
        "nested unknown: TypeError: Element.width_config: rustlit.WidthConfig has no field 'pixels'",
        "str as list: TypeError: MultiSelect.options: expected a list, got str",
        "block missing: TypeError: rustlit.Block is missing field(s): allow_empty, key",
    ];
    assert_eq!(texts.len(), expect.len() + 1, "{texts:#?}");
    assert_eq!(
        texts.last().map(String::as_str),
        Some("ok"),
        "a valid call emits"
    );
    for (text, want) in texts.iter().zip(expect) {
        assert!(
            text.starts_with(want),
            "{text:?} should start with {want:?}"
        );
    }
}
