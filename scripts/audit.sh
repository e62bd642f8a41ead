#!/usr/bin/env bash
# Dependency audit, run on demand (never by the test suite: it needs the
# advisory databases, which a machine without internet cannot reach).
#
#   bash scripts/audit.sh
#
# Audits what ships and what builds it:
#   - Rust crates in Cargo.lock            (cargo audit, RustSec advisory database)
#   - the frontend's npm packages          (npm audit: the bundle's runtime deps, then build tools)
#   - the e2e tests' npm packages          (npm audit)
#   - Python packages the tests pin        (pip-audit on tests/ and benchmarks/ requirements)
# The Python package inside the binary (`python/`) has no dependencies of its
# own: an app's pandas, pyarrow, ... come from the user's environment.
#
# Exit status: 0 when every source was checked and none has a known
# vulnerability, 1 when any has one, 2 when some source could not be checked
# (the tool or its database was unreachable) and none of the others found one.
# Set RUSTSEC_DB to a local clone of https://github.com/rustsec/advisory-db to
# audit crates offline.
set -uo pipefail
cd "$(dirname "$0")/.."

found=0
unchecked=0
summary=()

record() { # name status detail
  summary+=("$(printf '%-28s %-12s %s' "$1" "$2" "$3")")
  case "$2" in
    vulnerable) found=1 ;;
    unchecked) unchecked=1 ;;
  esac
}

section() { printf '\n== %s\n' "$1"; }

# --- Rust ---------------------------------------------------------------
section "Rust crates (Cargo.lock)"
if ! cargo audit --version >/dev/null 2>&1; then
  echo "cargo-audit is not installed: cargo install cargo-audit --locked"
  record "Rust crates" unchecked "cargo-audit not installed"
else
  args=(audit --deny warnings)
  if [ -n "${RUSTSEC_DB:-}" ]; then args+=(--db "$RUSTSEC_DB" --no-fetch); fi
  out=$(cargo "${args[@]}" 2>&1); status=$?
  echo "$out"
  if [ $status -eq 0 ]; then
    record "Rust crates" clean ""
  elif grep -qiE "error: (couldn't|failed to) (fetch|open|clone)|network|resolve host" <<<"$out"; then
    record "Rust crates" unchecked "advisory database unreachable (set RUSTSEC_DB)"
  else
    record "Rust crates" vulnerable "see above"
  fi
fi

# --- npm ----------------------------------------------------------------
npm_audit() { # label dir [npm audit args...]
  local label=$1 dir=$2; shift 2
  section "$label ($dir)"
  if [ ! -f "$dir/package-lock.json" ]; then
    record "$label" unchecked "no package-lock.json"
    return
  fi
  local out status
  out=$(cd "$dir" && npm audit --audit-level=low "$@" 2>&1); status=$?
  echo "$out"
  if [ $status -eq 0 ]; then
    record "$label" clean ""
  elif grep -qE "audit endpoint returned an error|ENOTFOUND|ECONNREFUSED|EAI_AGAIN|ETIMEDOUT|405 Method Not Allowed" <<<"$out"; then
    record "$label" unchecked "the registry's audit endpoint is unreachable"
  else
    record "$label" vulnerable "see above"
  fi
}
npm_audit "frontend, in the bundle" frontend --omit=dev
npm_audit "frontend, build tools" frontend
npm_audit "e2e test tools" tests/e2e

# --- Python -------------------------------------------------------------
section "Python test requirements"
pip_audit=""
for candidate in .venv-test/bin/pip-audit "$(command -v pip-audit 2>/dev/null)"; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then pip_audit=$candidate; break; fi
done
if [ -z "$pip_audit" ]; then
  echo "pip-audit is not installed: .venv-test/bin/pip install pip-audit"
  record "Python requirements" unchecked "pip-audit not installed"
else
  for req in tests/requirements.txt benchmarks/requirements.txt; do
    [ -f "$req" ] || continue
    out=$("$pip_audit" --progress-spinner off -r "$req" 2>&1); status=$?
    echo "$out"
    if [ $status -eq 0 ] && grep -q "could not be audited" <<<"$out"; then
      # pip-audit exits 0 when it skipped packages it could not look up.
      record "Python $req" unchecked "some packages could not be looked up"
    elif [ $status -eq 0 ]; then
      record "Python $req" clean ""
    elif grep -qiE "connection|resolve|timed out|HTTPError|404" <<<"$out"; then
      record "Python $req" unchecked "the vulnerability service is unreachable"
    else
      record "Python $req" vulnerable "see above"
    fi
  done
fi

section "Summary"
printf '%s\n' "${summary[@]}"
if [ $found -ne 0 ]; then exit 1; fi
if [ $unchecked -ne 0 ]; then
  echo "Some sources were not checked: the audit is incomplete, not clean."
  exit 2
fi
echo "No known vulnerabilities."
