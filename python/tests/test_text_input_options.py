"""st.text_input's options as they go on the wire (text_input_options.py)."""

import pytest

from streamlit.elements.widgets.text_input_options import live_debounce_ms, type_defaults, validate_rule
from streamlit.errors import StreamlitInvalidParameterTypeError, StreamlitValueError, StreamlitValueOutOfRangeError


@pytest.mark.parametrize(
    ("live", "ms"),
    [(False, None), (True, 250), ("0ms", 0), ("0s", 0), ("300ms", 300), ("0.5s", 500), ("1m", 60_000), ("1us", 1)],
)
def test_live_is_a_pause_in_milliseconds(live, ms) -> None:
    assert live_debounce_ms(live) == ms


@pytest.mark.parametrize(
    ("live", "error"),
    [(300, StreamlitInvalidParameterTypeError), (0.3, StreamlitInvalidParameterTypeError),
     ([1], StreamlitInvalidParameterTypeError), ("61s", StreamlitValueOutOfRangeError)],
)
def test_live_refuses_bare_numbers_and_long_pauses(live, error) -> None:
    with pytest.raises(error):
        live_debounce_ms(live)


def test_types_bring_their_defaults_and_validate_takes_a_rule() -> None:
    email = type_defaults("email")
    assert (email.wire, email.icon, email.placeholder, email.autocomplete) == (
        "EMAIL", ":material/mail:", "you@example.com", "email")
    assert type_defaults("password").autocomplete == "new-password"
    assert type_defaults("phone").validate is None
    with pytest.raises(StreamlitValueError):
        type_defaults("mail")
    assert validate_rule(None) == (None, "")
    assert validate_rule("^a") == ("^a", "")
    assert validate_rule(("^a", "Starts with a.")) == ("^a", "Starts with a.")
    with pytest.raises(StreamlitValueError):
        validate_rule(("^a", 3))
