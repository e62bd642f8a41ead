//! rustlit's own `streamlit` package, shipped inside the binary.
//!
//! The sources under `python/` are embedded at build time and served to the
//! interpreter by an import finder placed first on `sys.meta_path`, so
//! `import streamlit` resolves here even when a real Streamlit is installed
//! in the user's environment (component packages importing
//! `streamlit.components.v1` get ours too).

use pyo3::prelude::*;
use pyo3::types::PyDict;
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "python/"]
#[include = "streamlit/**/*.py"]
struct PythonSources;

/// The finder and loader, written in Python because they plug into
/// importlib's protocol; the module table comes from Rust.
const BOOTSTRAP: &std::ffi::CStr = cr#"
import sys
import importlib.util


# Duck-typed rather than derived from importlib.abc: importing importlib.abc
# pulls in importlib.resources, pathlib and tempfile (~15 ms of every launch).
class _EmbeddedFinder:
    """Serves rustlit's embedded package before anything on sys.path."""

    def __init__(self, table):
        # name -> (source, is_package, filename)
        self._table = table

    def find_spec(self, fullname, path=None, target=None):
        entry = self._table.get(fullname)
        if entry is None:
            return None
        spec = importlib.util.spec_from_loader(fullname, self, origin=entry[2], is_package=entry[1])
        spec.has_location = True
        return spec

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        source, is_package, filename = self._table[module.__name__]
        module.__file__ = filename
        if is_package:
            module.__path__ = [filename.rsplit("/", 1)[0]]
        exec(compile(source, filename, "exec", dont_inherit=True), module.__dict__)

    def get_code(self, fullname):
        entry = self._table.get(fullname)
        if entry is None:
            return None
        return compile(entry[0], entry[2], "exec", dont_inherit=True)

    def get_source(self, fullname):
        entry = self._table.get(fullname)
        return None if entry is None else entry[0]

    def is_package(self, fullname):
        entry = self._table.get(fullname)
        return bool(entry and entry[1])


for _name in [n for n in sys.modules if n == "streamlit" or n.startswith("streamlit.")]:
    del sys.modules[_name]
sys.meta_path.insert(0, _EmbeddedFinder(_RUSTLIT_TABLE))
"#;

/// Prefix of the file names the embedded modules report in tracebacks.
pub const EMBEDDED_ROOT: &str = "<rustlit>/";

/// Installs the finder. Must run once, before the first `import streamlit`.
pub fn install(py: Python<'_>) -> PyResult<()> {
    let table = PyDict::new(py);
    for path in PythonSources::iter() {
        let Some(file) = PythonSources::get(&path) else {
            continue;
        };
        let source = String::from_utf8_lossy(&file.data).into_owned();
        let (module, is_package) = module_name(&path);
        let filename = format!("{EMBEDDED_ROOT}{path}");
        table.set_item(module, (source, is_package, filename))?;
    }
    let globals = PyDict::new(py);
    globals.set_item("_RUSTLIT_TABLE", table)?;
    py.run(BOOTSTRAP, Some(&globals), None)
}

/// `streamlit/runtime/entry.py` -> (`streamlit.runtime.entry`, false);
/// `streamlit/__init__.py` -> (`streamlit`, true).
fn module_name(path: &str) -> (String, bool) {
    let stem = path.trim_end_matches(".py");
    match stem.strip_suffix("/__init__") {
        Some(package) => (package.replace('/', "."), true),
        None => (stem.replace('/', "."), false),
    }
}

#[cfg(test)]
mod tests {
    use super::module_name;

    #[test]
    fn module_names_follow_python_rules() {
        assert_eq!(
            module_name("streamlit/__init__.py"),
            ("streamlit".into(), true)
        );
        assert_eq!(
            module_name("streamlit/runtime/entry.py"),
            ("streamlit.runtime.entry".into(), false)
        );
        assert_eq!(
            module_name("streamlit/components/v1/__init__.py"),
            ("streamlit.components.v1".into(), true)
        );
    }
}
