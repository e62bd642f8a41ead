//! Multipage apps over the real websocket: the `pages/` folder and
//! `st.navigation`, choosing a page by hash or by URL name, st.switch_page,
//! st.page_link, per-page widget state, and page files under hot reload.

use std::path::Path;
use std::time::Duration;

use rustlit::proto::{element, forward_event, navigation, widget_value::Value, RunStatus};

use crate::common::{state, App, Client};

fn write(dir: &Path, name: &str, body: &str) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(path, body).expect("write");
}

async fn first_run(app: &App) -> Client {
    let mut client = app.connect().await;
    client.rerun().await;
    client.finish_run().await;
    client
}

/// Runs until a run finishes and returns the events it produced.
async fn run_page(client: &mut Client, hash: &str, name: &str) -> Vec<forward_event::Kind> {
    client.open_page(hash, name).await;
    client
        .finish_run_with(RunStatus::FinishedSuccessfully)
        .await
}

fn pages_app() -> App {
    let app = App::start("import streamlit as st\nst.text('main page')\n");
    let dir = app.dir.path();
    write(
        dir,
        "pages/02_📈_Plotting_Demo.py",
        "import streamlit as st\nst.text('plots')\n",
    );
    write(dir, "pages/1_first.py", "import streamlit as st\nst.text('first')\nv = st.slider('level', 0, 10, 3)\nst.text(f'level {v}')\n");
    write(
        dir,
        "pages/zeta.py",
        "import streamlit as st\nst.text('zeta')\n",
    );
    write(
        dir,
        "pages/.hidden.py",
        "raise RuntimeError('never a page')\n",
    );
    write(dir, "pages/__init__.py", "");
    app
}

#[tokio::test]
async fn the_pages_folder_lists_the_main_script_then_each_page_in_file_order() {
    let app = pages_app();
    let client = first_run(&app).await;
    let nav = client.tree.navigation.clone().expect("a Navigation");
    let listed: Vec<(&str, &str, &str, bool)> = nav
        .app_pages
        .iter()
        .map(|p| {
            (
                p.page_name.as_str(),
                p.icon.as_str(),
                p.url_pathname.as_str(),
                p.is_default,
            )
        })
        .collect();
    assert_eq!(
        listed,
        vec![
            ("app", "", "", true),
            ("first", "", "first", false),
            ("Plotting Demo", "📈", "Plotting_Demo", false),
            ("zeta", "", "zeta", false),
        ]
    );
    assert_eq!(nav.position, navigation::Position::Sidebar as i32);
    assert_eq!(nav.page_script_hash, nav.app_pages[0].page_script_hash);
    assert_eq!(client.tree.texts(), vec!["main page"]);
}

#[tokio::test]
async fn a_page_is_opened_by_hash_or_by_its_url_name_and_an_unknown_name_falls_back() {
    let app = pages_app();
    let mut client = first_run(&app).await;
    let plots = client.tree.page_hash("Plotting Demo");
    run_page(&mut client, &plots, "").await;
    assert_eq!(client.tree.texts(), vec!["plots"]);
    assert_eq!(client.tree.page_script_hash, plots);

    // A first load of /zeta: the browser knows only the name.
    let mut fresh = app.connect().await;
    run_page(&mut fresh, "", "zeta").await;
    assert_eq!(fresh.tree.texts(), vec!["zeta"]);

    let mut lost = app.connect().await;
    let events = run_page(&mut lost, "", "nowhere").await;
    assert!(events.iter().any(|e| matches!(e,
        forward_event::Kind::PageNotFound(p) if p.page_name == "nowhere")));
    assert_eq!(lost.tree.texts(), vec!["main page"]);
}

#[tokio::test]
async fn st_rerun_stays_on_the_page_and_widgets_belong_to_their_page() {
    let app = pages_app();
    let mut client = first_run(&app).await;
    let first = client.tree.page_hash("first");
    run_page(&mut client, &first, "").await;
    client.adopt_widget_defaults();
    let slider = client.widget_id("level");
    let seven = Value::DoubleArrayValue(rustlit::proto::DoubleArray { data: vec![7.0] });
    client.rerun_with(vec![state(&slider, seven)]).await;
    client.finish_run().await;
    assert!(client.tree.texts().contains(&"level 7".to_string()));

    // Another page, then back: the slider's value went with its page.
    let zeta = client.tree.page_hash("zeta");
    run_page(&mut client, &zeta, "").await;
    client.widgets.clear();
    run_page(&mut client, &first, "").await;
    assert!(client.tree.texts().contains(&"level 3".to_string()));
}

