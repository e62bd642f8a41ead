//! Who is asking: the one client address every part of the server uses
//! (`server.allowedNetworks`, the per-address session cap,
//! `st.context.ip_address`, the logs), and whether the page was served over
//! HTTPS (the `Secure` cookie attribute, the component origin's scheme).
//!
//! The TCP peer is the client unless it is in `server.trustedProxies`. Only
//! then do forwarding headers count, and only the one `server.forwardedHeader`
//! names (`X-Forwarded-For` with `X-Forwarded-Proto`, or RFC 7239
//! `Forwarded`): a proxy appends the address it received the request from,
//! so the list is read from the right, skipping trusted proxies; the first
//! address that is not a trusted proxy is the client (whatever is further
//! left was written by that client and may be anything). An entry that is
//! not an address stops the walk at the last hop that was read. IPv4-mapped
//! IPv6 addresses (`::ffff:10.0.0.1`) count as the IPv4 address they hold,
//! in the lists and in what clients send.
//!
//! A refused address gets 403 with a short reason before anything else runs
//! (the Host check, routing, the websocket upgrade), on the app's and the
//! component origin's hosts alike; each refused address is logged once.

use std::collections::HashSet;
use std::net::{IpAddr, SocketAddr};

use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use ipnet::{IpNet, Ipv4Net};
use parking_lot::Mutex;

/// How a connection reached the server, inserted by the accept loop.
#[derive(Debug, Clone, Copy)]
pub struct Peer {
    pub addr: SocketAddr,
    /// The connection is TLS that rustlit terminated itself.
    pub tls: bool,
}

/// The resolved client of one request (a request extension on every route).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddr {
    pub ip: IpAddr,
    /// The browser reached the page over HTTPS: directly, or through a
    /// trusted proxy that says so.
    pub https: bool,
}

/// Which forwarding header a trusted proxy's word is read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ForwardedHeader {
    /// `X-Forwarded-For`, with `X-Forwarded-Proto` for the scheme.
    XForwardedFor,
    /// RFC 7239 `Forwarded` (`for=` and `proto=`).
    Forwarded,
}

impl ForwardedHeader {
    pub fn from_option(value: &str) -> Self {
        if value.eq_ignore_ascii_case("forwarded") {
            ForwardedHeader::Forwarded
        } else {
            ForwardedHeader::XForwardedFor
        }
    }
}

/// Addresses logged as refused; past this many, refusals are summarised
/// instead (a scan from many addresses must not grow memory or the log).
const MAX_LOGGED_ADDRESSES: usize = 4096;

#[derive(Debug)]
pub struct NetworkPolicy {
    /// Empty: every address may connect.
    allowed: Vec<IpNet>,
    trusted: Vec<IpNet>,
    header: ForwardedHeader,
    logged: Mutex<HashSet<IpAddr>>,
}

impl Default for NetworkPolicy {
    fn default() -> Self {
        NetworkPolicy::new(Vec::new(), Vec::new(), ForwardedHeader::XForwardedFor)
    }
}

/// Parses one entry of `server.allowedNetworks`/`server.trustedProxies`:
/// a CIDR block (`10.0.0.0/8`, `2001:db8::/32`) or one address. IPv4-mapped
/// IPv6 blocks become the IPv4 block they hold.
pub fn parse_network(entry: &str) -> Option<IpNet> {
    let entry = entry.trim();
    let net = match entry.parse::<IpNet>() {
        Ok(net) => net,
        Err(_) => IpNet::from(entry.trim_matches(['[', ']']).parse::<IpAddr>().ok()?),
    };
    Some(match net {
        IpNet::V6(v6) => match v6.addr().to_ipv4_mapped() {
            Some(v4) if v6.prefix_len() >= 96 => {
                IpNet::V4(Ipv4Net::new(v4, v6.prefix_len() - 96).ok()?)
            }
            _ => net,
        },
        IpNet::V4(_) => net,
    })
}

impl NetworkPolicy {
    pub fn new(allowed: Vec<IpNet>, trusted: Vec<IpNet>, header: ForwardedHeader) -> Self {
        NetworkPolicy {
            allowed,
            trusted,
            header,
            logged: Mutex::new(HashSet::new()),
        }
    }

    fn is_trusted(&self, ip: IpAddr) -> bool {
        self.trusted.iter().any(|n| n.contains(&ip))
    }

