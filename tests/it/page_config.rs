//! st.set_page_config: each call arrives as a `page_config_changed` event
//! with the fields it set; an image icon becomes a media URL that stays
//! servable after reruns that no longer set it; a resumed socket is sent the
//! merged config.

use rustlit::proto::forward_event::Kind;
use rustlit::proto::page_config::{Layout, SidebarState};
use rustlit::proto::PageConfig;

use crate::common::{App, Client};

// A 1x1 PNG, so the test needs no imaging library.
const SCRIPT: &str = r##"
import base64
import streamlit as st
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
if st.session_state.runs == 1:
    st.set_page_config(page_title="Cool", page_icon=PNG, layout="wide",
                       menu_items={"Get Help": "https://example.com/help", "About": "# Hi"})
    st.write("between")
    st.set_page_config(initial_sidebar_state=420, menu_items={"about": None, "Report a bug": None})
st.write(f"run {st.session_state.runs}")
"##;

fn configs(events: &[Kind]) -> Vec<PageConfig> {
    events
        .iter()
        .filter_map(|e| match e {
            Kind::PageConfigChanged(c) => Some(c.clone()),
            _ => None,
        })
        .collect()
}

async fn get(app: &App, path: &str) -> reqwest::Response {
    reqwest::get(app.url(&format!("/{path}")))
        .await
        .expect("GET")
}

/// Reconnects with `resume_secret` once the server has seen the old socket
/// go (until then the session is attached and cannot be taken over).
async fn resume(app: &App, resume_secret: &str) -> Client {
    for _ in 0..50 {
        let client = Client::connect(app, Some(resume_secret), Some(&app.origin()))
            .await
            .expect("reconnect");
        if client.resumed {
            return client;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the session was never resumed");
}

#[tokio::test]
async fn calls_arrive_as_events_and_the_icon_stays_servable() {
    let app = App::start(SCRIPT);
    let mut client = app.connect().await;
    client.rerun().await;
    let (_, events) = client.finish_run().await;
    let got = configs(&events);
    assert_eq!(got.len(), 2, "{got:?}");
    let (first, second) = (&got[0], &got[1]);
    assert_eq!(first.title.as_deref(), Some("Cool"));
    assert_eq!(first.layout(), Layout::Wide);
    assert_eq!(first.initial_sidebar_state(), SidebarState::SidebarUnset);
    let menu = first.menu_items.clone().expect("menu items");
    assert_eq!(
        menu.get_help_url.as_deref(),
        Some("https://example.com/help")
    );
    assert_eq!(menu.about_markdown.as_deref(), Some("# Hi"));
    assert!(!menu.hide_report_a_bug);
    let icon = first.favicon.clone().expect("favicon");
    assert!(
        icon.starts_with("media/") && icon.ends_with(".png"),
        "{icon}"
    );

    assert_eq!(second.title, None, "a call sends only what it sets");
    assert_eq!(second.favicon, None);
    assert_eq!(second.layout(), Layout::Unset);
    assert_eq!(second.initial_sidebar_state(), SidebarState::Auto);
    assert_eq!(second.initial_sidebar_width, Some(420));
    let menu = second.menu_items.clone().expect("menu items");
    assert!(menu.clear_about && menu.hide_report_a_bug && menu.get_help_url.is_none());

    let response = get(&app, &icon).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "image/png");
    assert!(response.headers().get("content-disposition").is_none());
    assert!(response
        .bytes()
        .await
        .expect("body")
        .starts_with(b"\x89PNG"));

    // A rerun that no longer calls set_page_config sends no config and
    // keeps the icon the page still shows.
    client.rerun().await;
    let (_, events) = client.finish_run().await;
    assert!(configs(&events).is_empty());
    assert_eq!(get(&app, &icon).await.status(), 200);

    // A socket that resumes the session gets the merged config right away.
    let resume_secret = client.resume_secret.clone();
    drop(client);
    let mut again = resume(&app, &resume_secret).await;
    let Some(Kind::PageConfigChanged(merged)) = again.next_event().await else {
        panic!("expected the merged page config after SessionInit");
    };
    assert_eq!(merged.title.as_deref(), Some("Cool"));
    assert_eq!(merged.favicon.as_deref(), Some(icon.as_str()));
    assert_eq!(merged.layout(), Layout::Wide);
    assert_eq!(merged.initial_sidebar_width, Some(420));
    let menu = merged.menu_items.expect("menu items");
    assert_eq!(
        menu.get_help_url.as_deref(),
        Some("https://example.com/help")
    );
    assert_eq!(menu.about_markdown, None);
    assert!(menu.clear_about && menu.hide_report_a_bug);
}

#[tokio::test]
async fn a_new_session_gets_no_config_before_its_run_and_the_default_favicon_is_served() {
    let app = App::start("import streamlit as st\nst.write('plain')\n");
    let mut client = app.connect().await;
    client.rerun().await;
    let (_, events) = client.finish_run().await;
    assert!(configs(&events).is_empty());
    let response = get(&app, "favicon.png").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "image/png");
}
