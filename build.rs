//! Build steps that must happen before the crate compiles:
//! 1. protobuf codegen from `proto/` with protox (no system `protoc` needed),
//!    and the Python boundary generated from the same descriptors
//!    (`build/py_boundary.rs`);
//! 2. the frontend bundle (`frontend/dist`), built through npm when its sources
//!    changed, because the binary embeds it;
//! 3. an rpath to the libpython pyo3 linked against, so the loader does not
//!    pick another CPython build with the same soname (see docs/architecture.md).

use std::path::{Path, PathBuf};
use std::process::Command;

#[path = "build/py_boundary.rs"]
mod py_boundary;

fn main() {
    compile_proto();
    build_frontend();
    link_python_rpath();
}

fn compile_proto() {
    println!("cargo:rerun-if-changed=proto");
    println!("cargo:rerun-if-changed=build/py_boundary.rs");
    // rustlit.proto is the envelope; it imports every family's file.
    let fds = protox::compile(["proto/rustlit.proto"], ["proto"]).expect("proto/*.proto compile");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    py_boundary::generate(&fds, &out_dir, Path::new("python"));
    let mut config = prost_build::Config::new();
    for (message, field) in py_boundary::BOXED {
        config.boxed(format!(".rustlit.{message}.{field}"));
    }
    for (envelope, kind) in py_boundary::BOXED_KINDS {
        config.boxed(format!(".rustlit.{envelope}.type.{kind}"));
    }
    config
        // Oneofs hold the kinds' messages by value (no allocation per element);
        // their sizes differ by design.
        .enum_attribute(".rustlit", "#[allow(clippy::large_enum_variant)]")
        .compile_fds(fds)
        .expect("prost codegen for proto/");
}

fn build_frontend() {
    for path in [
        "frontend/src",
        "frontend/scripts",
        "frontend/index.html",
        "frontend/public",
        "frontend/package.json",
        "frontend/package-lock.json",
        "frontend/vite.config.ts",
        "proto",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    println!("cargo:rerun-if-env-changed=RUSTLIT_SKIP_FRONTEND_BUILD");
    let frontend = Path::new("frontend");
    let dist = frontend.join("dist");
    if std::env::var_os("RUSTLIT_SKIP_FRONTEND_BUILD").is_some()
        || !frontend.join("package.json").exists()
    {
        std::fs::create_dir_all(&dist).expect("create frontend/dist");
        return;
    }
    if !frontend.join("node_modules").exists() || lockfile_newer_than_install(frontend) {
        run_npm(frontend, &["ci", "--no-audit", "--no-fund"]);
    }
    run_npm(frontend, &["run", "build"]);
}

/// A dependency was added since `node_modules` was installed (npm records
/// the installed tree in `node_modules/.package-lock.json`).
fn lockfile_newer_than_install(frontend: &Path) -> bool {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    match (
        modified(&frontend.join("package-lock.json")),
        modified(&frontend.join("node_modules/.package-lock.json")),
    ) {
        (Some(lock), Some(installed)) => lock > installed,
        _ => false,
    }
}

fn run_npm(dir: &Path, args: &[&str]) {
    let status = Command::new("npm")
        .args(args)
        .current_dir(dir)
        .status()
        .unwrap_or_else(|e| panic!("running `npm {}` in frontend/ failed: {e}. Node.js and npm are needed to build rustlit.", args.join(" ")));
    assert!(
        status.success(),
        "`npm {}` in frontend/ failed",
        args.join(" ")
    );
}

fn link_python_rpath() {
    println!("cargo:rerun-if-env-changed=PYO3_PYTHON");
    let python = std::env::var("PYO3_PYTHON").unwrap_or_else(|_| "python3".into());
    let out = Command::new(&python)
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_config_var('LIBDIR') or '')",
        ])
        .output();
    if let Ok(out) = out {
        let libdir = String::from_utf8_lossy(&out.stdout).trim().to_string();
        if !libdir.is_empty() {
            println!("cargo:rustc-link-arg=-Wl,-rpath,{libdir}");
            println!("cargo:rustc-env=RUSTLIT_LINKED_PYTHON_LIBDIR={libdir}");
        }
    }
}