    /// Whether `ip` (already resolved) may be served.
    pub fn allows(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.allowed.is_empty() || self.allowed.iter().any(|n| n.contains(&ip))
    }

    /// The client of a request that came from `peer` with `headers`.
    pub fn resolve(&self, peer: Peer, headers: &HeaderMap) -> ClientAddr {
        let peer_ip = peer.addr.ip().to_canonical();
        let direct = ClientAddr {
            ip: peer_ip,
            https: peer.tls,
        };
        if !self.is_trusted(peer_ip) {
            return direct;
        }
        let hops = match self.header {
            ForwardedHeader::XForwardedFor => x_forwarded_for(headers),
            ForwardedHeader::Forwarded => forwarded(headers),
        };
        // Right to left: each trusted hop vouches for the one before it.
        let mut client = peer_ip;
        let mut chosen: Option<usize> = None;
        for (i, hop) in hops.iter().enumerate().rev() {
            let Some(ip) = hop.ip else { break };
            client = ip;
            chosen = Some(i);
            if !self.is_trusted(ip) {
                break;
            }
        }
        let proto = match self.header {
            ForwardedHeader::Forwarded => chosen
                .and_then(|i| hops[i].proto.clone())
                .or_else(|| hops.last().and_then(|h| h.proto.clone())),
            ForwardedHeader::XForwardedFor => {
                let protos = comma_list(headers, "x-forwarded-proto");
                match chosen {
                    Some(i) if protos.len() == hops.len() => protos.get(i).cloned(),
                    _ => protos.last().cloned(),
                }
            }
        };
        let forwarded_https =
            proto.is_some_and(|p| p.eq_ignore_ascii_case("https") || p.eq_ignore_ascii_case("wss"));
        ClientAddr {
            ip: client,
            https: peer.tls || forwarded_https,
        }
    }

    /// The 403 for a refused address, logged the first time that address is
    /// refused.
    pub fn refusal(&self, ip: IpAddr) -> Response {
        let first = {
            let mut logged = self.logged.lock();
            if logged.len() < MAX_LOGGED_ADDRESSES {
                logged.insert(ip)
            } else if logged.contains(&ip) {
                false
            } else {
                crate::config::limits::refused(
                    "server.allowedNetworks",
                    format_args!("refused {ip}, which is not in server.allowedNetworks"),
                );
                false
            }
        };
        if first {
            tracing::warn!("refused {ip}: not in server.allowedNetworks (logged once per address)");
        }
        (
            StatusCode::FORBIDDEN,
            "Your network address may not use this app.\n",
        )
            .into_response()
    }
}

/// One hop of a forwarding header; `ip` is `None` when the entry is not an
/// address (`unknown`, an obfuscated name, garbage).
#[derive(Debug, Clone)]
struct Hop {
    ip: Option<IpAddr>,
    proto: Option<String>,
}

/// The values of every `name` header, in order, split at commas.
fn comma_list(headers: &HeaderMap, name: &str) -> Vec<String> {
    headers
        .get_all(name)
        .iter()
        .flat_map(|v| match v.to_str() {
            Ok(text) => text.split(',').map(|s| s.trim().to_string()).collect(),
            // A value that is not text is one entry that is not an address.
            Err(_) => vec![String::new()],
        })
        .collect()
}

fn x_forwarded_for(headers: &HeaderMap) -> Vec<Hop> {
    comma_list(headers, "x-forwarded-for")
        .iter()
        .map(|entry| Hop {
            ip: parse_hop(entry),
            proto: None,
        })
        .collect()
}

/// RFC 7239: elements separated by commas, pairs by semicolons, values
/// possibly quoted (`for="[2001:db8::1]:4711"`).
fn forwarded(headers: &HeaderMap) -> Vec<Hop> {
    let mut hops = Vec::new();
    for value in headers.get_all("forwarded") {
        let Ok(text) = value.to_str() else {
            hops.push(Hop {
                ip: None,
                proto: None,
            });
            continue;
        };
        for element in split_unquoted(text, ',') {
            let mut hop = Hop {
                ip: None,
                proto: None,
            };
            let mut has_for = false;
            for pair in split_unquoted(element, ';') {
                let Some((key, value)) = pair.split_once('=') else {
                    continue;
                };
                let value = value.trim().trim_matches('"');
                match key.trim().to_ascii_lowercase().as_str() {
                    "for" => {
                        has_for = true;
                        hop.ip = parse_hop(value);
                    }
                    "proto" => hop.proto = Some(value.to_string()),
                    _ => {}
                }
            }
            if !has_for {
                hop.ip = None;
            }
            hops.push(hop);
        }
    }
    hops
}

