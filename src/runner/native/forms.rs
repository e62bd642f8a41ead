//! Forms: the `form` block and its submit button. Which widgets belong to a
//! form is not sent per widget: the browser knows it from the tree (every
//! widget below a form block is in that form), and Python knows it from the
//! paths of the forms created in the run.

use pyo3::prelude::*;

use super::emit;
use crate::proto::{block, delta, element, Block, Element, FormSubmitButton};

#[pyfunction]
fn block_form(
    path: Vec<u32>,
    form_id: String,
    clear_on_submit: bool,
    enter_to_submit: bool,
    border: bool,
) -> PyResult<()> {
    let form = block::Form {
        form_id,
        clear_on_submit,
        enter_to_submit,
        border,
    };
    emit(
        path,
        delta::Kind::Block(Block {
            allow_empty: true,
            key: String::new(),
            r#type: Some(block::Type::Form(form)),
        }),
    )
}

#[pyfunction]
#[allow(clippy::too_many_arguments)]
fn form_submit_button(
    path: Vec<u32>,
    id: String,
    form_id: String,
    label: String,
    help: String,
    r#type: String,
    disabled: bool,
    icon: String,
    use_container_width: bool,
) -> PyResult<()> {
    let button = FormSubmitButton {
        id,
        form_id,
        label,
        help,
        r#type,
        disabled,
        icon,
        use_container_width,
    };
    emit(
        path,
        delta::Kind::Element(Element {
            r#type: Some(element::Type::FormSubmitButton(button)),
        }),
    )
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(block_form, m)?)?;
    m.add_function(wrap_pyfunction!(form_submit_button, m)?)?;
    Ok(())
}
