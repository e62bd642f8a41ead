//! `server.maxMessageSize` for what the server sends: an element whose encoding is larger than
//! the limit is never sent. As in Streamlit 1.67, the browser gets an exception element in its
//! place (`MessageSizeError`, with 1.67's text), so the page shows why the data is missing and
//! the rest of the run arrives as usual.
//!
//! The limit counts decimal megabytes (`maxMessageSize × 1,000,000` bytes), as 1.67 counts them
//! for outgoing messages.

use prost::Message;

use crate::proto::{delta, element, Delta, Exception};

/// Bytes per `server.maxMessageSize` unit on the way out.
const BYTES_PER_MB: usize = 1_000_000;

/// The outgoing size limit, from `server.maxMessageSize` in MB.
#[derive(Debug, Clone, Copy)]
pub struct MessageLimit {
    mb: usize,
}

impl Default for MessageLimit {
    /// `server.maxMessageSize`'s default, 200 MB.
    fn default() -> Self {
        MessageLimit { mb: 200 }
    }
}

impl MessageLimit {
    pub fn from_mb(mb: usize) -> Self {
        MessageLimit { mb }
    }

    /// No limit (tests that are not about it).
    pub fn unlimited() -> Self {
        MessageLimit { mb: usize::MAX }
    }

    fn bytes(self) -> usize {
        self.mb.saturating_mul(BYTES_PER_MB)
    }

    /// Replaces an element larger than the limit with 1.67's `MessageSizeError`; true if it did.
    /// Blocks carry no payload of their own and are left alone.
    pub fn enforce(self, delta: &mut Delta) -> bool {
        let Some(delta::Kind::Element(element)) = &mut delta.kind else {
            return false;
        };
        let size = element.encoded_len();
        if size <= self.bytes() {
            return false;
        }
        let exception = self.error(size);
        tracing::warn!(
            "Websocket message size limit exceeded. Showing error to the user: {}",
            exception.message
        );
        element.r#type = Some(element::Type::Exception(exception));
        true
    }

    fn error(self, size: usize) -> Exception {
        // Python's `f"{n / 1e6:.1f}"` and `f"{float}"` (a whole number of MB prints as `200.0`).
        let size_mb = size as f64 / BYTES_PER_MB as f64;
        let message = format!(
            "**Data of size {size_mb:.1} MB exceeds the message size limit of\n{}.0 MB.**\n\n\
             This is often caused by a large chart or dataframe. Please decrease the amount of data sent\n\
             to the browser, or increase the limit by setting the config option `server.maxMessageSize`.\n\
             [Click here to learn more about config options](https://docs.streamlit.io/develop/api-reference/configuration/config.toml).\n\n\
             _Note that increasing the limit may lead to long loading times and large memory consumption\n\
             of the client's browser and the Streamlit server._",
            self.mb
        );
        Exception {
            r#type: "MessageSizeError".into(),
            message,
            message_is_markdown: true,
            stack_trace: Vec::new(),
            is_warning: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::{ArrowData, Dataframe, Element};

    fn dataframe(bytes: usize) -> Delta {
        Delta {
            path: vec![0, 1],
            kind: Some(delta::Kind::Element(Element {
                r#type: Some(element::Type::Dataframe(Dataframe {
                    arrow_data: Some(ArrowData {
                        data: vec![7; bytes],
                        ..Default::default()
                    }),
                    ..Default::default()
                })),
                ..Default::default()
            })),
            ..Default::default()
        }
    }

    fn exception(delta: &Delta) -> Option<&Exception> {
        match &delta.kind {
            Some(delta::Kind::Element(Element {
                r#type: Some(element::Type::Exception(e)),
                ..
            })) => Some(e),
            _ => None,
        }
    }

    #[test]
    fn an_element_over_the_limit_becomes_1_67s_message_size_error() {
        let mut delta = dataframe(2_400_000);
        assert!(MessageLimit::from_mb(1).enforce(&mut delta));
        let error = exception(&delta).expect("an exception element");
        assert_eq!(error.r#type, "MessageSizeError");
        assert!(error.message_is_markdown);
        assert!(error.stack_trace.is_empty());
        assert!(
            error.message.starts_with(
                "**Data of size 2.4 MB exceeds the message size limit of\n1.0 MB.**\n\n"
            ),
            "{}",
            error.message
        );
        assert!(error.message.contains("`server.maxMessageSize`"));
        assert_eq!(delta.path, vec![0, 1]);
    }

    #[test]
    fn an_element_within_the_limit_is_sent_as_it_is() {
        let mut delta = dataframe(900_000);
        assert!(!MessageLimit::from_mb(1).enforce(&mut delta));
        assert!(exception(&delta).is_none());
        let mut huge = dataframe(3_000_000);
        assert!(!MessageLimit::unlimited().enforce(&mut huge));
    }
}
