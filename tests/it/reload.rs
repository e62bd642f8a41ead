//! Hot reload: edits to the script, an imported module, config.toml and
//! secrets.toml while sessions are connected; editor-style atomic saves; a
//! SyntaxError and its fix; one watcher however many sessions.

use std::path::Path;
use std::time::Duration;

use rustlit::proto::{back_msg, forward_event, RunStatus, SetRunOnSave};

use crate::common::{App, Client};

/// Reads events until the page is told its source changed.
async fn expect_changed_on_disk(client: &mut Client) {
    loop {
        match client.next_event().await {
            Some(forward_event::Kind::ScriptChangedOnDisk(_)) => return,
            Some(_) => continue,
            None => panic!("socket closed before ScriptChangedOnDisk"),
        }
    }
}

/// Writes after a short pause so the watcher has settled on the old content.
fn save(path: &Path, body: &str) {
    std::thread::sleep(Duration::from_millis(150));
    std::fs::write(path, body).expect("save");
}

async fn first_run(app: &App) -> Client {
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    client
}

#[tokio::test]
async fn editing_the_script_offers_a_rerun_that_shows_the_edit() {
    let app = App::start("import streamlit as st\nst.text('before')\n");
    let mut client = first_run(&app).await;
    save(
        &app.script_path(),
        "import streamlit as st\nst.text('after')\n",
    );
    expect_changed_on_disk(&mut client).await;
    client.rerun().await;
    client.finish_run().await;
    assert_eq!(client.tree.texts(), vec!["after".to_string()]);
}

#[tokio::test]
async fn run_on_save_reruns_every_session_with_the_reloaded_module() {
    let app = App::start_with(
        "import streamlit as st\nimport helper\nst.text(helper.VALUE)\n",
        &["--server.runOnSave", "true"],
        &[],
    );
    let helper = app.dir.path().join("helper.py");
    std::fs::write(&helper, "VALUE = 'one'\n").expect("write");
    let mut a = first_run(&app).await;
    let mut b = first_run(&app).await;
    assert_eq!(a.tree.texts(), vec!["one".to_string()]);
    save(&helper, "VALUE = 'two'\n");
    for client in [&mut a, &mut b] {
        client.finish_run().await;
        assert_eq!(client.tree.texts(), vec!["two".to_string()]);
    }
}

#[tokio::test]
async fn an_atomic_rename_save_is_seen() {
    let app = App::start_with(
        "import streamlit as st\nst.text('v1')\n",
        &["--server.runOnSave", "true"],
        &[],
    );
    let mut client = first_run(&app).await;
    let temp = app.dir.path().join(".app.py.swp");
    save(&temp, "import streamlit as st\nst.text('v2')\n");
    std::fs::rename(&temp, app.script_path()).expect("rename over the script");
    client.finish_run().await;
    assert_eq!(client.tree.texts(), vec!["v2".to_string()]);
}

#[tokio::test]
async fn a_syntax_error_shows_and_fixing_it_recovers() {
    let app = App::start_with(
        "import streamlit as st\nst.text('ok')\n",
        &["--server.runOnSave", "true"],
        &[],
    );
    let mut client = first_run(&app).await;
    save(
        &app.script_path(),
        "import streamlit as st\nst.text('broken'\n",
    );
    let events = client
        .finish_run_with(RunStatus::FinishedWithCompileError)
        .await;
    assert!(events
        .iter()
        .any(|e| matches!(e, forward_event::Kind::CompileError(_))));
    save(
        &app.script_path(),
        "import streamlit as st\nst.text('fixed')\n",
    );
    client
        .finish_run_with(RunStatus::FinishedSuccessfully)
        .await;
    assert_eq!(client.tree.texts(), vec!["fixed".to_string()]);
}

#[tokio::test]
async fn always_rerun_from_the_page_turns_run_on_save_on_for_that_session() {
    let app = App::start("import streamlit as st\nst.text('a')\n");
    let mut client = first_run(&app).await;
    client
        .send(back_msg::Kind::SetRunOnSave(SetRunOnSave {
            run_on_save: true,
        }))
        .await;
    save(&app.script_path(), "import streamlit as st\nst.text('b')\n");
    client.finish_run().await;
    assert_eq!(client.tree.texts(), vec!["b".to_string()]);
}

#[tokio::test]
async fn the_page_can_turn_server_run_on_save_off_for_its_session() {
    let app = App::start_with(
        "import streamlit as st\nst.text('v1')\n",
        &["--server.runOnSave", "true"],
        &[],
    );
    let mut client = first_run(&app).await;
    assert!(client.run_on_save, "SessionInit tells the page");
    client
        .send(back_msg::Kind::SetRunOnSave(SetRunOnSave {
            run_on_save: false,
        }))
        .await;
    save(
        &app.script_path(),
        "import streamlit as st\nst.text('v2')\n",
    );
    expect_changed_on_disk(&mut client).await;
    assert_eq!(client.tree.texts(), vec!["v1".to_string()]);
}

#[tokio::test]
async fn editing_config_toml_notifies_the_page() {
    let app = App::start("import streamlit as st\nst.text('x')\n");
    let mut client = first_run(&app).await;
    let config = app.dir.path().join(".streamlit/config.toml");
    std::fs::create_dir_all(config.parent().expect("parent")).expect("mkdir");
    save(&config, "[runner]\nfastReruns = true\n");
    expect_changed_on_disk(&mut client).await;
}

#[tokio::test]
async fn fifty_sessions_share_one_watcher() {
    let app = App::start("import streamlit as st\nst.text('x')\n");
    let mut clients = Vec::new();
    for _ in 0..50 {
        clients.push(first_run(&app).await);
    }
    let metrics = reqwest::get(app.url("/_stcore/metrics"))
        .await
        .expect("metrics")
        .text()
        .await
        .expect("body");
    assert!(metrics.contains("rustlit_sessions 50"), "{metrics}");
    assert!(metrics.contains("rustlit_file_watchers 1\n"), "{metrics}");
    save(&app.script_path(), "import streamlit as st\nst.text('y')\n");
    for client in &mut clients {
        expect_changed_on_disk(client).await;
    }
}

#[tokio::test]
async fn file_watcher_type_none_watches_nothing() {
    let app = App::start_with(
        "import streamlit as st\n",
        &["--server.fileWatcherType", "none"],
        &[],
    );
    let metrics = reqwest::get(app.url("/_stcore/metrics"))
        .await
        .expect("metrics")
        .text()
        .await
        .expect("body");
    assert!(metrics.contains("rustlit_file_watchers 0\n"), "{metrics}");
}

#[tokio::test]
async fn polling_sees_edits_too() {
    let app = App::start_with(
        "import streamlit as st\nst.text('p1')\n",
        &[
            "--server.fileWatcherType",
            "poll",
            "--server.runOnSave",
            "true",
        ],
        &[],
    );
    let mut client = first_run(&app).await;
    save(
        &app.script_path(),
        "import streamlit as st\nst.text('p2')\n",
    );
    client.finish_run().await;
    assert_eq!(client.tree.texts(), vec!["p2".to_string()]);
}