#[tokio::test]
async fn switch_page_reruns_on_the_target_and_an_unknown_page_is_an_error() {
    let app = App::start(
        "import streamlit as st\n\
         st.text('home')\n\
         if st.button('go'):\n    st.switch_page('pages/target.py')\n\
         if st.button('bad'):\n    st.switch_page('pages/missing.py')\n",
    );
    write(app.dir.path(), "pages/target.py", "import streamlit as st\nst.text('arrived')\nst.page_link('app.py', label='Back home', icon='🏠')\n");
    let mut client = first_run(&app).await;
    client.adopt_widget_defaults();
    let go = client.widget_id("go");
    client
        .rerun_with(vec![state(&go, Value::TriggerValue(true))])
        .await;
    client
        .finish_run_with(RunStatus::FinishedSuccessfully)
        .await;
    assert_eq!(client.tree.texts()[0], "arrived");
    let target = client.tree.page_hash("target");
    assert_eq!(client.tree.page_script_hash, target);
    let link = client
        .tree
        .elements()
        .find_map(|(_, t)| match t {
            element::Type::PageLink(l) => Some(l.clone()),
            _ => None,
        })
        .expect("a page link");
    assert_eq!(link.label, "Back home");
    assert_eq!(link.icon, "🏠");
    assert_eq!(link.page, "");
    assert_eq!(link.page_script_hash, client.tree.page_hash("app"));
    assert!(!link.external);

    let hash = client.tree.page_hash("app");
    run_page(&mut client, &hash, "").await;
    client.adopt_widget_defaults();
    let bad = client.widget_id("bad");
    client
        .rerun_with(vec![state(&bad, Value::TriggerValue(true))])
        .await;
    client.finish_run().await;
    let errors = client.tree.exceptions();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0]
            .message
            .contains("Could not find page: `pages/missing.py`"),
        "{}",
        errors[0].message
    );
}

#[tokio::test]
async fn st_navigation_runs_the_chosen_page_inside_the_entrypoint() {
    let app = App::start(
        "import streamlit as st\n\
         def settings():\n    st.text('settings page')\n    st.checkbox('dark')\n\
         common = st.sidebar.text_input('user', 'ada')\n\
         pg = st.navigation({'Main': [st.Page('home.py', title='Home', icon='🏠'), st.Page(settings)],\n\
                             'Other': [st.Page('https://example.com', title='Docs')]}, position='top')\n\
         st.text(f'user {common}')\n\
         pg.run()\n",
    );
    write(
        app.dir.path(),
        "home.py",
        "import streamlit as st\nst.text('home page')\n",
    );
    let mut client = first_run(&app).await;
    let nav = client.tree.navigation.clone().expect("a Navigation");
    assert_eq!(nav.sections, vec!["Main", "Other"]);
    assert_eq!(nav.position, navigation::Position::Top as i32);
    let docs = &nav.app_pages[2];
    assert_eq!(
        (docs.page_name.as_str(), docs.external_url.as_str()),
        ("Docs", "https://example.com")
    );
    assert_eq!(nav.app_pages[1].url_pathname, "settings");
    assert_eq!(client.tree.texts(), vec!["user ada", "home page", "user"]);

    client.adopt_widget_defaults();
    let user = client.widget_id("user");
    client
        .rerun_with(vec![state(&user, Value::StringValue("grace".into()))])
        .await;
    client.finish_run().await;
    let hash = client.tree.page_hash("settings");
    run_page(&mut client, &hash, "").await;
    // The entrypoint's widget is the same widget on every page.
    assert_eq!(
        client.tree.texts(),
        vec!["user grace", "settings page", "dark", "user"]
    );
}

#[tokio::test]
async fn navigation_errors_are_shown_in_the_page() {
    let app = App::start(
        "import streamlit as st\n\
         def a():\n    pass\n\
         st.navigation([st.Page(a, default=True), st.Page(a, title='again', default=True)])\n",
    );
    let client = first_run(&app).await;
    let errors = client.tree.exceptions();
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]
            .message
            .contains("At most one Page can be set to default"),
        "{}",
        errors[0].message
    );
}

#[tokio::test]
async fn adding_a_page_or_editing_one_that_ran_reloads_the_app() {
    let app = App::start_with_files(
        "import streamlit as st\nst.text('main')\n",
        &[(
            "pages/one.py",
            "import streamlit as st\nst.text('one v1')\n",
        )],
        &["--server.runOnSave", "true"],
    );
    let mut client = first_run(&app).await;
    assert_eq!(
        client.tree.navigation.as_ref().map(|n| n.app_pages.len()),
        Some(2)
    );

    tokio::time::sleep(Duration::from_millis(150)).await;
    write(
        app.dir.path(),
        "pages/two.py",
        "import streamlit as st\nst.text('two')\n",
    );
    client
        .finish_run_with(RunStatus::FinishedSuccessfully)
        .await;
    let titles: Vec<String> = client
        .tree
        .navigation
        .as_ref()
        .expect("nav")
        .app_pages
        .iter()
        .map(|p| p.page_name.clone())
        .collect();
    assert_eq!(titles, vec!["app", "one", "two"]);

    let hash = client.tree.page_hash("one");
    run_page(&mut client, &hash, "").await;
    tokio::time::sleep(Duration::from_millis(150)).await;
    write(
        app.dir.path(),
        "pages/one.py",
        "import streamlit as st\nst.text('one v2')\n",
    );
    client
        .finish_run_with(RunStatus::FinishedSuccessfully)
        .await;
    assert_eq!(client.tree.texts(), vec!["one v2"]);
}
