//! The embedded interpreter sees the user's environment, as `python` would.

use std::path::Path;
use std::process::Command;

use crate::common::{rustlit_command, App};

#[tokio::test]
async fn argv_path_cwd_and_main_are_set_like_streamlit() {
    let app = App::start_with(
        "import os, sys\nimport streamlit as st\nst.text(repr(sys.argv[1:]))\nst.text(str(sys.argv[0] == __file__))\n\
         st.text(str(sys.path[0] == os.path.dirname(os.path.abspath(__file__))))\nst.text(os.getcwd())\n\
         if __name__ == '__main__':\n    st.text('main')\n",
        &["--", "--flag", "value"],
        &[],
    );
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    let cwd = std::fs::canonicalize(app.dir.path()).expect("canonical dir");
    let texts = client.tree.texts();
    assert_eq!(texts[0], "['--flag', 'value']");
    assert_eq!(texts[1], "True");
    assert_eq!(texts[2], "True");
    assert_eq!(std::fs::canonicalize(&texts[3]).expect("cwd exists"), cwd);
    assert_eq!(texts[4], "main");
}

fn make_venv(dir: &Path) -> std::path::PathBuf {
    let venv = dir.join("venv");
    let status = Command::new("python3")
        .args(["-m", "venv", "--without-pip"])
        .arg(&venv)
        .status()
        .expect("python3 -m venv");
    assert!(status.success());
    let site = std::fs::read_dir(venv.join("lib"))
        .expect("venv lib")
        .filter_map(Result::ok)
        .map(|e| e.path().join("site-packages"))
        .find(|p| p.is_dir())
        .expect("site-packages");
    std::fs::write(site.join("only_in_venv.py"), "WHERE = 'venv'\n").expect("module");
    // A "real" streamlit in the environment must not shadow rustlit's.
    std::fs::create_dir_all(site.join("streamlit")).expect("pkg");
    std::fs::write(
        site.join("streamlit/__init__.py"),
        "raise ImportError('the installed streamlit was imported')\n",
    )
    .expect("pkg");
    venv
}

#[tokio::test]
async fn an_active_virtualenv_is_used_and_our_streamlit_wins() {
    let outer = tempfile::tempdir().expect("tmp");
    let venv = make_venv(outer.path());
    let path = format!(
        "{}:{}",
        venv.join("bin").display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let app = App::start_with(
        "import sys\nimport only_in_venv\nimport streamlit as st\nst.text(only_in_venv.WHERE)\nst.text(sys.prefix)\n",
        &[],
        &[("VIRTUAL_ENV", venv.to_str().expect("utf8")), ("PATH", &path)],
    );
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    assert!(
        client.tree.exceptions().is_empty(),
        "{:?}",
        client.tree.exceptions()
    );
    let texts = client.tree.texts();
    assert_eq!(texts[0], "venv");
    assert_eq!(
        std::fs::canonicalize(&texts[1]).ok(),
        std::fs::canonicalize(&venv).ok()
    );
}

#[test]
fn a_python_version_mismatch_fails_at_startup_naming_both() {
    let outer = tempfile::tempdir().expect("tmp");
    let bin = outer.path().join("venv/bin");
    std::fs::create_dir_all(&bin).expect("bin");
    let fake = bin.join("python");
    std::fs::write(
        &fake,
        "#!/bin/sh\necho /opt/python3.99/bin/python3\necho 3.99\n",
    )
    .expect("fake python");
    let mut perms = std::fs::metadata(&fake).expect("meta").permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
    std::fs::set_permissions(&fake, perms).expect("chmod");
    let script = outer.path().join("app.py");
    std::fs::write(&script, "import streamlit\n").expect("script");
    let out = rustlit_command(&script, &[])
        .env("VIRTUAL_ENV", outer.path().join("venv"))
        .output()
        .expect("run");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("Python version mismatch"), "{stderr}");
    assert!(
        stderr.contains("3.99") && stderr.contains("3.11"),
        "{stderr}"
    );
}
