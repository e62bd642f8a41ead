//! The table of every option rustlit knows: Streamlit 1.67's names, types
//! and defaults, and whether rustlit applies it yet.
//!
//! Flags, environment variables, config files and `rustlit config show` are
//! all generated from this one table, so an option cannot be accepted in one
//! place and refused in another. Options rustlit does not apply yet are
//! still accepted (a launch script that sets them keeps working) and warned
//! about once.

use super::value::{Default as D, Kind};

#[derive(Debug)]
pub struct OptionSpec {
    /// `section.option`, exactly as Streamlit spells it.
    pub name: &'static str,
    pub kind: Kind,
    pub default: D,
    /// Whether rustlit acts on the value.
    pub applied: bool,
    pub description: &'static str,
}

const fn opt(
    name: &'static str,
    kind: Kind,
    default: D,
    applied: bool,
    description: &'static str,
) -> OptionSpec {
    OptionSpec {
        name,
        kind,
        default,
        applied,
        description,
    }
}

use Kind::{Any, Bool, Float, Int, List, Str};
const LEVELS: Kind = Kind::Choice(&["error", "warning", "info", "debug"]);
const WATCHERS: Kind = Kind::Choice(&["auto", "watchdog", "poll", "none"]);
const TOOLBAR: Kind = Kind::Choice(&["auto", "developer", "viewer", "minimal"]);
const ENUM_COERCION: Kind = Kind::Choice(&["nameOnly", "nameAndValue", "off"]);
const SAME_SITE: Kind = Kind::Choice(&["lax", "strict", "none"]);
const ERROR_DETAILS: Kind = Kind::Choice(&["full", "stacktrace", "type", "none", "true", "false"]);
const FORWARDED_HEADER: Kind = Kind::Choice(&["x-forwarded-for", "forwarded"]);

