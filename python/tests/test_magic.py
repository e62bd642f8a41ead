"""Magic: which bare expressions are written, where, and with which options."""

from __future__ import annotations

import ast

import pytest

from streamlit import config
from streamlit.runtime.scriptrunner.magic import MAGIC_ALIAS, add_magic


def test_bare_values_are_written_calls_and_docstrings_are_not(make_app):
    app = make_app('''
        """Module docstring."""
        import streamlit as st
        x = 41
        "a string"
        x + 1
        st.write("explicit")
        print("a call")
        len("abc")
        (len("ab"),)
        f"f-{x}"
    ''')
    assert app.run() == 0
    assert app.bodies() == ["a string", "`42`", "explicit", "`2`", "f-41"]


def test_magic_inside_blocks_and_functions(make_app):
    app = make_app('''
        import streamlit as st

        def f():
            """Docstring of f."""
            "in f"
            for i in range(2):
                i
            else:
                "loop else"
            while False:
                "never"
            return 1

        class C:
            "class docstring: not written"
            attr = "class body: not written"

            def m(self):
                "method docstring"
                "in method"

        f()
        C().m()
        with st.container():
            "in with"
        if True:
            "in if"
        else:
            "in else"
        try:
            "in try"
            raise ValueError
        except ValueError:
            "in except"
        finally:
            "in finally"
        match 3:
            case 3:
                "in case"
    ''')
    assert app.run() == 0
    assert app.bodies() == [
        "in f", "`0`", "`1`", "loop else", "in method", "in with", "in if", "in try", "in except",
        "in finally", "in case",
    ]


def test_tuples_spread_and_value_is_returned(make_app):
    app = make_app('''
        import streamlit as st
        "a", "b"
        async def g():
            await something()
            yield_ = 1
    ''')
    assert app.run() == 0
    assert app.bodies() == ["a b"]


def test_future_import_stays_first(make_app):
    app = make_app('''
        """Doc."""
        from __future__ import annotations
        from __future__ import division
        "works"
    ''')
    assert app.run() == 0
    assert app.bodies() == ["works"]


def test_magic_disabled(make_app):
    config.configure({"runner.magicEnabled": False, "client.showErrorDetails": "full"})
    app = make_app('''
        "not written"
    ''')
    assert app.run() == 0
    assert app.bodies() == []


@pytest.mark.parametrize(("source", "written"), [
    ("'''Doc.'''\nimport os\nlen('x')\n", ["'''Doc.'''", "len('x')"]),
    ("len('x');\n", []),
    ("def f():\n    'doc'\n    len('y')\nlen('x')\n", ["len('x')"]),
])
def test_options(source, written):
    config.configure({"magic.displayRootDocString": True, "magic.displayLastExprIfNoSemicolon": True})
    tree = add_magic(source, "app.py")
    found = [
        ast.unparse(n.args[0]).replace('"', "'")
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "transparent_write"
    ]
    expected = [w.replace("'''Doc.'''", "'Doc.'") for w in written]
    assert found == expected
    assert any(isinstance(n, ast.Import) and n.names[0].asname == MAGIC_ALIAS for n in tree.body)
    compile(tree, "app.py", "exec")


def test_syntax_error_still_reported(make_app):
    app = make_app("x = (\n")
    assert app.run() == 1
