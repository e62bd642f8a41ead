//! The conformance corpus against rustlit: every Streamlit script in
//! `tests/conformance/scripts/` runs in a real server; the interactions in
//! its `# step:` comments are sent over the websocket as a browser would, and
//! the page after the first run and after each step is compared with
//! `tests/conformance/snapshots/<name>.json` — the same snapshot that
//! `tests/conformance/test_streamlit_oracle.py` checks real Streamlit 1.67
//! against. Scripts listed in `known_differences.toml` are compared with
//! `<name>.rustlit.json` instead. `UPDATE_SNAPSHOTS=1` rewrites the file.
//! See `tests/conformance/README.md`.

mod browser;
mod json;
mod normalise;
mod query;

use std::path::{Path, PathBuf};

use rustlit::proto::widget_value::Value;
use rustlit::proto::{
    element, forward_event, ChatInputValue, DoubleArray, RunStatus, StringArray, WidgetState,
};

use crate::common::{state, App, Client};
use json::J;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance")
}

/// One `# step: verb args...` line; args are JSON values.
struct Step {
    verb: String,
    args: Vec<serde_json::Value>,
    line: String,
}

fn parse_steps(source: &str) -> Vec<Step> {
    source
        .lines()
        .filter_map(|line| {
            let rest = line
                .trim()
                .strip_prefix('#')?
                .trim()
                .strip_prefix("step:")?
                .trim();
            let (verb, args) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
            let args: Vec<serde_json::Value> = serde_json::Deserializer::from_str(args)
                .into_iter()
                .collect::<Result<_, _>>()
                .unwrap_or_else(|e| panic!("bad step arguments in {line:?}: {e}"));
            let words: Vec<String> = std::iter::once(verb.to_string())
                .chain(args.iter().map(|a| J::from(a).compact()))
                .collect();
            Some(Step {
                verb: verb.to_string(),
                args,
                line: words.join(" "),
            })
        })
        .collect()
}

/// Sends a rerun and follows the runs it causes (st.rerun included) to the
/// last one, keeping the browser's widget values up to date.
async fn settle(client: &mut Client) {
    loop {
        let (status, events) = client.finish_run().await;
        for event in &events {
            if let forward_event::Kind::Delta(d) = event {
                if let Some(rustlit::proto::delta::Kind::Element(rustlit::proto::Element {
                    r#type: Some(t),
                    ..
                })) = &d.kind
                {
                    browser::register_element(&mut client.widgets, t);
                }
            }
        }
        match status {
            RunStatus::FinishedSuccessfully => {
                browser::retain_on_page(&mut client.widgets, &client.tree);
                return;
            }
            RunStatus::FinishedWithCompileError => panic!("the script did not compile"),
            RunStatus::FinishedEarlyForRerun => {}
        }
    }
}

/// The widget a step names: by label, `key=K`, or `sidebar:label`.
fn find_widget(client: &Client, target: &str) -> element::Type {
    find_widget_at(client, target).1
}

