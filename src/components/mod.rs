//! Custom components: the registry the script fills (`declare_component`,
//! `components.html`) and the separate router that serves it on the
//! **component origin** (docs/architecture.md).
//!
//! Components run in iframes with `allow-scripts allow-same-origin`; that is
//! safe only because their documents come from an origin other than the
//! app's. So the component router shares nothing with the app's router: no
//! websocket, no API, no app page, no cookies, no state beyond the registry,
//! and the app's router never serves component files. `server` dispatches a
//! request to one or the other by its `Host` header (see `origin`).

pub mod assets;
pub mod origin;
pub mod registry;
pub mod router;
pub mod v2;

pub use origin::{ComponentOrigins, OriginError};
pub use registry::{ComponentRegistry, RegistryError};