#[rustfmt::skip]
pub const OPTIONS: &[OptionSpec] = &[
    opt("global.disableWidgetStateDuplicationWarning", Bool, D::Bool(false), false, "Suppress the warning for a widget with both a default and a session_state value."),
    opt("global.showWarningOnDirectExecution", Bool, D::Bool(true), false, "Warn when a script is started with plain `python`."),
    opt("global.developmentMode", Bool, D::Unset, false, "Streamlit's own development mode; accepted, rustlit serves its embedded frontend either way."),
    opt("global.e2eTest", Bool, D::Bool(false), false, "Streamlit's end-to-end test mode; accepted."),
    opt("global.unitTest", Bool, D::Bool(false), false, "Streamlit's unit-test mode; accepted."),
    opt("global.appTest", Bool, D::Bool(false), false, "Set by Streamlit's AppTest harness; accepted."),
    opt("global.suppressDeprecationWarnings", Bool, D::Bool(false), false, "Hide deprecation warnings in the app."),
    opt("global.minCachedMessageSize", Float, D::Float(10000.0), false, "Smallest message eligible for Streamlit's message cache (rustlit diffs instead)."),
    opt("global.maxCachedMessageAge", Int, D::Int(2), false, "Runs a cached message is kept (rustlit diffs instead)."),
    opt("logger.level", LEVELS, D::Str("info"), true, "Level of the server's log: error, warning, info or debug."),
    opt("logger.messageFormat", Str, D::Unset, false, "Python logging format string."),
    opt("logger.enableRich", Bool, D::Unset, false, "Print uncaught exceptions with rich."),
    opt("logger.hideWelcomeMessage", Bool, D::Bool(false), true, "Do not print the startup URLs."),
    opt("client.showErrorDetails", ERROR_DETAILS, D::Str("full"), true, "What viewers see of an uncaught exception: full, stacktrace (type and trace), type, or none (a generic message); true/false are full/stacktrace. Also what /_stcore/script-health-check tells."),
    opt("client.toolbarMode", TOOLBAR, D::Str("auto"), true, "Contents of the main menu: auto (developer options for a page opened on localhost), developer, viewer or minimal; clearing the caches is refused to clients not shown them."),
    opt("client.disableDataExport", Bool, D::Bool(false), true, "Hide download/copy controls of data elements."),
    opt("client.showSidebarNavigation", Bool, D::Bool(true), true, "Show the automatic page navigation."),
    opt("client.showErrorLinks", Str, D::Str("auto"), false, "Show help links under errors."),
    opt("client.allowedOrigins", List, D::EmptyList, false, "Parent-frame origins allowed to message the app."),
    opt("runner.magicEnabled", Bool, D::Bool(true), true, "Write bare expressions to the app (magic)."),
    opt("runner.postScriptGC", Bool, D::Bool(true), false, "Run gc.collect() after every run (rustlit never does: it is slow)."),
    opt("runner.fastReruns", Bool, D::Bool(true), true, "Interrupted runs end at their next st.* call; rustlit always does this."),
    opt("runner.enforceSerializableSessionState", Bool, D::Bool(false), false, "Check that session_state pickles after each run."),
    opt("runner.enumCoercion", ENUM_COERCION, D::Str("nameOnly"), false, "How Enum options of a redefined Enum class are matched."),
    opt("runner.parallelMaxWorkers", Int, D::Unset, true, "Most worker threads one run gives its parallel fragments (unset: min(32, CPUs + 4))."),
    opt("runner.cacheBackgroundRefreshMaxWorkers", Int, D::Int(4), false, "Threads for background cache refresh."),
    opt("runner.cacheBackgroundRefreshTTLMultiplier", Float, D::Float(2.0), false, "Hard expiry multiplier for background refresh."),
    opt("runner.connectionDefaultTTL", Any, D::Unset, false, "Default ttl of st.connection caches."),
    opt("runner.cacheHashSeed", Int, D::Int(0), true, "Seed mixed into cache keys."),
    opt("server.folderWatchList", List, D::EmptyList, true, "Extra directories whose imported modules are watched for changes."),
    opt("server.folderWatchBlacklist", List, D::EmptyList, true, "Directories never watched, besides site-packages, virtualenvs, .git, node_modules and __pycache__."),
    opt("server.fileWatcherType", WATCHERS, D::Str("auto"), true, "auto (native events, polling if unavailable), watchdog (same as auto), poll or none."),
    opt("server.enableExpensiveMemoryStats", Bool, D::Bool(false), false, "Deep memory sizes in /_stcore/metrics."),
    opt("server.maxCacheDataSize", Int, D::Unset, false, "Byte budget of st.cache_data."),
    opt("server.cookieSecret", Str, D::Unset, false, "Key for signed cookies."),
    opt("server.headless", Bool, D::Unset, true, "Do not open a browser. Unset: headless on Linux without a display."),
    opt("server.showEmailPrompt", Bool, D::Bool(true), false, "Ask for an email on first run (rustlit never asks)."),
    opt("server.runOnSave", Bool, D::Bool(false), true, "Rerun every session when a watched source file changes."),
    opt("server.allowRunOnSave", Bool, D::Bool(true), false, "Let the page turn run-on-save on."),
    opt("server.address", Str, D::Str("127.0.0.1"), true, "Address to bind; rustlit listens on loopback unless told otherwise (0.0.0.0 exposes the app)."),
    opt("server.port", Int, D::Int(8501), true, "Port to listen on; the next free port is used if the default is taken."),
    opt("server.scriptHealthCheckEnabled", Bool, D::Bool(false), true, "Serve /_stcore/script-health-check."),
    opt("server.scriptHealthCheckTimeout", Int, D::Int(60), true, "rustlit: seconds /_stcore/script-health-check waits for the script; a script still running then is stopped."),
    opt("server.baseUrlPath", Str, D::Str(""), true, "URL prefix of every route, e.g. apps/demo."),
    opt("server.componentOrigin", Str, D::Str(""), true, "rustlit: origin custom components load from, e.g. https://components.example.com (default: *.components.localhost on loopback)."),
    opt("server.customComponentBaseUrlPath", Str, D::Str(""), false, "External base URL of path-less components."),
    opt("server.enableCORS", Bool, D::Bool(true), false, "rustlit never adds CORS headers; see server.corsAllowedOrigins."),
    opt("server.corsAllowedOrigins", List, D::EmptyList, true, "Origins, besides the app's own, allowed to open its websocket."),
    opt("server.allowedHosts", List, D::EmptyList, true, "Host names the server answers on every route, besides IP addresses and localhost names: exact, *.example.com, or * for any (DNS rebinding)."),
    opt("server.frameAncestors", List, D::EmptyList, true, "rustlit: sites allowed to embed the app in a frame, e.g. https://portal.example.com (* for any); the app's own origin always may."),
    opt("server.componentPermissions", List, D::EmptyList, true, "rustlit: browser features component frames may use, as <name>:<feature> (name: the component's module.name, html, iframe or *), e.g. my_app.scanner:camera; none by default."),
    opt("server.enableXsrfProtection", Bool, D::Bool(true), true, "Double-submit XSRF cookie."),
    opt("server.xsrfCookieSameSite", SAME_SITE, D::Str("lax"), true, "SameSite attribute of the XSRF cookie."),
    opt("server.maxUploadSize", Int, D::Int(200), true, "Largest uploaded file, in MB."),
    opt("server.maxMessageSize", Int, D::Int(200), true, "Largest websocket message, in MB; inbound, server.maxWidgetStateSize applies when smaller."),
    opt("server.maxWidgetStateSize", Int, D::Int(25), true, "Largest websocket message accepted from a browser, in MB (the smaller of this and server.maxMessageSize applies)."),
    opt("server.enableWebsocketCompression", Bool, D::Bool(false), false, "permessage-deflate on the websocket."),
    opt("server.websocketPingInterval", Int, D::Unset, true, "Websocket ping interval in seconds (unset: 20); a browser that answers nothing for another interval is dropped."),
    opt("server.maxSessions", Int, D::Int(5000), true, "rustlit: most sessions held at once, connected or waiting for their tab (0 = no limit)."),
    opt("server.maxSessionsPerClient", Int, D::Int(1000), true, "rustlit: most sessions held for one client address (0 = no limit); behind a proxy, clients are told apart only when it is in server.trustedProxies."),
    opt("server.maxMessagesPerSecond", Int, D::Int(200), true, "rustlit: websocket messages a browser may send per second (bursts up to twice that); a socket above it is closed (0 = no limit)."),
    opt("server.maxScriptThreads", Int, D::Int(32), true, "rustlit: scripts running at once; further runs wait their turn, one run per session at a time."),
    opt("server.maxConnections", Int, D::Int(10000), true, "rustlit: open HTTP and websocket connections (0 = no limit)."),
    opt("server.httpHeaderTimeout", Int, D::Int(30), true, "rustlit: seconds a client has to send a request's headers, that an idle keep-alive connection stays open, and that an upload body may stall."),
    opt("server.websocketWriteTimeout", Int, D::Int(30), true, "rustlit: seconds a websocket send may wait for a browser that does not read before the socket is dropped."),
    opt("server.maxOutboxSize", Int, D::Int(256), true, "rustlit: MB of messages that may wait for one browser; a browser that falls further behind is dropped."),
    opt("server.maxOutboxMemory", Int, D::Int(512), true, "rustlit: MB of messages that may wait for all browsers together; beyond it, pages with more than 16 MB waiting are dropped (0 = no limit)."),
    opt("server.maxUploadMemory", Int, D::Int(1024), true, "rustlit: MB all uploads of all sessions may hold in memory together (at least server.maxUploadSize)."),
    opt("server.enableStaticServing", Bool, D::Bool(false), true, "Serve <script folder>/static/ at /app/static/."),
    opt("server.disconnectedSessionTTL", Int, D::Int(120), true, "Seconds a disconnected session is kept for its tab to come back."),
    opt("server.enableAgentApi", Bool, D::Bool(false), false, "Enable /_stcore/agent/* routes."),
    opt("server.agentWaitTimeout", Int, D::Int(30), false, "Agent API wait, in seconds."),
    opt("server.agentSessionTTL", Int, D::Int(900), false, "Agent session lifetime, in seconds."),
    opt("server.agentMaxSessions", Int, D::Int(100), false, "Agent session cap."),
    opt("server.agentPreviewRows", Int, D::Int(100), false, "Rows in agent previews."),
    opt("server.trustedUserHeaders", Any, D::Unset, false, "Header to st.user key mapping."),
    opt("server.unsafeMetricsUserAttributes", List, D::EmptyList, false, "User attributes added to metrics."),
    opt("server.sslCertFile", Str, D::Unset, true, "PEM certificate chain (leaf first) to serve HTTPS with rustls (TLS 1.2+); reloaded when the file changes."),
    opt("server.sslKeyFile", Str, D::Unset, true, "PEM private key of server.sslCertFile (PKCS#8, RSA or EC)."),
    opt("server.hstsMaxAge", Int, D::Int(31536000), true, "rustlit: max-age in seconds of the Strict-Transport-Security header sent over HTTPS (0 = no header)."),
    opt("server.hstsIncludeSubDomains", Bool, D::Bool(false), true, "rustlit: add includeSubDomains to the Strict-Transport-Security header."),
    opt("server.httpRedirectPort", Int, D::Unset, true, "rustlit: with HTTPS on, also listen for plain HTTP on this port and answer every request with a redirect to HTTPS (unset: no such listener)."),
    opt("server.dataEncryptionKeyFile", Str, D::Str(""), true, "rustlit: file holding a 256-bit key (64 hex digits); files written for the app (persist=\"disk\" caches) are then encrypted with AES-256-GCM."),
    opt("server.allowedNetworks", List, D::EmptyList, true, "rustlit: client addresses served, as CIDR blocks or addresses, e.g. 10.0.0.0/8, 2001:db8::/32 (empty: every address); others get 403 on every route and the websocket."),
    opt("server.trustedProxies", List, D::EmptyList, true, "rustlit: proxies, as CIDR blocks or addresses, whose server.forwardedHeader names the client and whose X-Forwarded-Proto counts (empty: forwarding headers are ignored)."),
    opt("server.forwardedHeader", FORWARDED_HEADER, D::Str("x-forwarded-for"), true, "rustlit: the header trusted proxies name the client in: x-forwarded-for (with X-Forwarded-Proto) or forwarded (RFC 7239)."),
    opt("server.requireLogin", Bool, D::Bool(false), true, "rustlit: serve nothing but /_stcore/health and the login routes until the browser has logged in with a provider of [auth] in secrets.toml (pages redirect to the login, everything else gets 401)."),
    opt("server.allowedEmailDomains", List, D::EmptyList, true, "rustlit: with server.requireLogin, the email domains let in, e.g. example.org (exact domain, not its subdomains); others get a 403 \"not allowed\" page."),
    opt("server.allowedEmails", List, D::EmptyList, true, "rustlit: with server.requireLogin, single email addresses let in besides server.allowedEmailDomains."),
    opt("server.emailSignIn", Bool, D::Bool(false), true, "rustlit: with server.requireLogin, addresses of server.allowedEmails / server.allowedEmailDomains may also sign in with a single-use link sent by email (needs server.smtpHost, server.emailFrom and [auth] cookie_secret in secrets.toml; SMTP login in [auth.smtp])."),
    opt("server.publicUrl", Str, D::Unset, true, "rustlit: the app's address as its users reach it, e.g. https://app.example.org/demo; emailed sign-in links start with it (unset: with the request's Host, only when that is localhost, a loopback address or an exact server.allowedHosts name)."),
    opt("server.smtpHost", Str, D::Unset, true, "rustlit: the SMTP server emailed sign-in links are sent through, always with STARTTLS."),
    opt("server.smtpPort", Int, D::Int(587), true, "rustlit: port of server.smtpHost (submission, STARTTLS)."),
    opt("server.smtpCaFile", Str, D::Unset, true, "rustlit: PEM file of CA certificates trusted for server.smtpHost besides the system's (e.g. an internal relay's CA)."),
    opt("server.smtpTimeout", Int, D::Int(30), true, "rustlit: seconds one SMTP delivery may take before it is given up."),
    opt("server.emailFrom", Str, D::Unset, true, "rustlit: the From address of emailed sign-in links, e.g. \"Demo app <noreply@example.org>\"."),
    opt("server.emailLinkValidity", Int, D::Int(900), true, "rustlit: seconds an emailed sign-in link stays good (at most 3600; 0 makes every link expired, for tests)."),
    opt("server.emailLinksPerAddress", Int, D::Int(3), true, "rustlit: sign-in links one email address may be sent per server.emailRateWindow (1 to 100)."),
    opt("server.emailRequestsPerClient", Int, D::Int(10), true, "rustlit: sign-in link requests one client address may make per server.emailRateWindow, allowed or not (1 to 10000)."),
    opt("server.emailRateWindow", Int, D::Int(900), true, "rustlit: seconds over which server.emailLinksPerAddress and server.emailRequestsPerClient count (60 to 86400)."),
    opt("browser.serverAddress", Str, D::Str("localhost"), false, "Host shown in URLs."),
    opt("browser.gatherUsageStats", Bool, D::Bool(true), true, "Accepted; rustlit never collects usage statistics."),
    opt("browser.serverPort", Int, D::Unset, false, "Port shown in URLs."),
    opt("ui.hideTopBar", Bool, D::Bool(false), false, "Hide the header bar."),
    opt("magic.displayRootDocString", Bool, D::Bool(false), true, "Write the module docstring."),
    opt("magic.displayLastExprIfNoSemicolon", Bool, D::Bool(false), true, "Write a trailing call expression."),
    opt("theme.base", Str, D::Unset, true, "light or dark: the built-in theme a custom theme starts from."),
    opt("theme.primaryColor", Str, D::Unset, true, "Accent colour."),
    opt("theme.backgroundColor", Str, D::Unset, true, "Main background."),
    opt("theme.secondaryBackgroundColor", Str, D::Unset, true, "Widget background (and the sidebar's, unless [theme.sidebar] sets one)."),
    opt("theme.textColor", Str, D::Unset, true, "Text colour."),
    opt("theme.linkColor", Str, D::Unset, true, "Link colour."),
    opt("theme.linkUnderline", Bool, D::Unset, true, "Underline links."),
    opt("theme.codeTextColor", Str, D::Unset, true, "Text colour of code."),
    opt("theme.codeBackgroundColor", Str, D::Unset, true, "Background of code."),
    opt("theme.borderColor", Str, D::Unset, true, "Colour of borders (widgets, containers)."),
    opt("theme.dataframeBorderColor", Str, D::Unset, true, "Colour of the dataframe grid's lines."),
    opt("theme.showWidgetBorder", Bool, D::Unset, true, "Draw a border around input widgets."),
    opt("theme.showSidebarBorder", Bool, D::Unset, true, "Draw a border between the sidebar and the page."),
    opt("theme.redColor", Str, D::Unset, true, "Red of the palette: `:red[...]` text and backgrounds and alerts derive from it unless set themselves."),
    opt("theme.orangeColor", Str, D::Unset, true, "Orange of the palette: `:orange[...]` text and backgrounds and alerts derive from it unless set themselves."),
    opt("theme.yellowColor", Str, D::Unset, true, "Yellow of the palette: `:yellow[...]` text and backgrounds and alerts derive from it unless set themselves."),
    opt("theme.blueColor", Str, D::Unset, true, "Blue of the palette: `:blue[...]` text and backgrounds and alerts derive from it unless set themselves."),
    opt("theme.greenColor", Str, D::Unset, true, "Green of the palette: `:green[...]` text and backgrounds and alerts derive from it unless set themselves."),
    opt("theme.violetColor", Str, D::Unset, true, "Violet of the palette: `:violet[...]` text and backgrounds and alerts derive from it unless set themselves."),
    opt("theme.grayColor", Str, D::Unset, true, "Gray of the palette: `:gray[...]` text and backgrounds and alerts derive from it unless set themselves."),
    opt("theme.redTextColor", Str, D::Unset, true, "`:red[...]` text."),
    opt("theme.orangeTextColor", Str, D::Unset, true, "`:orange[...]` text."),
    opt("theme.yellowTextColor", Str, D::Unset, true, "`:yellow[...]` text."),
    opt("theme.blueTextColor", Str, D::Unset, true, "`:blue[...]` text (and links, unless linkColor is set)."),
    opt("theme.greenTextColor", Str, D::Unset, true, "`:green[...]` text."),
    opt("theme.violetTextColor", Str, D::Unset, true, "`:violet[...]` text."),
    opt("theme.grayTextColor", Str, D::Unset, true, "`:gray[...]` text."),
    opt("theme.redBackgroundColor", Str, D::Unset, true, "`:red-background[...]`."),
    opt("theme.orangeBackgroundColor", Str, D::Unset, true, "`:orange-background[...]`."),
    opt("theme.yellowBackgroundColor", Str, D::Unset, true, "`:yellow-background[...]`."),
    opt("theme.blueBackgroundColor", Str, D::Unset, true, "`:blue-background[...]`."),
    opt("theme.greenBackgroundColor", Str, D::Unset, true, "`:green-background[...]`."),
    opt("theme.violetBackgroundColor", Str, D::Unset, true, "`:violet-background[...]`."),
    opt("theme.grayBackgroundColor", Str, D::Unset, true, "`:gray-background[...]`."),
    opt("theme.font", Str, D::Unset, true, "Body font: sans-serif, serif, monospace or font names."),
    opt("theme.fontFaces", Any, D::Unset, true, "[[theme.fontFaces]] tables (family, url, weight, style, unicodeRange): fonts the app serves, e.g. from app/static/."),
    opt("theme.baseFontSize", Int, D::Unset, true, "Root font size in px."),
    opt("theme.baseFontWeight", Int, D::Unset, false, "Body font weight."),
    opt("theme.headingFont", Str, D::Unset, true, "Heading font."),
    opt("theme.headingFontSizes", Any, D::Unset, true, "Font sizes of h1-h6 (a list), or of h1 alone (one size), in px or rem."),
    opt("theme.headingFontWeights", Any, D::Unset, true, "Font weights of h1-h6 (a list), or of h1 alone (one weight)."),
    opt("theme.codeFont", Str, D::Unset, true, "Code font."),
    opt("theme.codeFontSize", Str, D::Unset, true, "Font size of code blocks, in px or rem."),
    opt("theme.codeFontWeight", Int, D::Unset, true, "Font weight of code blocks."),
    opt("theme.metricValueFontSize", Str, D::Unset, false, "Font size of st.metric's value."),
    opt("theme.metricValueFontWeight", Int, D::Unset, false, "Font weight of st.metric's value."),
    opt("theme.paddingTop", Str, D::Unset, false, "Space above the main block."),
    opt("theme.paddingBottom", Str, D::Unset, false, "Space below the main block."),
    opt("theme.dataframeHeaderBackgroundColor", Str, D::Unset, false, "Background of the dataframe grid's header."),
    opt("theme.dataframeHeaderTextColor", Str, D::Unset, false, "Text colour of the dataframe grid's header."),
    opt("theme.chartCategoricalColors", Any, D::Unset, false, "Colours of chart categories."),
    opt("theme.chartSequentialColors", Any, D::Unset, false, "Colours of sequential chart scales."),
    opt("theme.chartDivergingColors", Any, D::Unset, false, "Colours of diverging chart scales."),
    opt("theme.baseRadius", Str, D::Unset, true, "Corner radius: none, small, medium, large, full, or a size in rem or px."),
    opt("theme.buttonRadius", Str, D::Unset, true, "Corner radius of buttons (baseRadius unless set)."),
    opt("secrets.files", List, D::Unset, true, "secrets.toml files merged in order. Unset: ~/.streamlit, ./.streamlit and the script's .streamlit folder."),
    opt("mapbox.token", Str, D::Unset, false, "Deprecated Mapbox token."),
];

