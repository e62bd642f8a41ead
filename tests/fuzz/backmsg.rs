//! The websocket's BackMsg decoder: arbitrary bytes and mutations of valid
//! messages decode or fail cleanly, and what decodes re-encodes to a
//! message that decodes to the same thing.

use proptest::prelude::*;
use prost::Message;
use rustlit::proto::BackMsg;

fn check(bytes: &[u8]) {
    if let Ok(msg) = BackMsg::decode(bytes) {
        let again = BackMsg::decode(msg.encode_to_vec().as_slice()).expect("re-encoded decodes");
        assert_eq!(again, msg);
    }
}

#[test]
fn corpus() {
    for input in crate::corpus("backmsg") {
        check(&input);
        // Every truncation of a known message.
        for end in 0..input.len() {
            check(&input[..end]);
        }
    }
}

proptest! {
    #![proptest_config(crate::config())]

    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        check(&bytes);
    }

    #[test]
    fn mutated_messages(
        seed in 0usize..64,
        flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8),
    ) {
        let corpus = crate::corpus("backmsg");
        let mut input = corpus[seed % corpus.len()].clone();
        for (at, byte) in flips {
            if input.is_empty() {
                input.push(byte);
            } else {
                let at = at % input.len();
                input[at] = byte;
            }
        }
        check(&input);
    }
}