fn split_unquoted(text: &str, separator: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut quoted = false;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '"' {
            quoted = !quoted;
        } else if c == separator && !quoted {
            parts.push(&text[start..i]);
            start = i + c.len_utf8();
        }
    }
    parts.push(&text[start..]);
    parts
}

/// `1.2.3.4`, `1.2.3.4:80`, `2001:db8::1`, `[2001:db8::1]`, `[2001:db8::1]:80`;
/// anything else (zone ids, leading zeros, names) is not an address.
fn parse_hop(entry: &str) -> Option<IpAddr> {
    let entry = entry.trim();
    let ip = if let Ok(ip) = entry.parse::<IpAddr>() {
        ip
    } else if let Ok(socket) = entry.parse::<SocketAddr>() {
        socket.ip()
    } else {
        entry
            .strip_prefix('[')
            .and_then(|e| e.strip_suffix(']'))?
            .parse::<IpAddr>()
            .ok()?
    };
    Some(ip.to_canonical())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nets(list: &[&str]) -> Vec<IpNet> {
        list.iter().map(|e| parse_network(e).unwrap()).collect()
    }

    fn peer(ip: &str) -> Peer {
        Peer {
            addr: SocketAddr::new(ip.parse().unwrap(), 40000),
            tls: false,
        }
    }

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(
                axum::http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                v.parse().unwrap(),
            );
        }
        h
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn entries_parse_and_mapped_forms_normalise() {
        assert_eq!(parse_network("10.0.0.0/8"), "10.0.0.0/8".parse().ok());
        assert_eq!(parse_network(" 127.0.0.2 "), "127.0.0.2/32".parse().ok());
        assert_eq!(parse_network("::1"), "::1/128".parse().ok());
        assert_eq!(parse_network("[::1]"), "::1/128".parse().ok());
        assert_eq!(
            parse_network("::ffff:10.0.0.0/104"),
            "10.0.0.0/8".parse().ok()
        );
        assert_eq!(
            parse_network("::ffff:192.168.1.9"),
            "192.168.1.9/32".parse().ok()
        );
        for bad in [
            "10.0.0/8",
            "10.0.0.0/33",
            "example.com",
            "",
            "010.0.0.1",
            "fe80::1%eth0",
        ] {
            assert_eq!(parse_network(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_allow_list_matches_canonical_addresses() {
        let p = NetworkPolicy::new(
            nets(&["127.0.0.2", "10.0.0.0/8", "::1"]),
            vec![],
            ForwardedHeader::XForwardedFor,
        );
        assert!(p.allows(ip("127.0.0.2")));
        assert!(p.allows(ip("::ffff:127.0.0.2")));
        assert!(p.allows(ip("10.200.0.1")));
        assert!(p.allows(ip("::1")));
        assert!(!p.allows(ip("127.0.0.3")));
        assert!(!p.allows(ip("::2")));
        assert!(NetworkPolicy::default().allows(ip("203.0.113.9")));
    }

    #[test]
    fn forwarding_headers_from_an_untrusted_peer_change_nothing() {
        let p = NetworkPolicy::new(vec![], nets(&["127.0.0.9"]), ForwardedHeader::XForwardedFor);
        let h = headers(&[
            ("x-forwarded-for", "10.1.2.3"),
            ("forwarded", "for=10.1.2.3;proto=https"),
            ("x-forwarded-proto", "https"),
            ("x-real-ip", "10.1.2.3"),
        ]);
        assert_eq!(
            p.resolve(peer("127.0.0.5"), &h),
            ClientAddr {
                ip: ip("127.0.0.5"),
                https: false
            }
        );
        assert_eq!(p.resolve(peer("::ffff:127.0.0.5"), &h).ip, ip("127.0.0.5"));
    }

    #[test]
    fn a_trusted_peer_is_read_from_the_right() {
        let p = NetworkPolicy::new(
            vec![],
            nets(&["127.0.0.9", "10.0.0.0/8"]),
            ForwardedHeader::XForwardedFor,
        );
        // The client spoofed the leftmost entry; the proxy appended its real address.
        let h = headers(&[("x-forwarded-for", "1.1.1.1, 203.0.113.7, 10.0.0.2")]);
        assert_eq!(p.resolve(peer("127.0.0.9"), &h).ip, ip("203.0.113.7"));
        // Several headers are one list.
        let h = headers(&[
            ("x-forwarded-for", "1.1.1.1"),
            ("x-forwarded-for", "203.0.113.7"),
        ]);
        assert_eq!(p.resolve(peer("127.0.0.9"), &h).ip, ip("203.0.113.7"));
        // Every hop trusted: the leftmost one.
        let h = headers(&[("x-forwarded-for", "10.0.0.3, 10.0.0.2")]);
        assert_eq!(p.resolve(peer("127.0.0.9"), &h).ip, ip("10.0.0.3"));
        // Garbage stops the walk at the last hop read.
        let h = headers(&[("x-forwarded-for", "203.0.113.7, garbage, 10.0.0.2")]);
        assert_eq!(p.resolve(peer("127.0.0.9"), &h).ip, ip("10.0.0.2"));
        let h = headers(&[("x-forwarded-for", "010.0.0.1")]);
        assert_eq!(p.resolve(peer("127.0.0.9"), &h).ip, ip("127.0.0.9"));
        // Ports, brackets and mapped forms.
        let h = headers(&[("x-forwarded-for", "[2001:db8::1]:443")]);
        assert_eq!(p.resolve(peer("127.0.0.9"), &h).ip, ip("2001:db8::1"));
        let h = headers(&[("x-forwarded-for", "::ffff:203.0.113.7")]);
        assert_eq!(p.resolve(peer("127.0.0.9"), &h).ip, ip("203.0.113.7"));
        let h = headers(&[("x-forwarded-for", "203.0.113.7:5555")]);
        assert_eq!(p.resolve(peer("127.0.0.9"), &h).ip, ip("203.0.113.7"));
        // No header: the proxy itself.
        assert_eq!(
            p.resolve(peer("127.0.0.9"), &HeaderMap::new()).ip,
            ip("127.0.0.9")
        );
        // The other header does not count.
        let h = headers(&[("forwarded", "for=203.0.113.7")]);
        assert_eq!(p.resolve(peer("127.0.0.9"), &h).ip, ip("127.0.0.9"));
    }

    #[test]
    fn the_scheme_comes_from_the_trusted_hop() {
        let p = NetworkPolicy::new(vec![], nets(&["127.0.0.9"]), ForwardedHeader::XForwardedFor);
        let h = headers(&[
            ("x-forwarded-for", "203.0.113.7"),
            ("x-forwarded-proto", "https"),
        ]);
        assert!(p.resolve(peer("127.0.0.9"), &h).https);
        let h = headers(&[
            ("x-forwarded-for", "203.0.113.7"),
            ("x-forwarded-proto", "http"),
        ]);
        assert!(!p.resolve(peer("127.0.0.9"), &h).https);
        let tls = Peer {
            tls: true,
            ..peer("127.0.0.5")
        };
        assert!(p.resolve(tls, &HeaderMap::new()).https);
    }

    #[test]
    fn rfc_7239_forwarded() {
        let p = NetworkPolicy::new(vec![], nets(&["127.0.0.9"]), ForwardedHeader::Forwarded);
        let h = headers(&[(
            "forwarded",
            "for=1.1.1.1, for=\"[2001:db8::7]:4711\";proto=https;by=127.0.0.9",
        )]);
        assert_eq!(
            p.resolve(peer("127.0.0.9"), &h),
            ClientAddr {
                ip: ip("2001:db8::7"),
                https: true
            }
        );
        let h = headers(&[
            ("forwarded", "for=unknown"),
            ("x-forwarded-for", "203.0.113.7"),
        ]);
        assert_eq!(p.resolve(peer("127.0.0.9"), &h).ip, ip("127.0.0.9"));
        let h = headers(&[("forwarded", "for=_hidden;proto=http, for=203.0.113.8")]);
        assert_eq!(p.resolve(peer("127.0.0.9"), &h).ip, ip("203.0.113.8"));
    }
}
