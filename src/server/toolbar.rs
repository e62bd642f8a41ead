//! `client.toolbarMode`: who is shown the main menu's developer options
//! (Rerun, Clear cache, Run on save) and may use them.
//!
//! The page decides what the menu shows, as 1.67's does: "auto" shows them
//! to a page opened on `localhost`/`127.0.0.1`. Streamlit accepts a
//! `clear_cache` message from anyone, so any viewer of a public app can empty
//! the caches every session shares; rustlit refuses it from a client that is
//! not shown the option. The server cannot see the page's address bar, so for
//! "auto" it asks whether the client connects from a loopback address (as a
//! page on `localhost` does, unless a proxy on the same machine forwards
//! everyone: list it in `server.trustedProxies`).

use std::net::IpAddr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToolbarMode {
    Auto,
    Developer,
    Viewer,
    Minimal,
}

impl ToolbarMode {
    /// The option's value as config validated it (anything else is "auto").
    pub fn from_option(value: &str) -> Self {
        match value {
            "developer" => Self::Developer,
            "viewer" => Self::Viewer,
            "minimal" => Self::Minimal,
            _ => Self::Auto,
        }
    }

    /// As the page receives it in `SessionInit.toolbar_mode`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::Developer => "developer",
            Self::Viewer => "viewer",
            Self::Minimal => "minimal",
        }
    }

    /// Whether `client` may use the developer options (clearing the caches).
    pub fn allows_developer_actions(self, client: IpAddr) -> bool {
        match self {
            Self::Developer => true,
            Self::Viewer | Self::Minimal => false,
            Self::Auto => client.to_canonical().is_loopback(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_lets_only_loopback_clients_use_developer_actions() {
        let auto = ToolbarMode::from_option("auto");
        for local in ["127.0.0.1", "::1", "::ffff:127.0.0.1"] {
            assert!(
                auto.allows_developer_actions(local.parse().unwrap()),
                "{local}"
            );
        }
        for remote in ["10.0.0.7", "2001:db8::1", "::ffff:192.0.2.1"] {
            assert!(
                !auto.allows_developer_actions(remote.parse().unwrap()),
                "{remote}"
            );
        }
    }

    #[test]
    fn the_other_modes_decide_for_everyone() {
        let remote: IpAddr = "192.0.2.1".parse().unwrap();
        let local: IpAddr = "127.0.0.1".parse().unwrap();
        assert!(ToolbarMode::from_option("developer").allows_developer_actions(remote));
        for mode in ["viewer", "minimal"] {
            assert!(
                !ToolbarMode::from_option(mode).allows_developer_actions(local),
                "{mode}"
            );
        }
        assert_eq!(ToolbarMode::from_option("minimal").as_str(), "minimal");
    }
}
