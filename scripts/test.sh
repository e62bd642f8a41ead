#!/usr/bin/env bash
# The whole test suite: what the README promises and what CI runs.
# Needs: Rust (cargo), Python 3.11 with its shared library, Node.js/npm,
# and Chromium at /usr/bin/chromium for the browser tests (.ci/run installs it).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "Python tools (venv .venv-test: pytest, ruff, streamlit 1.67 as the oracle)"
if [ ! -x .venv-test/bin/python ]; then
  python3 -m venv .venv-test
fi
.venv-test/bin/python -m pip install --quiet --disable-pip-version-check -r tests/requirements.txt

step "Frontend dependencies"
(cd frontend && { [ -d node_modules ] || npm ci --no-audit --no-fund; })
# (again when package-lock.json changed since the last install)
(cd tests/e2e && { [ -d node_modules ] && [ ! package-lock.json -nt node_modules/.package-lock.json ] \
  || npm ci --no-audit --no-fund; })

step "Format and lint"
cargo fmt --check
cargo clippy --all-targets --locked -- -D warnings
.venv-test/bin/ruff check python tests benchmarks
(cd frontend && npm run --silent typecheck && npm run --silent lint)

step "Frontend unit tests"
(cd frontend && npm test --silent)

step "Python package tests"
(cd python && ../.venv-test/bin/python -m pytest -q tests)

step "Conformance against real Streamlit 1.67"
.venv-test/bin/python -m pytest -q tests/conformance

step "Rust unit and integration tests (real server, real websocket)"
cargo test --locked

step "Browser end-to-end tests (headless Chromium)"
cargo build --locked
(cd tests/e2e && RUSTLIT_BIN="$PWD/../../target/debug/rustlit" npm test)

echo
echo "All test suites passed."
