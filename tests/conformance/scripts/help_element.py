# st.help: a class with an attribute, a property and a method; a value with the expression's name;
# a walrus; a function; None.
import streamlit as st


class Dog:
    """A good dog.

    More text."""

    legs = 4

    def bark(self, loud=False):
        """Say woof.

        Loudly if asked."""

    @property
    def name(self):
        """The name."""
        return "rex"


def fetch(url: str, retries: int = 3) -> bytes:
    """Fetch a URL."""
    return b""


st.help(Dog)
numbers = [1, 2]
st.help(numbers)
st.help(answer := 42)
st.help(fetch)
st.help(None)
