//! Lazy st.dataframe rows: the page asks for chunks over the websocket and
//! the session answers from its own sources, without a run (SPEC-DATA §1.8).
//!
//! Arrow bytes are checked by the text of their string cells (`row N`):
//! IPC streams store UTF-8 values as they are. A sliced column's buffer may
//! carry a few bytes past its last value (alignment), so rows checked absent
//! are a few dozen rows away from the slice.

use rustlit::proto::{
    back_msg, dataframe_sort, element, forward_event, DataframeChunkRequest,
    DataframeChunkResponse, DataframeSort,
};

use crate::common::{App, Client};

const SCRIPT: &str = "import pandas as pd\nimport streamlit as st\n\
    df = pd.DataFrame({'n': range(25000), 's': [f'row {i}' for i in range(25000)]})\n\
    st.dataframe(df, lazy=True)\n";

fn app() -> App {
    let venv = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".venv-test");
    assert!(
        venv.join("bin/python").exists(),
        "this test needs pandas and pyarrow from .venv-test (bash scripts/test.sh makes it)"
    );
    App::start_with(
        SCRIPT,
        &[],
        &[("VIRTUAL_ENV", venv.to_str().expect("a UTF-8 path"))],
    )
}

/// The lazy dataframe's source id, row count and first chunk after a run.
async fn first_run(client: &mut Client) -> (String, u64, Vec<u8>) {
    client.rerun().await;
    client.finish_run().await;
    let lazy = client
        .tree
        .elements()
        .find_map(|(_, e)| match e {
            element::Type::Dataframe(d) => d.lazy_data.clone(),
            _ => None,
        })
        .expect("a lazy dataframe");
    (
        lazy.source_id,
        lazy.row_count.unwrap_or_default(),
        lazy.initial_chunk,
    )
}

async fn chunk(
    client: &mut Client,
    request_id: u32,
    source_id: &str,
    offset: i64,
    limit: u32,
    sort: Option<(&str, bool)>,
) -> DataframeChunkResponse {
    let sort = sort.map(|(column, descending)| DataframeSort {
        column: column.into(),
        direction: if descending {
            dataframe_sort::Direction::Descending
        } else {
            dataframe_sort::Direction::Ascending
        } as i32,
    });
    client
        .send(back_msg::Kind::DataframeChunkRequest(
            DataframeChunkRequest {
                request_id,
                source_id: source_id.into(),
                offset,
                limit,
                sort,
            },
        ))
        .await;
    loop {
        match client.next_event().await.expect("an answer") {
            forward_event::Kind::DataframeChunk(response) if response.request_id == request_id => {
                return response;
            }
            _ => continue,
        }
    }
}

fn has(data: &[u8], text: &str) -> bool {
    data.windows(text.len()).any(|w| w == text.as_bytes())
}

#[tokio::test]
async fn chunks_are_served_sliced_clamped_and_sorted() {
    let app = app();
    let mut client = app.connect().await;
    let (source_id, rows, first) = first_run(&mut client).await;
    assert_eq!(rows, 25_000);
    assert!(has(&first, "row 999") && !has(&first, "row 1050"));

    let end = chunk(&mut client, 1, &source_id, 24_990, 1000, None).await;
    assert_eq!((end.error.as_str(), end.offset), ("", 24_990));
    assert!(has(&end.data, "row 24999") && !has(&end.data, "row 24900"));

    // Past the end: the schema and no rows.
    let past = chunk(&mut client, 2, &source_id, 30_000, 1000, None).await;
    assert!(past.error.is_empty() && !past.data.is_empty());
    assert!(!has(&past.data, "row "));

    // A limit above 10,000 rows is clamped.
    let big = chunk(&mut client, 3, &source_id, 0, 1_000_000, None).await;
    assert!(has(&big.data, "row 9999") && !has(&big.data, "row 10050"));

    // Sorted on the server: descending by n, the first row is the last one.
    let sorted = chunk(&mut client, 4, &source_id, 0, 2, Some(("n", true))).await;
    assert!(has(&sorted.data, "row 24999") && has(&sorted.data, "row 24998"));
    assert!(!has(&sorted.data, "row 12345") && !has(&sorted.data, "row 1000"));

    let negative = chunk(&mut client, 5, &source_id, -1, 10, None).await;
    assert_eq!(negative.error, "Chunk offset must be non-negative.");
}

#[tokio::test]
async fn another_session_cannot_read_a_source_and_a_rerun_replaces_it() {
    let app = app();
    let mut owner = app.connect().await;
    let (source_id, _, _) = first_run(&mut owner).await;

    let mut stranger = app.connect().await;
    let refused = chunk(&mut stranger, 1, &source_id, 0, 10, None).await;
    assert_eq!(
        refused.error,
        "Dataframe source does not belong to session."
    );
    assert!(refused.data.is_empty());

    let (renewed, _, _) = first_run(&mut owner).await;
    assert_ne!(
        renewed, source_id,
        "every run gives the element a new source"
    );
    let expired = chunk(&mut owner, 2, &source_id, 0, 10, None).await;
    assert_eq!(expired.error, "Dataframe source not found or expired.");
    let served = chunk(&mut owner, 3, &renewed, 0, 10, None).await;
    assert!(served.error.is_empty() && has(&served.data, "row 9"));
}
