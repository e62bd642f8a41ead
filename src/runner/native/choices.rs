//! Input widgets beyond the foundation set: text area, color picker, the
//! option widgets whose values are option labels (multiselect, pills and
//! segmented control, select slider), feedback, link button, date and time
//! inputs. As in `widgets.rs`, Python has already validated the arguments,
//! computed the id and decided `set_value`; this only encodes.
#![allow(clippy::too_many_arguments)]

use pyo3::prelude::*;

use super::emit_element;
use crate::proto::{
    self, element, ButtonGroup, ColorPicker, DateInput, Feedback, LinkButton, MultiSelect,
    SelectSlider, TextArea, TimeInput,
};

#[pyfunction]
fn text_area(
    path: Vec<u32>,
    id: String,
    label: String,
    default: Option<String>,
    max_chars: u32,
    help: String,
    value: Option<String>,
    set_value: bool,
    placeholder: String,
    disabled: bool,
    label_visibility: i32,
    height: u32,
) -> PyResult<()> {
    let area = TextArea {
        id,
        label,
        default,
        max_chars,
        help,
        value,
        set_value,
        placeholder,
        disabled,
        label_visibility,
        height,
    };
    emit_element(path, element::Type::TextArea(area))
}

#[pyfunction]
fn multiselect(
    path: Vec<u32>,
    id: String,
    label: String,
    options: Vec<String>,
    default: Vec<String>,
    value: Vec<String>,
    set_value: bool,
    help: String,
    disabled: bool,
    label_visibility: i32,
    max_selections: u32,
    placeholder: String,
    accept_new_options: bool,
) -> PyResult<()> {
    let select = MultiSelect {
        id,
        label,
        options,
        default,
        value,
        set_value,
        help,
        disabled,
        label_visibility,
        max_selections,
        placeholder,
        accept_new_options,
    };
    emit_element(path, element::Type::Multiselect(select))
}

#[pyfunction]
fn color_picker(
    path: Vec<u32>,
    id: String,
    label: String,
    default: String,
    value: String,
    set_value: bool,
    help: String,
    disabled: bool,
    label_visibility: i32,
) -> PyResult<()> {
    let picker = ColorPicker {
        id,
        label,
        default,
        value,
        set_value,
        help,
        disabled,
        label_visibility,
    };
    emit_element(path, element::Type::ColorPicker(picker))
}

#[pyfunction]
fn button_group(
    path: Vec<u32>,
    id: String,
    label: String,
    options: Vec<String>,
    default: Vec<String>,
    value: Vec<String>,
    set_value: bool,
    help: String,
    disabled: bool,
    label_visibility: i32,
    multi_select: bool,
    pills: bool,
    required: bool,
) -> PyResult<()> {
    let style = if pills {
        proto::button_group::Style::Pills
    } else {
        proto::button_group::Style::SegmentedControl
    } as i32;
    let group = ButtonGroup {
        id,
        label,
        options,
        default,
        value,
        set_value,
        help,
        disabled,
        label_visibility,
        multi_select,
        style,
        required,
    };
    emit_element(path, element::Type::ButtonGroup(group))
}

#[pyfunction]
fn feedback(
    path: Vec<u32>,
    id: String,
    r#type: i32,
    default: Option<i32>,
    value: Option<i32>,
    set_value: bool,
    disabled: bool,
) -> PyResult<()> {
    let r#type =
        proto::feedback::Type::try_from(r#type).unwrap_or(proto::feedback::Type::Thumbs) as i32;
    let feedback = Feedback {
        id,
        r#type,
        default,
        value,
        set_value,
        disabled,
    };
    emit_element(path, element::Type::Feedback(feedback))
}

#[pyfunction]
fn link_button(
    path: Vec<u32>,
    id: String,
    label: String,
    url: String,
    help: String,
    r#type: String,
    disabled: bool,
    icon: String,
    use_container_width: bool,
) -> PyResult<()> {
    let link = LinkButton {
        id,
        label,
        url,
        help,
        r#type,
        disabled,
        icon,
        use_container_width,
    };
    emit_element(path, element::Type::LinkButton(link))
}

#[pyfunction]
fn date_input(
    path: Vec<u32>,
    id: String,
    label: String,
    default: Vec<String>,
    min: String,
    max: String,
    is_range: bool,
    help: String,
    value: Vec<String>,
    set_value: bool,
    disabled: bool,
    label_visibility: i32,
    format: String,
) -> PyResult<()> {
    let input = DateInput {
        id,
        label,
        default,
        min,
        max,
        is_range,
        help,
        value,
        set_value,
        disabled,
        label_visibility,
        format,
    };
    emit_element(path, element::Type::DateInput(input))
}

#[pyfunction]
fn time_input(
    path: Vec<u32>,
    id: String,
    label: String,
    default: Option<String>,
    value: Option<String>,
    set_value: bool,
    help: String,
    disabled: bool,
    label_visibility: i32,
    step: u32,
) -> PyResult<()> {
    let input = TimeInput {
        id,
        label,
        default,
        value,
        set_value,
        help,
        disabled,
        label_visibility,
        step,
    };
    emit_element(path, element::Type::TimeInput(input))
}

#[pyfunction]
fn select_slider(
    path: Vec<u32>,
    id: String,
    label: String,
    options: Vec<String>,
    default: Vec<String>,
    value: Vec<String>,
    set_value: bool,
    help: String,
    disabled: bool,
    label_visibility: i32,
) -> PyResult<()> {
    let slider = SelectSlider {
        id,
        label,
        options,
        default,
        value,
        set_value,
        help,
        disabled,
        label_visibility,
    };
    emit_element(path, element::Type::SelectSlider(slider))
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(text_area, m)?)?;
    m.add_function(wrap_pyfunction!(multiselect, m)?)?;
    m.add_function(wrap_pyfunction!(color_picker, m)?)?;
    m.add_function(wrap_pyfunction!(button_group, m)?)?;
    m.add_function(wrap_pyfunction!(feedback, m)?)?;
    m.add_function(wrap_pyfunction!(link_button, m)?)?;
    m.add_function(wrap_pyfunction!(date_input, m)?)?;
    m.add_function(wrap_pyfunction!(time_input, m)?)?;
    m.add_function(wrap_pyfunction!(select_slider, m)?)?;
    Ok(())
}
