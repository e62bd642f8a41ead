//! Configuration: Streamlit's option names and precedence over every
//! source, and errors that say where a bad value came from.

use std::path::Path;
use std::process::Command;

use crate::common::rustlit_command;

fn write_config(dir: &Path, body: &str) {
    std::fs::create_dir_all(dir.join(".streamlit")).expect("mkdir");
    std::fs::write(dir.join(".streamlit/config.toml"), body).expect("write config");
}

fn config_show(
    home: &Path,
    cwd: &Path,
    env: &[(&str, &str)],
    flags: &[&str],
) -> (bool, String, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_rustlit"));
    command
        .args(["config", "show"])
        .args(flags)
        .current_dir(cwd)
        .env("HOME", home);
    for (k, v) in env {
        command.env(k, v);
    }
    let out = command.output().expect("run config show");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn every_source_overrides_the_one_before() {
    let root = tempfile::tempdir().expect("tmp");
    let (home, cwd) = (root.path().join("home"), root.path().join("cwd"));
    write_config(
        &home,
        "[server]\nport = 1\nheadless = true\nbaseUrlPath = \"h\"\nmaxMessageSize = 11\n",
    );
    write_config(
        &cwd,
        "[server]\nport = 2\nbaseUrlPath = \"c\"\nmaxMessageSize = 12\n",
    );
    let env = [
        ("STREAMLIT_SERVER_PORT", "3"),
        ("STREAMLIT_SERVER_MAX_MESSAGE_SIZE", "13"),
    ];
    let (ok, out, err) = config_show(&home, &cwd, &env, &["--server.maxMessageSize", "14"]);
    assert!(ok, "{err}");
    let table: toml::Table = out.parse().expect("config show prints TOML");
    let server = &table["server"];
    assert_eq!(server["headless"].as_bool(), Some(true));
    assert_eq!(server["baseUrlPath"].as_str(), Some("c"));
    assert_eq!(server["port"].as_integer(), Some(3));
    assert_eq!(server["maxMessageSize"].as_integer(), Some(14));
    assert_eq!(server["disconnectedSessionTTL"].as_integer(), Some(120));
    assert!(
        out.contains("# Source: environment variable STREAMLIT_SERVER_PORT"),
        "{out}"
    );
    assert!(out.contains("# Source: command-line flag --server.maxMessageSize"));
    assert!(out.contains(&format!(
        "# Source: {}",
        home.join(".streamlit/config.toml").display()
    )));
    assert!(out.contains(&format!(
        "# Source: {}",
        cwd.join(".streamlit/config.toml").display()
    )));
}

#[tokio::test]
async fn the_script_folder_config_beats_the_launch_folder_and_env_beats_both() {
    let root = tempfile::tempdir().expect("tmp");
    let (cwd, app_dir) = (root.path().join("cwd"), root.path().join("app"));
    write_config(&cwd, "[server]\nbaseUrlPath = \"from-cwd\"\n");
    write_config(&app_dir, "[server]\nbaseUrlPath = \"from-script\"\n");
    let script = app_dir.join("app.py");
    std::fs::write(&script, "import streamlit as st\n").expect("write");

    let app = crate::common::App::spawn(
        rustlit_command(&script, &[])
            .current_dir(&cwd)
            .env("HOME", root.path()),
    );
    let ok = reqwest::get(app.url("/from-script/_stcore/health"))
        .await
        .expect("get");
    assert_eq!(ok.status(), 200);
    drop(app);

    let mut command = rustlit_command(&script, &[]);
    command
        .current_dir(&cwd)
        .env("HOME", root.path())
        .env("STREAMLIT_SERVER_BASE_URL_PATH", "from-env");
    let app = crate::common::App::spawn(&mut command);
    let ok = reqwest::get(app.url("/from-env/_stcore/health"))
        .await
        .expect("get");
    assert_eq!(ok.status(), 200);
}

#[test]
fn invalid_values_stop_startup_and_say_where_they_came_from() {
    let root = tempfile::tempdir().expect("tmp");
    let script = root.path().join("app.py");
    std::fs::write(&script, "import streamlit as st\n").expect("write");
    let run = |command: &mut Command| {
        let out = command.env("HOME", root.path()).output().expect("run");
        assert!(!out.status.success());
        String::from_utf8_lossy(&out.stderr).into_owned()
    };

    write_config(root.path(), "[server]\nport = \"eighty\"\n");
    let err = run(rustlit_command(&script, &[]).current_dir(root.path()));
    let file = root.path().join(".streamlit/config.toml");
    assert!(err.contains(&file.display().to_string()), "{err}");
    assert!(
        err.contains("server.port") && err.contains("an integer"),
        "{err}"
    );
    std::fs::remove_file(&file).expect("rm");

    let err = run(rustlit_command(&script, &[]).env("STREAMLIT_SERVER_FILE_WATCHER_TYPE", "fast"));
    assert!(err.contains("STREAMLIT_SERVER_FILE_WATCHER_TYPE"), "{err}");
    assert!(err.contains("one of auto, watchdog, poll, none"), "{err}");

    let err = run(&mut rustlit_command(
        &script,
        &["--server.runOnSave", "maybe"],
    ));
    assert!(
        err.contains("--server.runOnSave") && err.contains("true or false"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn unknown_and_unapplied_options_warn_but_never_refuse() {
    let root = tempfile::tempdir().expect("tmp");
    write_config(
        root.path(),
        "[server]\nbogusOption = 1\nenableCORS = false\n",
    );
    let (ok, out, err) = config_show(
        root.path(),
        root.path(),
        &[],
        &["--global.developmentMode", "true"],
    );
    assert!(ok, "{err}");
    assert!(err.contains("unknown option server.bogusOption"), "{err}");
    assert!(
        err.contains("server.enableCORS") && err.contains("does not apply"),
        "{err}"
    );
    assert!(err.contains("global.developmentMode"), "{err}");
    assert_eq!(err.matches("server.enableCORS").count(), 1, "{err}");
    assert!(out.contains("developmentMode = true"));
}

#[tokio::test]
async fn the_script_reads_effective_options_with_get_option() {
    let source = r#"
import streamlit as st
st.text(f"upload={st.get_option('server.maxUploadSize')}")
st.text(f"xsrf={st.get_option('server.enableXsrfProtection')}")
st.text(f"color={st.get_option('theme.primaryColor')}")
"#;
    let app = crate::common::App::start_with(
        source,
        &["--server.maxUploadSize", "5"],
        &[("STREAMLIT_THEME_PRIMARY_COLOR", "#00ff00")],
    );
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    assert_eq!(
        client.tree.texts(),
        ["upload=5", "xsrf=True", "color=#00ff00"]
    );
}

#[tokio::test]
async fn hide_welcome_message_leaves_out_the_banner() {
    let root = tempfile::tempdir().expect("tmp");
    let script = root.path().join("app.py");
    std::fs::write(&script, "import streamlit as st\n").expect("write");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port()
        .to_string();
    let mut child = rustlit_command(
        &script,
        &[
            "--logger.hideWelcomeMessage",
            "true",
            "--server.port",
            &port,
        ],
    )
    .current_dir(root.path())
    .stdout(std::process::Stdio::piped())
    .stderr(std::process::Stdio::null())
    .spawn()
    .expect("spawn");
    let health = format!("http://127.0.0.1:{port}/_stcore/health");
    let mut up = false;
    for _ in 0..200 {
        if reqwest::get(&health).await.is_ok_and(|r| r.status() == 200) {
            up = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let _ = child.kill();
    let output = child.wait_with_output().expect("output");
    assert!(up, "the server did not come up");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(!stdout.contains("Local URL"), "{stdout}");
}

#[tokio::test]
async fn theme_options_come_from_env_and_flags_too_scoped_ones_included() {
    let app = crate::common::App::start_with(
        "import streamlit as st\n",
        &[
            "--theme.sidebar.primaryColor",
            "#123456",
            "--theme.codeFontSize",
            "20px",
        ],
        &[
            ("STREAMLIT_THEME_RED_COLOR", "#0000ff"),
            (
                "STREAMLIT_THEME_HEADING_FONT_SIZES",
                "[\"50px\", \"2.5rem\"]",
            ),
            ("STREAMLIT_THEME_SIDEBAR_HEADING_FONT_WEIGHTS", "300"),
        ],
    );
    let css = reqwest::get(app.url("/theme.css"))
        .await
        .expect("get")
        .text()
        .await
        .expect("body");
    // A single custom light theme; its variables, then its sidebar's.
    assert!(
        css.starts_with(":root:root{--st-theme-mode:light}"),
        "{css}"
    );
    let (page, sidebar) = css
        .split_once("[data-testid=\"stSidebar\"]")
        .expect("a sidebar scope");
    assert!(
        page.contains("--st-md-red:color-mix(in srgb, #0000ff 70%, black);"),
        "{css}"
    );
    assert!(
        page.contains("--st-md-red-bg:color-mix(in srgb, #0000ff 10%, transparent);"),
        "{css}"
    );
    assert!(
        page.contains("--st-h1-size:50px;--st-h2-size:2.5rem;"),
        "{css}"
    );
    assert!(page.contains("--st-code-font-size:20px;"), "{css}");
    assert!(sidebar.contains("--st-primary:#123456;"), "{css}");
    assert!(sidebar.contains("--st-h6-weight:300;"), "{css}");
    assert!(!page.contains("#123456"), "{css}");
}

#[tokio::test]
async fn font_faces_become_font_face_rules_and_remote_ones_widen_font_src() {
    let app = crate::common::App::start_with_files(
        "import streamlit as st\n",
        &[(
            ".streamlit/config.toml",
            "[theme]\nfont = \"Brand\"\n\n[[theme.fontFaces]]\nfamily = \"Brand\"\nurl = \"app/static/brand.woff2\"\nweight = 700\n\n[[theme.fontFaces]]\nfamily = \"Elsewhere\"\nurl = \"https://fonts.example/e.woff2\"\n",
        )],
        &[],
    );
    let css = reqwest::get(app.url("/theme.css"))
        .await
        .expect("get")
        .text()
        .await
        .expect("body");
    assert!(
        css.contains("@font-face{font-family:\"Brand\";src:url(\"app/static/brand.woff2\");font-display:swap;font-weight:700;}"),
        "{css}"
    );
    assert!(
        css.contains("--st-font:\"Brand\", \"Source Sans\", sans-serif;"),
        "{css}"
    );
    // A face on another https host is served too, and the page's CSP lets exactly that origin's
    // fonts in (docs/security.md 54b).
    assert!(
        css.contains(
            "@font-face{font-family:\"Elsewhere\";src:url(\"https://fonts.example/e.woff2\");"
        ),
        "{css}"
    );
    let page = reqwest::get(app.url("/")).await.expect("get /");
    let csp = page
        .headers()
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    assert!(
        csp.contains("font-src 'self' data: https://fonts.example;"),
        "{csp}"
    );
    assert!(
        csp.contains("script-src 'self' 'wasm-unsafe-eval';"),
        "{csp}"
    );
}

#[tokio::test]
async fn the_theme_of_config_toml_is_served_as_theme_css() {
    // Built-in themes only: the viewer chooses, nothing else.
    let plain = crate::common::App::start("import streamlit as st\n");
    let css = reqwest::get(plain.url("/theme.css"))
        .await
        .expect("get")
        .text()
        .await
        .expect("body");
    assert_eq!(css, ":root:root{--st-theme-mode:switch}");

    let app = crate::common::App::start_with_files(
        "import streamlit as st\n",
        &[(
            ".streamlit/config.toml",
            "[theme]\nbase = \"dark\"\nprimaryColor = \"#00AA00\"\ntextColor = \"url(x)\"\n\n[theme.sidebar]\nbackgroundColor = \"navy\"\n",
        )],
        &[],
    );
    let response = reqwest::get(app.url("/theme.css")).await.expect("get");
    assert_eq!(
        response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("text/css; charset=utf-8")
    );
    let css = response.text().await.expect("body");
    assert!(css.starts_with(":root:root{--st-theme-mode:dark}"), "{css}");
    assert!(css.contains("--st-primary:#00aa00;"), "{css}");
    assert!(css.contains("--st-sidebar-bg:navy;"), "{css}");
    // The invalid colour is left out (and logged), never passed through.
    assert!(!css.contains("url("), "{css}");
}
