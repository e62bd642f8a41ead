//! Containers: vertical blocks, column rows, columns, expanders, tabs.

use pyo3::prelude::*;

use super::emit;
use crate::proto::{block, delta, Block};

fn add_block(path: Vec<u32>, key: String, allow_empty: bool, kind: block::Type) -> PyResult<()> {
    emit(
        path,
        delta::Kind::Block(Block {
            allow_empty,
            key,
            r#type: Some(kind),
        }),
    )
}

#[pyfunction]
fn block_vertical(path: Vec<u32>, key: String, border: bool, height: u32) -> PyResult<()> {
    add_block(
        path,
        key,
        true,
        block::Type::Vertical(block::Vertical { border, height }),
    )
}

#[pyfunction]
fn block_horizontal(path: Vec<u32>, gap: String) -> PyResult<()> {
    add_block(
        path,
        String::new(),
        false,
        block::Type::Horizontal(block::Horizontal { gap }),
    )
}

#[pyfunction]
fn block_column(
    path: Vec<u32>,
    weight: f64,
    gap: String,
    vertical_alignment: String,
    border: bool,
) -> PyResult<()> {
    let column = block::Column {
        weight,
        gap,
        vertical_alignment,
        border,
    };
    add_block(path, String::new(), true, block::Type::Column(column))
}

#[pyfunction]
fn block_expandable(path: Vec<u32>, label: String, expanded: bool, icon: String) -> PyResult<()> {
    add_block(
        path,
        String::new(),
        true,
        block::Type::Expandable(block::Expandable {
            label,
            expanded,
            icon,
        }),
    )
}

/// The tab bar of st.tabs; each tab is a `block_tab` child.
#[pyfunction]
fn block_tab_container(path: Vec<u32>, key: String, default_index: u32) -> PyResult<()> {
    let kind = block::Type::TabContainer(block::TabContainer { default_index });
    add_block(path, key, false, kind)
}

#[pyfunction]
fn block_tab(path: Vec<u32>, label: String) -> PyResult<()> {
    add_block(
        path,
        String::new(),
        true,
        block::Type::Tab(block::Tab { label }),
    )
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(block_tab_container, m)?)?;
    m.add_function(wrap_pyfunction!(block_tab, m)?)?;
    m.add_function(wrap_pyfunction!(block_vertical, m)?)?;
    m.add_function(wrap_pyfunction!(block_horizontal, m)?)?;
    m.add_function(wrap_pyfunction!(block_column, m)?)?;
    m.add_function(wrap_pyfunction!(block_expandable, m)?)?;
    Ok(())
}
