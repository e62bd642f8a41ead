"""st.write_stream: string chunks grow one element in place; other chunks go through st.write."""

import pytest


def test_text_chunks_grow_one_element_with_the_cursor(make_app):
    app = make_app("""
        import streamlit as st
        def words():
            yield "Hello"
            yield ""
            yield " **wor"
            yield "ld**"
        result = st.write_stream(words, cursor="▌")
        st.text(repr(result))
    """)
    app.run()
    (slot,) = {c.path for c in app.of("markdown")}
    assert app.of("empty")[0].path == slot
    assert [(c["body"], c.fields.get("unterminated_parsing")) for c in app.of("markdown")] == [
        ("Hello", True), ("Hello **wor▌", True), ("Hello **world**▌", True), ("Hello **world**", None)]
    assert app.of("text")[0]["body"] == "'Hello **world**'"


def test_other_chunks_are_written_and_returned_in_order(make_app):
    app = make_app("""
        import asyncio
        import streamlit as st
        async def mixed():
            yield "a"
            await asyncio.sleep(0)
            yield {"k": 1}
            yield lambda: st.text("called")
            yield "b"
        result = st.write_stream(mixed())
        st.text(f"{type(result).__name__} {list(result)!r}")
        st.text(repr(st.write_stream([])))
    """)
    app.run()
    assert [c.name for c in app.calls if c.name != "empty"] == [
        "markdown", "markdown", "json", "text", "markdown", "markdown", "text", "text"]
    assert app.of("text")[1]["body"] == "StreamingOutput ['a', {'k': 1}, 'b']"
    assert app.of("text")[2]["body"] == "''"


def test_openai_and_langchain_chunks_give_their_text(make_app):
    app = make_app("""
        import sys, types
        import streamlit as st

        def typed(module, name, **fields):
            cls = type(name, (), {})
            cls.__module__ = module
            obj = cls()
            obj.__dict__.update(fields)
            return obj

        delta = lambda text: types.SimpleNamespace(delta=types.SimpleNamespace(content=text))
        chunks = [
            typed("openai.types.chat.chat_completion_chunk", "ChatCompletionChunk", choices=[]),
            typed("openai.types.chat.chat_completion_chunk", "ChatCompletionChunk", choices=[delta("Hi")]),
            typed("openai.types.responses", "ResponseTextDeltaEvent", type="response.output_text.delta", delta=" there"),
            typed("openai.types.responses", "ResponseCreatedEvent", type="response.created"),
            typed("langchain_core.messages.ai", "AIMessageChunk", content="!"),
        ]
        st.text(st.write_stream(iter(chunks)))
    """)
    app.run()
    assert app.of("text")[0]["body"] == "Hi there!"


@pytest.mark.parametrize(("stream", "message"), [
    ('"text"', "Please use `st.write` instead for this data type."),
    ("42", "cannot be iterated"),
])
def test_what_cannot_be_streamed_is_refused(make_app, stream, message):
    app = make_app(f"import streamlit as st\nst.write_stream({stream})\n")
    app.run()
    assert message in app.of("exception")[0]["message"]


def test_st_write_streams_a_generator(make_app):
    app = make_app("""
        import streamlit as st
        st.write((w for w in ["x", "y"]))
    """)
    app.run()
    assert app.of("markdown")[-1]["body"] == "xy"
