//! Who gets past the whole-app gate (`server.requireLogin`): a login whose
//! email is in `server.allowedEmails` or whose domain is in
//! `server.allowedEmailDomains` (both empty: any login of a configured
//! provider). Emails compare without case; a domain entry matches that exact
//! domain, not its subdomains (`example.org` lets in `a@example.org`, not
//! `a@eu.example.org`), so one entry never admits hosts the operator did not
//! name. An ID token that says `email_verified: false` is never let in: an
//! unverified address proves nothing about who holds it.

use serde_json::Value;

use super::SignedIn;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct GateRules {
    /// Lowercase, without a leading `@`.
    pub domains: Vec<String>,
    /// Lowercase `local@domain`.
    pub emails: Vec<String>,
}

/// Why a login may not use the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denied {
    NoEmail,
    Unverified,
    NotListed,
}

impl Denied {
    pub fn reason(self) -> &'static str {
        match self {
            Denied::NoEmail => "the provider sent no email address for this account",
            Denied::Unverified => "the provider says this email address is not verified",
            Denied::NotListed => "this account is not among the ones allowed to use this app",
        }
    }
}

/// `server.allowedEmailDomains` entry → the domain, or `None` when it is not
/// a plain domain name (an `@` inside, a space, a wildcard, empty).
pub fn domain_entry(entry: &str) -> Option<String> {
    let domain = entry.trim().trim_start_matches('@').to_ascii_lowercase();
    valid_domain(&domain).then_some(domain)
}

/// `server.allowedEmails` entry → the address, or `None` when it is not
/// `local@domain`.
pub fn email_entry(entry: &str) -> Option<String> {
    let email = entry.trim().to_ascii_lowercase();
    let (local, domain) = email.rsplit_once('@')?;
    let local_ok = !local.is_empty() && !local.chars().any(|c| c.is_whitespace() || c == '@');
    (local_ok && valid_domain(domain)).then_some(email)
}

fn valid_domain(domain: &str) -> bool {
    !domain.is_empty()
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
}

impl GateRules {
    pub fn is_open_to_any_login(&self) -> bool {
        self.domains.is_empty() && self.emails.is_empty()
    }

    pub fn check(&self, login: &SignedIn) -> Result<(), Denied> {
        if login.claims.get("email_verified") == Some(&Value::Bool(false)) {
            return Err(Denied::Unverified);
        }
        if self.is_open_to_any_login() {
            return Ok(());
        }
        let email = login.email().ok_or(Denied::NoEmail)?;
        if self.allows_email(email) {
            Ok(())
        } else {
            Err(Denied::NotListed)
        }
    }

    /// Whether `email` is listed, itself or by its domain (an empty rule
    /// set lists nothing: emailed sign-in needs rules).
    pub fn allows_email(&self, email: &str) -> bool {
        let email = email.trim().to_ascii_lowercase();
        let domain = email.rsplit_once('@').map(|(_, d)| d).unwrap_or_default();
        self.emails.contains(&email) || self.domains.iter().any(|d| d == domain)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Map};
    use std::time::SystemTime;

    fn login(claims: Value) -> SignedIn {
        let Value::Object(claims) = claims else {
            panic!("claims are an object")
        };
        SignedIn {
            sid: "s".into(),
            provider: "default".into(),
            claims,
            id_token: String::new(),
            access_token: None,
            expires: SystemTime::now(),
        }
    }

    #[test]
    fn entries_are_normalised_or_refused() {
        assert_eq!(
            domain_entry(" @Example.ORG ").as_deref(),
            Some("example.org")
        );
        assert_eq!(domain_entry("*.example.org"), None);
        assert_eq!(domain_entry("a@example.org"), None);
        assert_eq!(domain_entry(""), None);
        assert_eq!(
            email_entry("Ann@Example.org").as_deref(),
            Some("ann@example.org")
        );
        assert_eq!(email_entry("example.org"), None);
        assert_eq!(email_entry("@example.org"), None);
        assert_eq!(email_entry("a b@example.org"), None);
    }

    #[test]
    fn only_listed_verified_addresses_pass() {
        let rules = GateRules {
            domains: vec!["example.org".into()],
            emails: vec!["guest@other.test".into()],
        };
        assert_eq!(
            rules.check(&login(json!({"email": "Carol@EXAMPLE.org"}))),
            Ok(())
        );
        assert_eq!(
            rules.check(&login(json!({"email": "guest@other.test"}))),
            Ok(())
        );
        assert_eq!(
            rules.check(&login(json!({"email": "x@eu.example.org"}))),
            Err(Denied::NotListed)
        );
        assert_eq!(
            rules.check(&login(json!({"email": "x@example.org.evil.test"}))),
            Err(Denied::NotListed)
        );
        assert_eq!(
            rules.check(&login(
                json!({"email": "carol@example.org", "email_verified": false})
            )),
            Err(Denied::Unverified)
        );
        assert_eq!(
            rules.check(&login(Value::Object(Map::new()))),
            Err(Denied::NoEmail)
        );
        let open = GateRules::default();
        assert_eq!(open.check(&login(json!({"sub": "1"}))), Ok(()));
    }
}
