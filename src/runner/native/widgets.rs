//! Input widgets. The Python layer has already computed the id, the value
//! to show and whether it is forced (`set_value`); this only encodes.
#![allow(clippy::too_many_arguments)]

use pyo3::prelude::*;

use super::emit_element;
use crate::proto::{
    self, element, Button, Checkbox, NumberInput, Radio, Selectbox, Slider, TextInput,
};

#[pyfunction]
fn button(
    path: Vec<u32>,
    id: String,
    label: String,
    help: String,
    r#type: String,
    disabled: bool,
    icon: String,
    use_container_width: bool,
) -> PyResult<()> {
    let button = Button {
        id,
        label,
        help,
        r#type,
        disabled,
        icon,
        use_container_width,
    };
    emit_element(path, element::Type::Button(button))
}

#[pyfunction]
fn checkbox(
    path: Vec<u32>,
    id: String,
    label: String,
    default: bool,
    help: String,
    value: bool,
    set_value: bool,
    disabled: bool,
    label_visibility: i32,
    style: i32,
) -> PyResult<()> {
    let style =
        proto::checkbox::Style::try_from(style).unwrap_or(proto::checkbox::Style::Default) as i32;
    let checkbox = Checkbox {
        id,
        label,
        default,
        help,
        value,
        set_value,
        disabled,
        label_visibility,
        style,
    };
    emit_element(path, element::Type::Checkbox(checkbox))
}

#[pyfunction]
fn slider(
    path: Vec<u32>,
    id: String,
    label: String,
    format: String,
    data_type: i32,
    default: Vec<f64>,
    min: f64,
    max: f64,
    step: f64,
    value: Vec<f64>,
    set_value: bool,
    help: String,
    disabled: bool,
    label_visibility: i32,
) -> PyResult<()> {
    let data_type = proto::slider::DataType::try_from(data_type)
        .unwrap_or(proto::slider::DataType::Float) as i32;
    let slider = Slider {
        id,
        label,
        format,
        data_type,
        default,
        min,
        max,
        step,
        value,
        set_value,
        help,
        disabled,
        label_visibility,
    };
    emit_element(path, element::Type::Slider(slider))
}

#[pyfunction]
fn text_input(
    path: Vec<u32>,
    id: String,
    label: String,
    default: Option<String>,
    password: bool,
    max_chars: u32,
    help: String,
    value: Option<String>,
    set_value: bool,
    placeholder: String,
    disabled: bool,
    label_visibility: i32,
) -> PyResult<()> {
    let input = TextInput {
        id,
        label,
        default,
        password,
        max_chars,
        help,
        value,
        set_value,
        placeholder,
        disabled,
        label_visibility,
    };
    emit_element(path, element::Type::TextInput(input))
}

#[pyfunction]
fn number_input(
    path: Vec<u32>,
    id: String,
    label: String,
    format: String,
    data_type: i32,
    default: Option<f64>,
    step: f64,
    min: Option<f64>,
    max: Option<f64>,
    value: Option<f64>,
    set_value: bool,
    help: String,
    disabled: bool,
    label_visibility: i32,
    placeholder: String,
) -> PyResult<()> {
    let data_type = proto::number_input::DataType::try_from(data_type)
        .unwrap_or(proto::number_input::DataType::Float) as i32;
    let input = NumberInput {
        id,
        label,
        format,
        data_type,
        default,
        step,
        has_min: min.is_some(),
        min: min.unwrap_or_default(),
        has_max: max.is_some(),
        max: max.unwrap_or_default(),
        value,
        set_value,
        help,
        disabled,
        label_visibility,
        placeholder,
    };
    emit_element(path, element::Type::NumberInput(input))
}

#[pyfunction]
fn selectbox(
    path: Vec<u32>,
    id: String,
    label: String,
    options: Vec<String>,
    default: Option<i32>,
    value: Option<i32>,
    set_value: bool,
    help: String,
    disabled: bool,
    label_visibility: i32,
    placeholder: String,
    accept_new_options: bool,
) -> PyResult<()> {
    let select = Selectbox {
        id,
        label,
        options,
        default,
        value,
        set_value,
        help,
        disabled,
        label_visibility,
        placeholder,
        accept_new_options,
    };
    emit_element(path, element::Type::Selectbox(select))
}

#[pyfunction]
fn radio(
    path: Vec<u32>,
    id: String,
    label: String,
    options: Vec<String>,
    default: Option<i32>,
    value: Option<i32>,
    set_value: bool,
    help: String,
    disabled: bool,
    label_visibility: i32,
    horizontal: bool,
    captions: Vec<String>,
) -> PyResult<()> {
    let radio = Radio {
        id,
        label,
        options,
        default,
        value,
        set_value,
        help,
        disabled,
        label_visibility,
        horizontal,
        captions,
    };
    emit_element(path, element::Type::Radio(radio))
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(button, m)?)?;
    m.add_function(wrap_pyfunction!(checkbox, m)?)?;
    m.add_function(wrap_pyfunction!(slider, m)?)?;
    m.add_function(wrap_pyfunction!(text_input, m)?)?;
    m.add_function(wrap_pyfunction!(number_input, m)?)?;
    m.add_function(wrap_pyfunction!(selectbox, m)?)?;
    m.add_function(wrap_pyfunction!(radio, m)?)?;
    Ok(())
}