/// The option named `name`.
pub fn find(name: &str) -> Option<&'static OptionSpec> {
    OPTIONS.iter().find(|o| o.name == name)
}

/// Sections whose sub-tables Streamlit accepts freely (`[theme.sidebar]`,
/// `[theme.light]`, ...): keys in them are accepted without a warning.
pub fn is_open_section(name: &str) -> bool {
    name.starts_with("theme.")
        && name.matches('.').count() >= 2
        && !name.starts_with("theme.fontFaces")
}

/// `server.enableCORS` → `STREAMLIT_SERVER_ENABLE_CORS`, as Streamlit names them.
pub fn env_var_name(name: &str) -> String {
    let chars: Vec<char> = name.replace('.', "_").chars().collect();
    let mut out = String::from("STREAMLIT_");
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            let after_word = prev.is_ascii_lowercase() || prev.is_ascii_digit();
            if prev != '_' && (after_word || next_lower) {
                out.push('_');
            }
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_names_match_streamlit() {
        assert_eq!(env_var_name("server.port"), "STREAMLIT_SERVER_PORT");
        assert_eq!(
            env_var_name("server.enableCORS"),
            "STREAMLIT_SERVER_ENABLE_CORS"
        );
        assert_eq!(
            env_var_name("server.disconnectedSessionTTL"),
            "STREAMLIT_SERVER_DISCONNECTED_SESSION_TTL"
        );
        assert_eq!(env_var_name("global.e2eTest"), "STREAMLIT_GLOBAL_E2E_TEST");
        assert_eq!(
            env_var_name("server.baseUrlPath"),
            "STREAMLIT_SERVER_BASE_URL_PATH"
        );
    }

    #[test]
    fn names_are_unique_and_defaults_fit_their_kind() {
        for (i, o) in OPTIONS.iter().enumerate() {
            assert!(OPTIONS[..i].iter().all(|p| p.name != o.name), "{}", o.name);
            assert_eq!(o.name.matches('.').count(), 1, "{}", o.name);
        }
    }
}
