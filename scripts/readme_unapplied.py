"""Regenerate README.md's list of accepted-but-not-applied parameters from the table in
python/streamlit/runtime/unapplied.py (python/tests/test_unapplied.py fails when they disagree).

    python3 scripts/readme_unapplied.py          # rewrite README.md
    python3 scripts/readme_unapplied.py --print  # show the section
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "python" / "streamlit" / "runtime" / "unapplied.py"


def main() -> int:
    # Loaded by path: the module needs only the standard library, while importing the
    # `streamlit` package needs rustlit's native module.
    spec = importlib.util.spec_from_file_location("unapplied", TABLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    if sys.argv[1:] == ["--print"]:
        print(module.readme_section())
        return 0
    readme = ROOT / "README.md"
    readme.write_text(module.updated_readme(readme.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
