//! `Host` and `Origin` checks: nothing panics; a Host is allowed only by
//! the rules (IP literal, localhost names, configured names); an Origin only
//! when it is the request's own or configured.

use std::net::IpAddr;

use proptest::prelude::*;
use rustlit::components::ComponentOrigins;
use rustlit::config::OriginPolicy;
use rustlit::server::hosts::{split_host, HostPolicy};

fn check_host(host: &str) {
    let policy = HostPolicy::new(&["app.example.com".into(), "*.corp.example".into()]);
    let allowed = policy.allows(Some(host));
    if allowed {
        let lowered = host.trim().to_ascii_lowercase();
        let (name, _) = split_host(&lowered)
            .unwrap_or_else(|| panic!("allowed a Host that does not parse: {host:?}"));
        let name = name.trim_end_matches('.').to_string();
        assert!(
            name.parse::<IpAddr>().is_ok()
                || name == "localhost"
                || name.ends_with(".localhost")
                || name == "app.example.com"
                || name.ends_with(".corp.example"),
            "allowed {host:?}"
        );
    }
    assert!(!HostPolicy::new(&[]).allows(Some(host)) || allowed);
    let origins = ComponentOrigins::default();
    let _ = origins.component_label(Some(host));
    let _ = origins.for_app_host(Some(host), false);
    let _ = rustlit::components::origin::label_for_html(host);
    let _ = rustlit::components::origin::label_for_name(host);
}

fn check_origin(origin: &str, host: &str) {
    let policy = OriginPolicy::new(&["https://apps.example.com".into()]);
    if policy.allows(Some(origin), Some(host)) {
        let origin = origin.trim().trim_end_matches('/').to_ascii_lowercase();
        let host = host.trim().to_ascii_lowercase();
        assert!(
            origin == "https://apps.example.com"
                || origin == format!("http://{host}")
                || origin == format!("https://{host}"),
            "allowed origin {origin:?} for host {host:?}"
        );
    }
}

#[test]
fn corpus() {
    for input in crate::corpus("hosts") {
        let text = crate::text(&input);
        let line = text.trim_end_matches('\n');
        check_host(line);
        check_origin(line, "localhost:8501");
        check_origin(&format!("http://{line}"), line);
    }
}

proptest! {
    #![proptest_config(crate::config())]

    #[test]
    fn any_host(host in "\\PC{0,80}") {
        check_host(&host);
    }

    #[test]
    fn host_shaped(
        labels in proptest::collection::vec("[a-zA-Z0-9é-]{0,12}", 1..5),
        dot in proptest::bool::ANY,
        port in proptest::option::of(any::<u32>()),
        bracket in proptest::bool::ANY,
    ) {
        let mut host = labels.join(".");
        if dot { host.push('.'); }
        if bracket { host = format!("[{host}]"); }
        if let Some(port) = port { host = format!("{host}:{port}"); }
        check_host(&host);
    }

    #[test]
    fn any_origin(origin in "\\PC{0,80}", host in "\\PC{0,40}") {
        check_origin(&origin, &host);
    }
}
