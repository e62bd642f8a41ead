//! st.context over a real websocket: the handshake's headers and cookies
//! (never the resume secret's header), the peer address, and what the page
//! sends with its reruns.

use rustlit::proto::ContextInfo;

use crate::common::{App, Client};

const SCRIPT: &str = r#"import streamlit as st
c = st.context
st.text(f"agent={c.headers['User-Agent']} langs={c.headers.get_all('accept-language')}")
st.text(f"protocol header shown={'Sec-Websocket-Protocol' in c.headers}")
st.text(f"cookies={sorted(c.cookies.to_dict().items())}")
st.text(f"ip={c.ip_address} tz={c.timezone} off={c.timezone_offset} locale={c.locale}")
st.text(f"url={c.url} embedded={c.is_embedded} theme={c.theme.type}")
"#;

#[tokio::test]
async fn st_context_shows_the_handshake_and_what_the_page_sent() {
    let app = App::start(SCRIPT);
    let headers = [
        ("User-Agent", "probe/1"),
        ("Accept-Language", "fr"),
        ("Accept-Language", "en"),
        ("Cookie", "theme=dark; session_hint=abc"),
    ];
    let mut client = Client::connect_with_headers(&app, None, Some(&app.origin()), &headers)
        .await
        .expect("handshake");
    client.rerun().await;
    client.finish_run().await;
    assert_eq!(
        client.tree.texts(),
        [
            "agent=probe/1 langs=['fr', 'en']",
            "protocol header shown=False",
            "cookies=[('session_hint', 'abc'), ('theme', 'dark')]",
            "ip=None tz=None off=None locale=None",
            "url=None embedded=None theme=None",
        ]
    );

    // The page sends its side with a rerun; the next rerun without it keeps it.
    client.context_info = Some(ContextInfo {
        timezone: Some("Europe/Oslo".into()),
        timezone_offset: Some(-60),
        locale: Some("nb-NO".into()),
        url: Some("http://127.0.0.1/app".into()),
        is_embedded: Some(false),
        color_scheme: Some("light".into()),
    });
    client.rerun().await;
    client.finish_run().await;
    client.context_info = None;
    client.rerun().await;
    client.finish_run().await;
    let texts = client.tree.texts();
    assert_eq!(texts[3], "ip=None tz=Europe/Oslo off=-60 locale=nb-NO");
    assert_eq!(
        texts[4],
        "url=http://127.0.0.1/app embedded=False theme=light"
    );
}
