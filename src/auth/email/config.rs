//! The options of emailed sign-in links: `server.emailSignIn` and the SMTP
//! server in config.toml, the SMTP login in `[auth.smtp]` of secrets.toml.
//! Every inconsistency is a startup error that names the option, so an app
//! meant to be private never starts with a sign-in that cannot work.

use std::path::PathBuf;
use std::time::Duration;

use lettre::message::Mailbox;
use thiserror::Error;
use toml::{Table, Value};

use crate::config::load::Resolved;

/// Links last at most an hour, whatever the configuration says: a link in a
/// mailbox is a password in a mailbox.
const MAX_VALIDITY: i64 = 3600;

#[derive(Debug, Clone)]
pub struct EmailConfig {
    pub smtp_host: String,
    pub smtp_port: u16,
    /// Extra trusted CA certificates (PEM) for the SMTP server.
    pub smtp_ca_file: Option<PathBuf>,
    pub smtp_timeout: Duration,
    pub credentials: Option<(String, String)>,
    pub from: Mailbox,
    /// `server.publicUrl`, ending in `/`.
    pub public_url: Option<url::Url>,
    pub validity: Duration,
    /// Links per address and requests per client address per `rate_window`.
    pub links_per_address: usize,
    pub requests_per_client: usize,
    pub rate_window: Duration,
}

#[derive(Debug, Error, PartialEq)]
pub enum EmailConfigError {
    #[error("server.emailSignIn is true, but {0} is not set")]
    Missing(&'static str),
    #[error("server.emailSignIn needs server.requireLogin = true (links only sign in to the login gate)")]
    NoGate,
    #[error(
        "server.emailSignIn needs server.allowedEmails or server.allowedEmailDomains: \
         without them anyone with a mailbox could sign in"
    )]
    OpenToAnyone,
    #[error("{option} is not valid: {why}")]
    Invalid { option: &'static str, why: String },
    #[error("[auth.smtp] in secrets.toml needs both username and password (or neither)")]
    HalfCredentials,
}

fn invalid(option: &'static str, why: impl ToString) -> EmailConfigError {
    EmailConfigError::Invalid {
        option,
        why: why.to_string(),
    }
}

/// `Ok(None)`: email sign-in is off. `gate_rules_empty`: neither
/// `server.allowedEmails` nor `server.allowedEmailDomains` is set.
pub fn from_options(
    options: &Resolved,
    require_login: bool,
    gate_rules_empty: bool,
    smtp_secrets: Option<&Table>,
) -> Result<Option<EmailConfig>, EmailConfigError> {
    if !options.get("server.emailSignIn").as_bool().unwrap_or(false) {
        return Ok(None);
    }
    if !require_login {
        return Err(EmailConfigError::NoGate);
    }
    if gate_rules_empty {
        return Err(EmailConfigError::OpenToAnyone);
    }
    let text = |name: &'static str| {
        options
            .get(name)
            .as_str()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let smtp_host = text("server.smtpHost").ok_or(EmailConfigError::Missing("server.smtpHost"))?;
    if smtp_host.contains(['/', ':', ' ', '@']) {
        return Err(invalid(
            "server.smtpHost",
            "give a host name only (the port is server.smtpPort)",
        ));
    }
    let port = options.get("server.smtpPort").as_int().unwrap_or(587);
    let smtp_port =
        u16::try_from(port).map_err(|_| invalid("server.smtpPort", "not a port number"))?;
    let timeout = options.get("server.smtpTimeout").as_int().unwrap_or(30);
    if !(1..=600).contains(&timeout) {
        return Err(invalid("server.smtpTimeout", "give 1 to 600 seconds"));
    }
    let from = text("server.emailFrom").ok_or(EmailConfigError::Missing("server.emailFrom"))?;
    let from: Mailbox = from.parse().map_err(|e| invalid("server.emailFrom", e))?;
    let public_url = match text("server.publicUrl") {
        None => None,
        Some(raw) => Some(public_url(&raw)?),
    };
    let validity = options
        .get("server.emailLinkValidity")
        .as_int()
        .unwrap_or(900);
    if !(0..=MAX_VALIDITY).contains(&validity) {
        return Err(invalid(
            "server.emailLinkValidity",
            format!("give 0 to {MAX_VALIDITY} seconds"),
        ));
    }
    let bounded = |option: &'static str, default: i64, range: std::ops::RangeInclusive<i64>| {
        let value = options.get(option).as_int().unwrap_or(default);
        if range.contains(&value) {
            Ok(value.unsigned_abs())
        } else {
            Err(invalid(
                option,
                format!("give {} to {}", range.start(), range.end()),
            ))
        }
    };
    let links_per_address = bounded("server.emailLinksPerAddress", 3, 1..=100)?;
    let requests_per_client = bounded("server.emailRequestsPerClient", 10, 1..=10_000)?;
    let rate_window = bounded("server.emailRateWindow", 900, 60..=86_400)?;
    let credentials = match smtp_secrets {
        None => None,
        Some(table) => {
            let get = |key: &str| match table.get(key) {
                Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
                _ => None,
            };
            match (get("username"), get("password")) {
                (Some(user), Some(password)) => Some((user, password)),
                (None, None) => None,
                _ => return Err(EmailConfigError::HalfCredentials),
            }
        }
    };
    Ok(Some(EmailConfig {
        smtp_host,
        smtp_port,
        smtp_ca_file: text("server.smtpCaFile").map(PathBuf::from),
        smtp_timeout: Duration::from_secs(timeout.unsigned_abs()),
        credentials,
        from,
        public_url,
        validity: Duration::from_secs(validity.unsigned_abs()),
        // At most 10,000: fits any usize.
        links_per_address: usize::try_from(links_per_address).unwrap_or(usize::MAX),
        requests_per_client: usize::try_from(requests_per_client).unwrap_or(usize::MAX),
        rate_window: Duration::from_secs(rate_window),
    }))
}

/// `server.publicUrl`: an absolute http(s) URL without query, fragment or
/// credentials; kept with a trailing `/` so paths join under it.
fn public_url(raw: &str) -> Result<url::Url, EmailConfigError> {
    let option = "server.publicUrl";
    let mut url = url::Url::parse(raw).map_err(|e| invalid(option, e))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(invalid(option, "give an http(s) URL with a host"));
    }
    if url.query().is_some() || url.fragment().is_some() || !url.username().is_empty() {
        return Err(invalid(
            option,
            "give the address only, without query, fragment or user",
        ));
    }
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    Ok(url)
}

/// `[auth.smtp]` from the merged secrets files.
pub fn smtp_secrets(files: &[PathBuf]) -> Option<Table> {
    let mut merged = Table::new();
    for file in files {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        if let Ok(table) = text.parse::<Table>() {
            merged.extend(table);
        }
    }
    match merged.get("auth")?.get("smtp")? {
        Value::Table(t) => Some(t.clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_urls_are_plain_addresses_ending_in_a_slash() {
        assert_eq!(
            public_url("https://app.example.org/demo").unwrap().as_str(),
            "https://app.example.org/demo/"
        );
        for bad in [
            "app.example.org",
            "ftp://app.example.org/",
            "https://u:p@app.example.org/",
            "https://app.example.org/?a=b",
        ] {
            assert!(public_url(bad).is_err(), "{bad}");
        }
    }
}
