import streamlit as st

# Nobody logged in and no [auth] in secrets.toml. (AppTest gives every run a
# user {"email": "test@example.com"}, so the empty st.user itself is checked
# in python/tests/test_user_info.py and tests/it/auth.rs, not here.)
st.text(f"has_is_logged_in={'is_logged_in' in st.user}")
st.text(f"tokens={st.user.tokens.to_dict()} {len(st.user.tokens)}")
try:
    _ = st.user.tokens.id
except AttributeError as e:
    st.text(f"token attr: {e}")
try:
    _ = st.user["no such claim"]
except KeyError as e:
    st.text(f"key: {e}")
try:
    _ = st.user.no_such_claim
except AttributeError as e:
    st.text(f"attr: {e}")
for attempt in ("attribute", "item", "token"):
    try:
        if attempt == "attribute":
            st.user.email = "x"
        elif attempt == "item":
            st.user["email"] = "x"
        else:
            st.user.tokens.id = "x"
    except st.errors.StreamlitAPIException as e:
        st.text(f"{attempt}: {e}")
