"""The test double checks fields as the native module does (tests/it/boundary.rs is the same list)."""

import fake_rustlit
import pytest


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: fake_rustlit.text((0, 0), bdy="x", help=""), "rustlit.Text has no field 'bdy'"),
        (lambda: fake_rustlit.text((0, 0), body="x"), "rustlit.Text is missing field(s): help"),
        (lambda: fake_rustlit.text((0, 0), body=1, help=""), "Text.body: expected str"),
        (lambda: fake_rustlit.alert((0, 0), body="x", format="EROR", icon=""), "Alert.format: unknown value 'EROR'"),
        (lambda: fake_rustlit.alert((0, 0), body="x", format=1, icon=""),
         "Alert.format: expected the enum value's name"),
        (lambda: fake_rustlit.text((0, 0), body="x", help="", width_config={"pixels": 3}),
         "rustlit.WidthConfig has no field 'pixels'"),
        (lambda: fake_rustlit.block_vertical((0, 0), border=True, height=0),
         "rustlit.Block is missing field(s): allow_empty, key"),
    ],
)
def test_wrong_fields_raise(call, error) -> None:
    with pytest.raises((TypeError, ValueError), match=error.replace("(", r"\(").replace(")", r"\)")):
        call()


def test_an_unknown_kind_is_no_function() -> None:
    assert not hasattr(fake_rustlit, "txt") and hasattr(fake_rustlit, "block_vertical")


def test_a_valid_call_is_recorded_with_its_envelope_fields() -> None:
    fake_rustlit.reset()
    fake_rustlit.alert((0, 0), body="ok", format="SUCCESS", icon="", width_config={"pixel_width": 3})
    (call,) = fake_rustlit.calls
    assert (call.name, call["format"], call["width_config"]) == ("alert", "SUCCESS", {"pixel_width": 3})