/// The path of the form block enclosing `path`, if any.
fn enclosing_form(client: &Client, path: &[u32]) -> Option<Vec<u32>> {
    (2..path.len())
        .rev()
        .map(|end| &path[..end])
        .find_map(|p| match client.tree.nodes.get(p) {
            Some((crate::common::tree::Node::Block(b), _))
                if matches!(b.r#type, Some(rustlit::proto::block::Type::Form(_))) =>
            {
                Some(p.to_vec())
            }
            _ => None,
        })
}

/// [`find_widget`] with the widget's path in the tree.
fn find_widget_at(client: &Client, target: &str) -> (Vec<u32>, element::Type) {
    let (root, target) = match target.strip_prefix("sidebar:") {
        Some(rest) => (Some(1), rest),
        None => (None, target),
    };
    client
        .tree
        .elements()
        .filter(|(path, _)| root.is_none_or(|r| path[0] == r))
        .find(|(_, t)| match target.strip_prefix("key=") {
            Some(key) => crate::common::tree::widget_id(t)
                .is_some_and(|id| normalise::user_key(&id) == Some(key)),
            None => crate::common::tree::widget_label(t) == Some(target),
        })
        .map(|(path, t)| (path.clone(), t.clone()))
        .unwrap_or_else(|| panic!("no widget {target:?} on the page: {:#?}", client.tree))
}

/// The wire value a browser sends when the user sets `widget` to `value`
/// (selection widgets take the option's label).
fn wire_value(widget: &element::Type, value: &serde_json::Value) -> Value {
    use element::Type;
    let number = || value.as_f64().expect("a number");
    if value.is_null() {
        return Value::NoneValue(true);
    }
    match widget {
        Type::Checkbox(_) => Value::BoolValue(value.as_bool().expect("a bool")),
        Type::Slider(_) => Value::DoubleArrayValue(DoubleArray {
            data: match value.as_array() {
                Some(items) => items.iter().map(|v| v.as_f64().expect("numbers")).collect(),
                None => vec![number()],
            },
        }),
        Type::TextInput(_) => Value::StringValue(value.as_str().expect("a string").to_string()),
        Type::NumberInput(n) if n.data_type == 0 => Value::IntValue(number().round() as i64),
        Type::NumberInput(_) => Value::DoubleValue(number()),
        Type::Selectbox(w) => option_index(&w.options, value),
        Type::Radio(w) => option_index(&w.options, value),
        Type::TextArea(_) | Type::ColorPicker(_) | Type::TimeInput(_) => {
            Value::StringValue(value.as_str().expect("a string").to_string())
        }
        Type::Feedback(_) | Type::Pagination(_) => Value::IntValue(number() as i64),
        Type::MenuButton(_) => {
            Value::StringTriggerValue(value.as_str().expect("an option").to_string())
        }
        // `set` on a chat input types the message and presses Enter.
        Type::ChatInput(_) => Value::ChatInputValue(ChatInputValue {
            data: value.as_str().expect("a message").to_string(),
            files: Vec::new(),
            audio: None,
        }),
        Type::Multiselect(_)
        | Type::ButtonGroup(_)
        | Type::SelectSlider(_)
        | Type::DateInput(_)
        | Type::DateTimeInput(_) => {
            let items = match value.as_array() {
                Some(items) => items.clone(),
                None => vec![value.clone()],
            };
            Value::StringArrayValue(StringArray {
                data: items
                    .iter()
                    .map(|v| v.as_str().expect("labels").to_string())
                    .collect(),
            })
        }
        // The edit state as the browser sends it (JSON text).
        Type::DataEditor(_) => Value::StringValue(value.to_string()),
        // A pydeck chart's selection as the browser sends it (JSON text).
        Type::DeckGlJsonChart(_) => Value::StringValue(value.to_string()),
        // An ECharts chart's selection as the browser sends it (JSON text).
        Type::EchartsChart(_) => Value::StringValue(value.to_string()),
        // A Vega-Lite or Plotly chart's selection as the browser sends it (JSON text).
        Type::VegaLiteChart(_) | Type::PlotlyChart(_) => Value::StringValue(value.to_string()),
        other => panic!("cannot set {other:?}"),
    }
}

/// What the browser sends when the user selects a tab (a label) or opens or
/// closes an expander or popover (a bool) of a container that tracks its
/// state (`set "container:K" value`, K its key).
fn container_state(client: &Client, key: &str, value: &serde_json::Value) -> WidgetState {
    use rustlit::proto::block::Type;
    let id = client
        .tree
        .nodes
        .values()
        .find_map(|(node, _)| match node {
            crate::common::tree::Node::Block(b) => match &b.r#type {
                Some(Type::TabContainer(t)) => t.id.clone(),
                Some(Type::Expandable(e)) => e.id.clone(),
                Some(Type::Popover(p)) => p.id.clone(),
                _ => None,
            }
            .filter(|id| normalise::user_key(id) == Some(key)),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no container with key {key:?} that tracks its state"));
    let value = match value {
        serde_json::Value::Bool(b) => Value::BoolValue(*b),
        serde_json::Value::String(s) => Value::StringValue(s.clone()),
        other => panic!("a container takes a label or a bool, not {other}"),
    };
    state(&id, value)
}

/// The click widget of the button column keyed `key`.
fn button_widget(client: &Client, key: &str) -> String {
    client
        .tree
        .elements()
        .flat_map(|(_, e)| match e {
            element::Type::Dataframe(d) => d.button_click_widgets.clone(),
            element::Type::DataEditor(d) => d.button_click_widgets.clone(),
            _ => Vec::new(),
        })
        .map(|b| b.widget_id)
        .find(|id| normalise::user_key(id) == Some(key))
        .unwrap_or_else(|| panic!("no button column with key {key:?}"))
}

fn component_widget(client: &Client, key: &str) -> String {
    client
        .tree
        .elements()
        .filter_map(|(_, e)| match e {
            element::Type::BidiComponent(c) => c.widget.as_ref().map(|w| w.id.clone()),
            _ => None,
        })
        .find(|id| normalise::user_key(id) == Some(key))
        .unwrap_or_else(|| panic!("no component with key {key:?}"))
}

fn option_index(options: &[String], value: &serde_json::Value) -> Value {
    let label = value.as_str().expect("an option label");
    let index = options
        .iter()
        .position(|o| o == label)
        .unwrap_or_else(|| panic!("{label:?} is not one of {options:?}"));
    Value::StringValue(options[index].clone())
}

/// Values the user changed in forms (`fill`), with the path of their form.
type Pending = Vec<(Option<Vec<u32>>, WidgetState)>;

/// Applies one step. `pending` holds the values of form widgets the user
/// changed (`fill`); a `submit` sends those of the button's own form with
/// the submit trigger, as the browser does.
async fn apply(client: &mut Client, step: &Step, pending: &mut Pending) {
    let target = || step.args[0].as_str().expect("a widget label").to_string();
    match step.verb.as_str() {
        "fill" => {
            let (path, widget) = find_widget_at(client, &target());
            let id = crate::common::tree::widget_id(&widget).expect("a widget id");
            let value = wire_value(&widget, &step.args[1]);
            pending.retain(|(_, s)| s.id != id);
            pending.push((enclosing_form(client, &path), state(&id, value)));
            return;
        }
        "submit" => {
            let (path, widget) = find_widget_at(client, &target());
            let id = crate::common::tree::widget_id(&widget).expect("a widget id");
            let form = enclosing_form(client, &path);
            let (mine, others): (Pending, Pending) = std::mem::take(pending)
                .into_iter()
                .partition(|(f, _)| *f == form);
            *pending = others;
            let mut changes: Vec<WidgetState> = mine.into_iter().map(|(_, s)| s).collect();
            changes.push(state(&id, Value::TriggerValue(true)));
            client.rerun_with(changes).await;
        }
        "rerun" => client.rerun().await,
        // A click on a page in the navigation; the page is named by its file
        // (relative to the script), whose stem is its title in the corpus.
        "page" => {
            let file = target();
            let stem = Path::new(&file)
                .file_stem()
                .and_then(|s| s.to_str())
                .expect("a page file");
            let hash = client.tree.page_hash(&stem.replace('_', " "));
            client.open_page(&hash, "").await;
        }
        "click" => {
            let widget = find_widget(client, &target());
            let id = crate::common::tree::widget_id(&widget).expect("a widget id");
            client
                .rerun_with(vec![state(&id, Value::TriggerValue(true))])
                .await;
        }
        // A click on a button cell of a keyed ButtonColumn: its click widget gets
        // {"row", "label"} once, as the page sends it (even inside a form).
        "click_cell" => {
            let key = target();
            let key = key.strip_prefix("key=").expect("click_cell \"key=K\"");
            let id = button_widget(client, key);
            let click = serde_json::to_string(&step.args[1]).expect("a click");
            client
                .rerun_with(vec![state(&id, Value::StringTriggerValue(click))])
                .await;
        }
        // What a components v2 component's JavaScript sends: its whole state
        // (setStateValue) and the events of one moment (setTriggerValue).
        "component" => {
            let key = target();
            let key = key.strip_prefix("key=").expect("component \"key=K\"");
            let id = component_widget(client, key);
            let sent = &step.args[1];
            let mut changes = Vec::new();
            if let Some(state_value) = sent.get("state") {
                changes.push(state(&id, Value::JsonValue(state_value.to_string())));
            }
            if let Some(events) = sent.get("events") {
                let events_id = format!("$$STREAMLIT_INTERNAL_KEY_{id}__events");
                changes.push(state(
                    &events_id,
                    Value::JsonTriggerValue(events.to_string()),
                ));
            }
            client.rerun_with(changes).await;
        }
        "set" if target().starts_with("container:") => {
            let change = container_state(client, &target()["container:".len()..], &step.args[1]);
            client.rerun_with(vec![change]).await;
        }
        "set" => {
            let widget = find_widget(client, &target());
            let id = crate::common::tree::widget_id(&widget).expect("a widget id");
            let value = wire_value(&widget, &step.args[1]);
            client.rerun_with(vec![state(&id, value)]).await;
        }
        other => panic!("unknown step {other:?}"),
    }
    settle(client).await;
}

fn is_known_difference(name: &str) -> bool {
    let manifest = std::fs::read_to_string(corpus_dir().join("known_differences.toml"))
        .expect("known_differences.toml");
    manifest
        .lines()
        .any(|line| line.trim() == format!("[{name}]"))
}

/// The oracle's virtualenv (`.venv-test`, made by scripts/test.sh), so that
/// the scripts see the same packages (pandas, numpy) under rustlit as under
/// Streamlit. Without it the server uses whatever `python3` is on PATH.
fn test_venv() -> Option<String> {
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join(".venv-test");
    venv.join("bin/python")
        .exists()
        .then(|| venv.to_string_lossy().into_owned())
}

/// Page scripts of the multipage corpus scripts (`st.Page("mpa_pages/x.py")`).
const PAGES_DIR: &str = "mpa_pages";

/// Puts the corpus's page scripts next to the app, as they sit next to the
/// corpus scripts for the oracle.
fn copy_pages(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("pages dir");
    for entry in std::fs::read_dir(from).expect("the corpus's page scripts") {
        let path = entry.expect("entry").path();
        if let Some(name) = path.file_name() {
            std::fs::copy(&path, to.join(name)).expect("copy a page script");
        }
    }
}

/// The page after one step, with the type and size of every media file it shows as served.
async fn checkpoint(after: &str, app: &App, client: &Client, with_query: bool) -> J {
    let mut media = normalise::Media::new();
    for url in normalise::media_urls(client) {
        if media.contains_key(&url) {
            continue;
        }
        let response = reqwest::Client::new()
            .get(app.url(&format!("/{url}")))
            .send()
            .await
            .expect("GET a media file");
        let found = if response.status() == 200 {
            let mime = response
                .headers()
                .get("content-type")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_string();
            let body = response.bytes().await.expect("a media file's body");
            (mime, body.len())
        } else {
            (format!("HTTP {}", response.status()), 0)
        };
        media.insert(url, found);
    }
    let mut fields = vec![
        ("after", J::str(after)),
        ("elements", normalise::page(client, &media)),
    ];
    if with_query {
        fields.push(("query", query::pairs(&client.query_string)));
    }
    J::obj(fields)
}

/// Runs one corpus script against rustlit and compares with its snapshot.
async fn check(name: &str) {
    let dir = corpus_dir();
    let source = std::fs::read_to_string(dir.join("scripts").join(format!("{name}.py")))
        .expect("the script");
    let app = match test_venv() {
        Some(venv) => App::start_with(&source, &[], &[("VIRTUAL_ENV", &venv)]),
        None => App::start(&source),
    };
    copy_pages(
        &dir.join("scripts").join(PAGES_DIR),
        &app.dir.path().join(PAGES_DIR),
    );
    let mut client = app.connect().await;
    let query = query::directive(&source);
    if let Some(query) = &query {
        client.query_string.clone_from(query);
    }
    client.rerun().await;
    settle(&mut client).await;
    let with_query = query.is_some();
    let mut checkpoints = vec![checkpoint("first run", &app, &client, with_query).await];
    let mut pending = Vec::new();
    for step in parse_steps(&source) {
        apply(&mut client, &step, &mut pending).await;
        checkpoints.push(checkpoint(&step.line, &app, &client, with_query).await);
    }
    let actual = J::Arr(checkpoints);

    let file = if is_known_difference(name) {
        format!("{name}.rustlit.json")
    } else {
        format!("{name}.json")
    };
    let snapshot = dir.join("snapshots").join(&file);
    if std::env::var("UPDATE_SNAPSHOTS").as_deref() == Ok("1") {
        std::fs::write(&snapshot, actual.pretty()).expect("write the snapshot");
        return;
    }
    let text = std::fs::read_to_string(&snapshot)
        .unwrap_or_else(|_| panic!("no snapshot {file}: run with UPDATE_SNAPSHOTS=1"));
    let expected: serde_json::Value = serde_json::from_str(&text).expect("snapshot JSON");
    let expected = J::from(&expected).canonical().pretty();
    let actual = actual.canonical().pretty();
    if expected != actual {
        panic!(
            "rustlit differs from snapshots/{file} (- expected, + rustlit):\n{}",
            json::diff(&expected, &actual)
        );
    }
}

macro_rules! corpus {
    ($($name:ident),* $(,)?) => {
        $(
            #[tokio::test]
            async fn $name() {
                check(stringify!($name)).await;
            }
        )*

        /// Every script in the corpus directory has a test above.
        #[test]
        fn every_script_has_a_test() {
            let listed = [$(stringify!($name)),*];
            let mut missing = Vec::new();
            for entry in std::fs::read_dir(corpus_dir().join("scripts")).expect("scripts dir") {
                let path = entry.expect("entry").path();
                if path.extension().is_some_and(|e| e == "py") {
                    let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
                    if !listed.contains(&stem.as_str()) {
                        missing.push(stem);
                    }
                }
            }
            assert!(missing.is_empty(), "add these scripts to corpus! in conformance.rs: {missing:?}");
        }
    };
}

corpus!(
    alerts,
    altair_chart_selection,
    badge_basics,
    bind_query_params_errors,
    bind_query_params_seed,
    bind_query_params_state,
    built_in_charts,
    built_in_charts_errors,
    button_callback_args,
    button_key_state,
    button_state_assignment_error,
    button_trigger_once,
    cache_data_replay,
    cache_resource_clear_errors,
    callback_args_kwargs_widgets,
    callback_exception_stops,
    callback_more_widgets,
    callback_not_fired,
    callback_order,
    callback_renders_at_top,
    callback_sees_new_value,
    callback_sets_other_widget,
    celebrations,
    chat_echo,
    chat_input_errors,
    button_shortcut_errors,
    chat_input_placement,
    chat_input_state,
    chat_message_avatars,
    checkbox_toggle,
    code_height,
    color_picker_basic,
    columns_layout,
    components_v2,
    conditional_widgets,
    container_layout,
    data_editor_config,
    data_editor_edits,
    data_editor_inputs,
    data_editor_list_text,
    dataframe_errors,
    dataframe_bad_columns,
    dataframe_button_columns,
    dataframe_column_types,
    dataframe_inputs,
    dataframe_lazy,
    dataframe_lazy_errors,
    dataframe_more_inputs,
    dataframe_options,
    dataframe_polars,
    dataframe_selection,
    date_time_inputs,
    datetime_input_basics,
    dialog_from_fragment,
    dialog_vote,
    download_button_basic,
    duplicate_key,
    duplicate_widget_id,
    echo_block,
    empty_container,
    empty_replacement,
    errors_buttons_checkbox,
    errors_color_feedback,
    errors_date_time,
    errors_number_input,
    errors_selection,
    errors_slider,
    errors_text,
    exception_explicit,
    exception_in_callback,
    exception_in_columns,
    exception_in_expander,
    expander_container,
    expander_popover_state,
    expander_types,
    feedback_basic,
    form_basic,
    form_callback,
    form_clear_on_submit,
    form_errors,
    form_errors_more,
    form_free_todo,
    form_missing_submit,
    form_no_rerun_until_submit,
    form_submit_callback_kwargs,
    form_submit_key_state,
    form_two_forms,
    form_widget_session_state,
    fragment_callbacks_state,
    fragment_chat_input,
    fragment_exception,
    fragment_keyed_rerun,
    fragment_layouts,
    fragment_nested,
    fragment_outside_error,
    fragment_outside_writes,
    fragment_rerun_in_place,
    fragment_rerun_scope,
    graphviz_chart_basics,
    grid_layout,
    help_element,
    html_element,
    image_deprecated_width,
    invalid_widget_args,
    json_element,
    json_expanded_depth,
    key_change_resets,
    keyed_button_group_identity,
    keyed_date_time_identity,
    keyed_default_change_keeps,
    keyed_label_change_keeps,
    keyed_multiselect_max_selections_resets,
    keyed_number_input_bounds_keep,
    keyed_options_change_keeps,
    keyed_options_value_missing,
    keyed_select_slider_options_keep,
    keyed_slider_bounds_reset,
    keyed_text_max_chars_resets,
    latex_basics,
    magic_basic,
    map_basics,
    media_autoplay_ids,
    media_elements,
    menu_button_basics,
    mermaid_chart_basics,
    metric_format,
    metric_sparklines,
    missing_names,
    mpa_navigation_pages,
    mpa_switch_page,
    multiselect_basic,
    multiselect_errors,
    multiselect_state,
    number_input_inference,
    number_input_state_float,
    options_containers,
    options_dict_format_func,
    options_enum_return,
    options_numbers,
    options_pandas,
    options_tuple_objects,
    pagination_basics,
    pills_segmented,
    plotly_chart_basics,
    popover_basic,
    pydeck_chart_basics,
    pydeck_geo_layers,
    pydeck_tile_layers,
    pyplot_basic,
    query_params_clear_embed,
    query_params_errors,
    query_params_read,
    query_params_rerun,
    query_params_set,
    radio_basic,
    radio_state_in_callback,
    rerun_in_callback,
    rerun_loop,
    select_filter_options,
    select_slider_basic,
    select_slider_errors,
    selectbox_format_func,
    selectbox_index_none,
    selectbox_state_assignment,
    session_state_after_widget_error,
    session_state_basics,
    session_state_before_widget,
    session_state_missing_key,
    sidebar_and_main_same_widget,
    skeleton_basics,
    slider_date_errors,
    slider_dates,
    slider_int_float,
    slider_range,
    slider_state_range,
    space_sizes,
    state_after_widget_errors,
    state_cleanup_more_widgets,
    state_default_and_session_value,
    state_invalid_session_value,
    state_keep_hidden_widget,
    state_keyed_widget_disappears,
    state_readonly_widgets,
    state_set_button_groups,
    state_set_color_feedback,
    state_set_date_time,
    state_set_in_callback,
    state_set_none,
    state_set_number_text,
    state_set_select_slider,
    state_set_text_area,
    status_container,
    stop_basic,
    stop_skips_cleanup,
    table_basics,
    tabs_state,
    text_area_basic,
    text_elements,
    text_icons_and_wrap,
    text_input_basic,
    text_input_options,
    text_input_value_none,
    toggle_keyed_init,
    uncaught_exception,
    unkeyed_bounds_change_resets,
    unkeyed_default_change_resets,
    unkeyed_label_change_resets,
    unkeyed_options_change_resets,
    user_logged_out,
    vega_lite_chart_basics,
    echarts_chart_basics,
    widget_cleanup_not_rendered,
    widget_key_in_session_state,
    widget_persistence,
    persist_state,
    fragment_parallel,
    link_button_ids,
    widget_sizes,
    wrap_params,
    write_stream_basic,
    write_variants,
);
