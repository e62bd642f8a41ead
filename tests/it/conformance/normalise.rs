//! The page as the conformance snapshots describe it: a flat list of entries
//! in document order, each with `at` (the container path, e.g.
//! `main/columns#0/column#1`), `kind` and the fields a user sees. Widget
//! values are the ones the browser holds, decoded to what the script gets.
//! `tests/conformance/test_streamlit_oracle.py` builds the same shape from
//! Streamlit's AppTest tree.

use std::collections::HashMap;

use rustlit::proto::widget_value::Value;
use rustlit::proto::{
    alert, bidi_component, block, checkbox, data_editor, deck_gl_json_chart, e_charts_chart,
    element, markdown, metric, table, video, ArrowData, Element,
};

use super::browser::{value_of, widget_spec};
use super::json::J;
use crate::common::tree::Node;
use crate::common::Client;

/// Root containers by index.
const ROOTS: [Option<&str>; 4] = [Some("main"), Some("sidebar"), Some("event"), Some("bottom")];

/// The media-store files the page shows, by URL: (Content-Type, size) as served.
pub type Media = HashMap<String, (String, usize)>;

/// Every media-store URL ("media/...") of the page's images, audio, video and subtitles.
pub fn media_urls(client: &Client) -> Vec<String> {
    let mut urls = Vec::new();
    for (_, t) in client.tree.elements() {
        match t {
            element::Type::Imgs(list) => urls.extend(list.imgs.iter().map(|i| i.url.clone())),
            element::Type::Audio(a) => urls.push(a.url.clone()),
            element::Type::Video(v) => {
                urls.push(v.url.clone());
                urls.extend(v.subtitles.iter().map(|s| s.url.clone()));
            }
            element::Type::BidiComponent(c) => {
                if let Some(bidi_component::Data::Json(text)) = &c.data {
                    if let Ok(value) = serde_json::from_str(text) {
                        stored_urls_in(&value, &mut urls);
                    }
                }
            }
            _ => {}
        }
    }
    urls.retain(|u| u.starts_with("media/"));
    urls
}

/// Stored-file URLs ("/media/..." as packages get them from the media manager) in JSON data.
fn stored_urls_in(value: &serde_json::Value, urls: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => {
            if let Some(url) = s.strip_prefix('/').filter(|u| u.starts_with("media/")) {
                urls.push(url.to_string());
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| stored_urls_in(v, urls)),
        serde_json::Value::Object(map) => map.values().for_each(|v| stored_urls_in(v, urls)),
        _ => {}
    }
}

/// JSON data with its stored-file URLs as {"type", "size"}, as the oracle shows them.
fn with_media(media: &Media, value: &serde_json::Value) -> J {
    use serde_json::Value;
    match value {
        Value::String(s) => match s.strip_prefix('/').filter(|u| u.starts_with("media/")) {
            Some(url) => media_file(media, url),
            None => J::str(s),
        },
        Value::Array(items) => J::Arr(items.iter().map(|v| with_media(media, v)).collect()),
        Value::Object(map) => J::Obj(
            map.iter()
                .map(|(k, v)| (k.clone(), with_media(media, v)))
                .collect(),
        ),
        other => J::from(other),
    }
}

/// A components v2 component: its name, user key, style isolation and data.
fn bidi_fields(media: &Media, c: &rustlit::proto::BidiComponent) -> Vec<(&'static str, J)> {
    let mut f = vec![
        ("kind", J::str("bidi_component")),
        ("name", J::str(&c.component_name)),
    ];
    if let Some(key) = c.widget.as_ref().and_then(|w| user_key(&w.id)) {
        f.push(("key", J::str(key)));
    }
    f.push(("isolate_styles", J::Bool(c.isolate_styles)));
    match &c.data {
        Some(bidi_component::Data::Json(text)) => {
            let value = serde_json::from_str(text).unwrap_or(serde_json::Value::Null);
            f.push(("data", with_media(media, &value)));
        }
        Some(bidi_component::Data::Bytes(bytes)) => {
            f.push(("data", J::obj(vec![("bytes", J::int(bytes.len() as i64))])));
        }
        Some(bidi_component::Data::Arrow(_)) => f.push(("data", J::str("arrow"))),
        Some(bidi_component::Data::Mixed(_)) => f.push(("data", J::str("mixed"))),
        None => {}
    }
    f
}

/// A stored file as {"type", "size"} (URLs differ between servers); any other URL as it is.
fn media_file(media: &Media, url: &str) -> J {
    if !url.starts_with("media/") {
        return J::str(url);
    }
    let (mime, size) = media.get(url).cloned().unwrap_or(("missing".into(), 0));
    J::obj(vec![("type", J::str(mime)), ("size", J::int(size as i64))])
}

fn end_time(end: Option<u32>) -> J {
    match end {
        Some(e) if e > 0 => J::int(i64::from(e)),
        _ => J::Null,
    }
}

pub fn page(client: &Client, media: &Media) -> J {
    let nodes = &client.tree.nodes;
    let mut out = Vec::new();
    for (path, (node, _)) in nodes {
        let Some(Some(root)) = ROOTS.get(path[0] as usize) else {
            continue;
        };
        // A closed dialog shows nothing (1.67 drops it; rustlit's page keeps it closed).
        let in_closed_dialog = (2..=path.len()).any(|end| {
            matches!(nodes.get(&path[..end]), Some((Node::Block(b), _))
                if matches!(&b.r#type, Some(block::Type::Dialog(d)) if !d.is_open))
        });
        if in_closed_dialog {
            continue;
        }
        let mut at = root.to_string();
        for end in 2..path.len() {
            let kind = match nodes.get(&path[..end]) {
                Some((Node::Block(b), _)) => block_kind(b),
                _ => "?",
            };
            at.push_str(&format!("/{kind}#{}", path[end - 1]));
        }
        let mut fields = vec![("at", J::str(at))];
        match node {
            Node::Block(b) => {
                fields.push(("kind", J::str(block_kind(b))));
                if let Some(block::Type::Expandable(e)) = &b.r#type {
                    fields.push(("label", J::str(&e.label)));
                    if !e.icon.is_empty() {
                        fields.push(("icon", J::str(&e.icon)));
                    }
                    // A stateful expander: whether the page shows it open.
                    if e.id.is_some() {
                        fields.push(("expanded", J::Bool(e.expanded)));
                    }
                    // 1.67's `type`, when not the default look.
                    match rustlit::proto::expandable::Type::try_from(e.r#type) {
                        Ok(rustlit::proto::expandable::Type::Compact) => {
                            fields.push(("type", J::str("COMPACT")))
                        }
                        Ok(rustlit::proto::expandable::Type::Step) => {
                            fields.push(("type", J::str("STEP")))
                        }
                        _ => {}
                    }
                }
                match &b.r#type {
                    Some(block::Type::Tab(t)) => fields.push(("label", J::str(&t.label))),
                    // Stateful tabs and popovers: the tab the page shows, whether it is open.
                    Some(block::Type::TabContainer(t)) if t.id.is_some() => {
                        fields.push(("selected", J::int(i64::from(t.default_index))));
                    }
                    Some(block::Type::Popover(p)) if p.id.is_some() => {
                        fields.push(("open", J::Bool(p.open.unwrap_or(false))));
                    }
                    _ => {}
                }
                if let Some(layout) = flex_layout(b) {
                    fields.push(("layout", layout));
                }
                match &b.r#type {
                    Some(block::Type::Grid(g)) => fields.push(("grid", grid_fields(g))),
                    Some(block::Type::GridCell(c)) => fields.push(("cell", cell_fields(c))),
                    _ => {}
                }
                if let Some(block::Type::ChatMessage(m)) = &b.r#type {
                    fields.push(("name", J::str(&m.name)));
                    fields.push(("avatar", J::str(&m.avatar)));
                }
            }
            Node::Element(Element {
                r#type: Some(t), ..
            }) => fields.extend(element_fields(client, media, t)),
            Node::Element(_) => fields.push(("kind", J::str("unknown"))),
        }
        out.push(J::obj(fields));
    }
    J::Arr(out)
}

/// A container's layout options as the oracle's `flex_layout` reports them:
/// every st.container(horizontal=True) row, and a vertical container whose
/// gap or alignment is not the default (a row of st.columns has none).
fn flex_layout(b: &rustlit::proto::Block) -> Option<J> {
    let (gap, gap_pixels, justify, align, wrap) = match &b.r#type {
        // A vertical block sent without alignment (a root, a fragment's) has 1.67's default.
        Some(block::Type::Vertical(v)) => {
            let align = v.align.as_deref().unwrap_or("start");
            (v.gap(), v.gap_pixels, v.justify(), align, None)
        }
        Some(block::Type::Horizontal(h)) if h.flex() => (
            h.gap.as_str(),
            h.gap_pixels,
            h.justify(),
            h.align(),
            Some(!h.no_wrap()),
        ),
        _ => return None,
    };
    let gap = gap_name(gap, gap_pixels);
    let justify = if justify.is_empty() { "start" } else { justify };
    if wrap.is_none() && gap == "small" && justify == "start" && align == "start" {
        return None;
    }
    let mut layout = vec![
        ("gap", J::str(gap)),
        ("justify", J::str(justify)),
        ("align", J::str(align)),
    ];
    if let Some(wrap) = wrap {
        layout.push(("wrap", J::Bool(wrap)));
    }
    if let Some(rustlit::proto::width_config::WidthSpec::PixelWidth(px)) =
        b.width_config.as_ref().and_then(|w| w.width_spec)
    {
        layout.push(("width", J::int(px.into())));
    }
    Some(J::obj(layout))
}

fn gap_name(gap: &str, pixels: Option<u32>) -> String {
    match pixels {
        Some(px) => format!("{px}px"),
        None if gap.is_empty() => "small".to_string(),
        None => gap.to_string(),
    }
}

/// st.grid's options as the oracle's `grid_fields` reports them.
fn grid_fields(g: &rustlit::proto::Grid) -> J {
    let or_word = |n: u32, word: &str| {
        if n == 0 {
            J::str(word)
        } else {
            J::int(n.into())
        }
    };
    J::obj(vec![
        ("columns", or_word(g.columns, "auto")),
        ("min_column_width", or_word(g.min_column_width, "auto")),
        ("wrap", J::Bool(!g.no_wrap)),
        (
            "gap",
            J::Arr(vec![
                J::str(gap_name(&g.row_gap, g.row_gap_pixels)),
                J::str(gap_name(&g.column_gap, g.column_gap_pixels)),
            ]),
        ),
        ("vertical_alignment", J::str(&g.vertical_alignment)),
        ("border", J::Bool(g.border)),
        ("row_height", or_word(g.row_height, "content")),
        ("dense", J::Bool(g.dense)),
    ])
}

fn cell_fields(c: &rustlit::proto::GridCell) -> J {
    let span = if c.column_span_all {
        J::str("all")
    } else {
        J::int(c.column_span.max(1).into())
    };
    J::obj(vec![
        ("column_span", span),
        ("row_span", J::int(c.row_span.max(1).into())),
    ])
}

fn block_kind(b: &rustlit::proto::Block) -> &'static str {
    match b.r#type {
        Some(block::Type::Vertical(_)) => "container",
        Some(block::Type::Horizontal(_)) => "columns",
        Some(block::Type::Column(_)) => "column",
        Some(block::Type::Expandable(_)) => "expander",
        Some(block::Type::Form(_)) => "form",
        Some(block::Type::ChatMessage(_)) => "chat_message",
        Some(block::Type::TabContainer(_)) => "tab_container",
        Some(block::Type::Tab(_)) => "tab",
        Some(block::Type::Transparent(_)) => "transparent",
        Some(block::Type::Dialog(_)) => "dialog",
        Some(block::Type::Popover(_)) => "popover",
        Some(block::Type::Grid(_)) => "grid_container",
        Some(block::Type::GridCell(_)) => "grid_cell",
        None => "block",
    }
}

/// `wrap=False` on a text element, as the oracle records it.
fn unwrapped(mut fields: Vec<(&'static str, J)>, truncate: bool) -> Vec<(&'static str, J)> {
    if truncate {
        fields.push(("wrap", J::Bool(false)));
    }
    fields
}

fn element_fields(client: &Client, media: &Media, t: &element::Type) -> Vec<(&'static str, J)> {
    use element::Type;
    let body = |kind: &str, body: &str| vec![("kind", J::str(kind)), ("body", J::str(body))];
    match t {
        Type::Heading(h) => {
            let kind = match h.tag.as_str() {
                "h1" => "title",
                "h2" => "header",
                _ => "subheader",
            };
            let mut f = body(kind, &h.body);
            if !h.icon.is_empty() {
                f.push(("icon", J::str(&h.icon)));
            }
            unwrapped(f, h.truncate)
        }
        Type::Markdown(m) => match markdown::Type::try_from(m.element_type) {
            Ok(markdown::Type::Caption) => {
                unwrapped(body("caption", &m.body), m.truncate == Some(true))
            }
            Ok(markdown::Type::Divider) => vec![("kind", J::str("divider"))],
            Ok(markdown::Type::Latex) => body("latex", &m.body),
            _ => unwrapped(body("markdown", &m.body), m.truncate == Some(true)),
        },
        Type::Text(t) => unwrapped(body("text", &t.body), t.truncate == Some(true)),
        Type::Code(c) => {
            let mut f = body("code", &c.code_text);
            f.push(("language", J::str(&c.language)));
            f
        }
        Type::Json(j) => {
            let mut f = vec![
                ("kind", J::str("json")),
                (
                    "body",
                    serde_json::from_str(&j.body).map_or_else(|_| J::str(&j.body), |v| J::from(&v)),
                ),
            ];
            if !j.expanded {
                f.push(("expanded", J::Bool(false)));
            }
            if let Some(depth) = j.max_expand_depth {
                f.push(("depth", J::Num(depth.into())));
            }
            f
        }
        Type::Alert(a) => {
            let kind = match alert::Format::try_from(a.format) {
                Ok(alert::Format::Error) => "error",
                Ok(alert::Format::Warning) => "warning",
                Ok(alert::Format::Info) => "info",
                Ok(alert::Format::Success) => "success",
                _ => "alert",
            };
            let mut f = body(kind, &a.body);
            if !a.icon.is_empty() {
                f.push(("icon", J::str(&a.icon)));
            }
            f
        }
        Type::Exception(e) => vec![
            ("kind", J::str("exception")),
            ("type", J::str(&e.r#type)),
            ("message", J::str(&e.message)),
        ],
        Type::Empty(_) => vec![("kind", J::str("empty"))],
        Type::Imgs(list) => vec![
            ("kind", J::str("image")),
            (
                "images",
                J::Arr(
                    list.imgs
                        .iter()
                        .map(|i| {
                            J::obj(vec![
                                ("caption", J::str(&i.caption)),
                                ("file", media_file(media, &i.url)),
                            ])
                        })
                        .collect(),
                ),
            ),
        ],
        Type::Audio(a) => vec![
            ("kind", J::str("audio")),
            ("file", media_file(media, &a.url)),
            ("start_time", J::int(i64::from(a.start_time))),
            ("end_time", end_time(a.end_time)),
            ("loop", J::Bool(a.r#loop)),
            ("autoplay", J::Bool(a.autoplay)),
        ],
        Type::Video(v) => vec![
            ("kind", J::str("video")),
            ("file", media_file(media, &v.url)),
            (
                "youtube",
                J::Bool(v.r#type == video::Type::YoutubeIframe as i32),
            ),
            ("start_time", J::int(i64::from(v.start_time))),
            ("end_time", end_time(v.end_time)),
            ("loop", J::Bool(v.r#loop)),
            ("autoplay", J::Bool(v.autoplay)),
            ("muted", J::Bool(v.muted)),
            (
                "subtitles",
                J::Arr(
                    v.subtitles
                        .iter()
                        .map(|s| {
                            J::obj(vec![
                                ("label", J::str(&s.label)),
                                ("file", media_file(media, &s.url)),
                            ])
                        })
                        .collect(),
                ),
            ),
        ],
        Type::Space(s) => vec![("kind", J::str("space")), ("size", space_size(s))],
        // With unsafe_allow_javascript the document lives on the component origin, not here.
        Type::Html(h) if !h.html_path.is_empty() => {
            vec![("kind", J::str("html")), ("javascript", J::Bool(true))]
        }
        Type::Html(h) => body("html", &h.body),
        Type::BidiComponent(c) => bidi_fields(media, c),
        Type::Help(h) => vec![
            ("kind", J::str("help_info")),
            ("name", J::str(&h.name)),
            ("type", J::str(&h.r#type)),
            ("value", J::str(&h.value)),
            ("doc", J::str(&h.doc_string)),
            (
                "members",
                J::Arr(
                    h.members
                        .iter()
                        .map(|m| {
                            J::Arr(vec![
                                J::str(&m.name),
                                J::str(&m.r#type),
                                J::str(&m.value),
                                J::str(&m.doc_string),
                            ])
                        })
                        .collect(),
                ),
            ),
        ],
        Type::Balloons(_) => vec![("kind", J::str("balloons"))],
        Type::Skeleton(_) => vec![("kind", J::str("skeleton"))],
        Type::Snow(_) => vec![("kind", J::str("snow"))],
        Type::PageLink(l) => vec![
            ("kind", J::str("page_link")),
            ("label", J::str(&l.label)),
            ("page", J::str(&l.page)),
        ],
        Type::Metric(m) => {
            let mut f = vec![
                ("kind", J::str("metric")),
                ("label", J::str(&m.label)),
                ("body", J::str(&m.body)),
                ("delta", J::str(&m.delta)),
            ];
            if !m.chart_data.is_empty() {
                let points = m.chart_data.iter().map(|v| J::float(*v)).collect();
                f.push(("chart_data", J::Arr(points)));
                let kind = match metric::ChartType::try_from(m.chart_type) {
                    Ok(metric::ChartType::Bar) => "BAR",
                    Ok(metric::ChartType::Area) => "AREA",
                    _ => "LINE",
                };
                f.push(("chart_type", J::str(kind)));
            }
            f
        }
        Type::Dataframe(d) => {
            let mut f = vec![("kind", J::str("dataframe"))];
            f.extend(arrow_fields(d.arrow_data.as_ref()));
            let columns = serde_json::from_str(&d.columns).unwrap_or(serde_json::Value::Null);
            f.push(("columns", J::from(&columns)));
            f.push((
                "column_order",
                J::Arr(d.column_order.iter().map(J::str).collect()),
            ));
            if let Some(h) = d.row_height {
                f.push(("row_height", J::int(i64::from(h))));
            }
            if let Some(p) = &d.placeholder {
                f.push(("placeholder", J::str(p)));
            }
            if let Some(lazy) = &d.lazy_data {
                f.push(("lazy_data", lazy_entry(lazy)));
            }
            if !d.button_click_widgets.is_empty() {
                f.push(("buttons", buttons_entry(&d.button_click_widgets)));
            }
            f
        }
        Type::VegaLiteChart(c) => {
            let spec = serde_json::from_str(&c.spec).unwrap_or(serde_json::Value::Null);
            let data = match &c.data {
                Some(d) if !d.data.is_empty() => describe_arrow(&d.data),
                _ => J::Null,
            };
            let datasets = c
                .datasets
                .iter()
                .map(|d| {
                    let bytes = d.data.as_ref().map(|a| a.data.as_slice()).unwrap_or(&[]);
                    J::Arr(vec![
                        J::str(&d.name),
                        J::Bool(d.has_name),
                        describe_arrow(bytes),
                    ])
                })
                .collect();
            vec![
                ("kind", J::str("vega_lite_chart")),
                ("spec", J::from(&spec)),
                ("data", data),
                ("datasets", J::Arr(datasets)),
                ("theme", J::str(&c.theme)),
                (
                    "use_container_width",
                    J::Bool(c.use_container_width.unwrap_or(false)),
                ),
                (
                    "selection_mode",
                    J::Arr(c.selection_mode.iter().map(J::str).collect()),
                ),
            ]
        }
        Type::PlotlyChart(c) => {
            let spec = serde_json::from_str(&c.spec).unwrap_or(serde_json::Value::Null);
            let config = serde_json::from_str(&c.config).unwrap_or(serde_json::Value::Null);
            let mut f = vec![
                ("kind", J::str("plotly_chart")),
                ("spec", J::from(&spec)),
                ("config", J::from(&config)),
                ("theme", J::str(&c.theme)),
                (
                    "selection_mode",
                    J::Arr(c.selection_mode.iter().map(J::str).collect()),
                ),
            ];
            if let Some(alt) = &c.alt {
                f.push(("alt", J::str(alt)));
            }
            f
        }
        Type::DeckGlJsonChart(c) => {
            let spec = serde_json::from_str(&c.json).unwrap_or(serde_json::Value::Null);
            let tooltip = c.tooltip.as_deref().map_or(serde_json::Value::Null, |t| {
                serde_json::from_str(t).unwrap_or(serde_json::Value::Null)
            });
            let modes = match deck_gl_json_chart::SelectionMode::try_from(c.selection_mode) {
                Ok(deck_gl_json_chart::SelectionMode::None) | Err(_) => vec![],
                Ok(mode) => vec![J::str(mode.as_str_name().to_lowercase())],
            };
            let mut f = vec![
                ("kind", J::str("deck_gl_json_chart")),
                ("json", J::from(&spec)),
                ("tooltip", J::from(&tooltip)),
                ("mapbox_token", J::str(&c.mapbox_token)),
                ("selection_mode", J::Arr(modes)),
            ];
            if let Some(key) = c.widget.as_ref().and_then(|w| user_key(&w.id)) {
                f.push(("key", J::str(key)));
            }
            if let Some(alt) = &c.alt {
                f.push(("alt", J::str(alt)));
            }
            f
        }
        Type::EchartsChart(c) => {
            let spec = serde_json::from_str(&c.spec).unwrap_or(serde_json::Value::Null);
            let renderer =
                e_charts_chart::Renderer::try_from(c.renderer).map_or("?", |r| r.as_str_name());
            let datasets = c
                .datasets
                .iter()
                .map(|d| {
                    let bytes = d.data.as_ref().map(|a| a.data.as_slice()).unwrap_or(&[]);
                    J::Arr(vec![
                        J::str(&d.name),
                        J::Bool(d.has_name),
                        describe_arrow(bytes),
                    ])
                })
                .collect();
            let id = c.widget.as_ref().map_or("", |w| w.id.as_str());
            let mut f = vec![
                ("kind", J::str("echarts_chart")),
                ("spec", J::from(&spec)),
                ("theme", J::str(&c.theme)),
                ("renderer", J::str(renderer)),
                ("datasets", J::Arr(datasets)),
                ("selecting", J::Bool(!id.is_empty())),
            ];
            if let Some(key) = user_key(id) {
                f.push(("key", J::str(key)));
            }
            if let Some(alt) = &c.alt {
                f.push(("alt", J::str(alt)));
            }
            f
        }
        Type::GraphvizChart(c) => {
            let mut f = vec![
                ("kind", J::str("graphviz_chart")),
                ("spec", J::str(&c.spec)),
                ("element_id", J::str(&c.element_id)),
                ("engine", J::str(&c.engine)),
            ];
            if let Some(alt) = &c.alt {
                f.push(("alt", J::str(alt)));
            }
            f
        }
        Type::DataEditor(d) => {
            let mut f = vec![("kind", J::str("data_editor"))];
            f.extend(arrow_fields(d.arrow_data.as_ref()));
            let columns = serde_json::from_str(&d.columns).unwrap_or(serde_json::Value::Null);
            f.push(("columns", J::from(&columns)));
            f.push((
                "column_order",
                J::Arr(d.column_order.iter().map(J::str).collect()),
            ));
            let mode =
                data_editor::EditingMode::try_from(d.editing_mode).map_or("?", |m| m.as_str_name());
            f.push(("editing_mode", J::str(mode)));
            let widget = d.widget.as_ref();
            f.push(("disabled", J::Bool(widget.is_some_and(|w| w.disabled))));
            f.push(("ignore_rerun", J::Bool(d.ignore_rerun)));
            if let Some(key) = widget.and_then(|w| user_key(&w.id)) {
                f.push(("key", J::str(key)));
            }
            if let Some(h) = d.row_height {
                f.push(("row_height", J::int(i64::from(h))));
            }
            if let Some(p) = &d.placeholder {
                f.push(("placeholder", J::str(p)));
            }
            if !d.button_click_widgets.is_empty() {
                f.push(("buttons", buttons_entry(&d.button_click_widgets)));
            }
            f
        }
        Type::Table(t) => {
            let mut f = vec![("kind", J::str("table"))];
            f.extend(arrow_fields(t.arrow_data.as_ref()));
            let border =
                table::BorderMode::try_from(t.border_mode).map_or("?", |b| b.as_str_name());
            f.push(("border", J::str(border)));
            f.push(("hide_index", J::Bool(t.hide_index)));
            f.push(("hide_header", J::Bool(t.hide_header)));
            f
        }
        widget => widget_fields(client, widget),
    }
}

/// The decoded Arrow payload (`data`) and a Styler's caption, CSS (its uuid as UUID) and display
/// values, decoded by the same helper the oracle uses (tests/conformance/arrow_table.py, run with
/// the oracle's Python), so both sides compare tables, not bytes.
fn arrow_fields(arrow: Option<&ArrowData>) -> Vec<(&'static str, J)> {
    let Some(arrow) = arrow else {
        return vec![("data", describe_arrow(&[]))];
    };
    let mut f = vec![("data", describe_arrow(&arrow.data))];
    if let Some(s) = &arrow.styler {
        let styles = if s.uuid.is_empty() {
            s.styles.clone()
        } else {
            s.styles.replace(&s.uuid, "UUID")
        };
        f.push((
            "styler",
            J::obj(vec![
                ("caption", J::str(&s.caption)),
                ("styles", J::str(styles)),
                ("display_values", describe_arrow(&s.display_values)),
            ]),
        ));
    }
    f
}

/// Button columns with a click widget: column -> the widget's key.
fn buttons_entry(widgets: &[rustlit::proto::ButtonClickWidget]) -> J {
    J::obj(
        widgets
            .iter()
            .map(|b| {
                let key = user_key(&b.widget_id).unwrap_or("");
                (b.column.as_str(), J::str(key))
            })
            .collect(),
    )
}

/// A lazy dataframe's fields; the source id (a fresh uuid each run) as whether there is one.
fn lazy_entry(lazy: &rustlit::proto::LazyDataframe) -> J {
    let mode = rustlit::proto::lazy_dataframe::AccessMode::try_from(lazy.access_mode)
        .map(|m| m.as_str_name())
        .unwrap_or("unknown");
    let row_count = match lazy.row_count {
        Some(n) => J::int(i64::try_from(n).unwrap_or(i64::MAX)),
        None => J::Null,
    };
    J::obj(vec![
        ("source_id", J::Bool(lazy.source_id.len() == 32)),
        ("row_count", row_count),
        ("page_size", J::int(i64::from(lazy.page_size))),
        ("access_mode", J::str(mode)),
        ("sortable", J::Bool(lazy.sortable)),
        ("initial_chunk", describe_arrow(&lazy.initial_chunk)),
    ])
}

/// [`decode_arrow`] once per distinct Arrow payload in this test process: most payloads repeat
/// (a data editor's input, for one, is the same bytes after every step of its script). Keyed by
/// the bytes themselves, so a hit is the same answer the decoder would give.
fn describe_arrow(data: &[u8]) -> J {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static DECODED: OnceLock<Mutex<HashMap<Vec<u8>, J>>> = OnceLock::new();
    let cache = DECODED.get_or_init(Default::default);
    if let Some(found) = cache.lock().unwrap_or_else(|e| e.into_inner()).get(data) {
        return found.clone();
    }
    let decoded = decode_arrow(data);
    cache
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(data.to_vec(), decoded.clone());
    decoded
}

/// The decoder (tests/conformance/arrow_table.py, the oracle's own) running for the whole test
/// process. A Python per payload cost an import of pyarrow each: `data_editor_inputs` spent over
/// 150 s in them, and while a test decodes it does not read its websocket, so under load the
/// server's ping timeout (20 s) could drop its session.
struct Decoder {
    _child: std::process::Child,
    input: std::process::ChildStdin,
    output: std::io::BufReader<std::process::ChildStdout>,
}

fn decode_arrow(data: &[u8]) -> J {
    use std::io::{BufRead as _, Write as _};
    use std::process::{Command, Stdio};
    use std::sync::{Mutex, OnceLock};
    static DECODER: OnceLock<Mutex<Decoder>> = OnceLock::new();
    let decoder = DECODER.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let venv_python = root.join(".venv-test/bin/python");
        let python = if venv_python.exists() {
            venv_python
        } else {
            "python3".into()
        };
        let mut child = Command::new(python)
            .arg(root.join("tests/conformance/arrow_table.py"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("run tests/conformance/arrow_table.py");
        let input = child.stdin.take().expect("piped stdin");
        let output = std::io::BufReader::new(child.stdout.take().expect("piped stdout"));
        Mutex::new(Decoder {
            _child: child,
            input,
            output,
        })
    });
    // Poisoned only by a failed decode, after which the decoder is gone and the next use fails
    // with its own message.
    let mut decoder = decoder.lock().unwrap_or_else(|e| e.into_inner());
    let length = u64::try_from(data.len()).expect("a payload length");
    decoder
        .input
        .write_all(&length.to_le_bytes())
        .and_then(|()| decoder.input.write_all(data))
        .and_then(|()| decoder.input.flush())
        .expect("send an Arrow stream to tests/conformance/arrow_table.py");
    let mut line = String::new();
    decoder
        .output
        .read_line(&mut line)
        .expect("tests/conformance/arrow_table.py answers");
    assert!(
        line.ends_with('\n'),
        "tests/conformance/arrow_table.py failed (see its traceback above)"
    );
    let value: serde_json::Value =
        serde_json::from_str(&line).expect("the Arrow decoder prints JSON");
    J::from(&value)
}

fn widget_fields(client: &Client, t: &element::Type) -> Vec<(&'static str, J)> {
    use element::Type;
    if let Type::LinkButton(_) = t {
        // A widget only with `on_click`; the snapshot is the same either way.
        let label = t.widget().map(|w| w.label.as_str()).unwrap_or_default();
        return vec![("kind", J::str("link_button")), ("label", J::str(label))];
    }
    let Some((id, initial, _)) = widget_spec(t) else {
        return vec![("kind", J::str("unknown"))];
    };
    let label = t.widget().map(|w| w.label.as_str()).unwrap_or_default();
    let key = user_key(&id);
    let kind = match t {
        Type::Button(_) | Type::FormSubmitButton(_) => "button",
        Type::Checkbox(w) if w.style == checkbox::Style::Toggle as i32 => "toggle",
        Type::Checkbox(_) => "checkbox",
        Type::Slider(_) => "slider",
        Type::TextInput(_) => "text_input",
        Type::NumberInput(_) => "number_input",
        Type::Selectbox(_) => "selectbox",
        Type::Radio(_) => "radio",
        Type::TextArea(_) => "text_area",
        Type::Multiselect(_) => "multiselect",
        Type::ColorPicker(_) => "color_picker",
        Type::ButtonGroup(_) => "button_group",
        Type::DateInput(_) => "date_input",
        Type::TimeInput(_) => "time_input",
        Type::DateTimeInput(_) => "date_time_input",
        Type::SelectSlider(_) => "select_slider",
        Type::DownloadButton(_) => {
            let mut f = vec![
                ("kind", J::str("download_button")),
                ("label", J::str(label)),
            ];
            f.extend(key.map(|key| ("key", J::str(key))));
            return f;
        }
        Type::ChatInput(w) => {
            let mut f = vec![
                ("kind", J::str("chat_input")),
                ("placeholder", J::str(&w.placeholder)),
            ];
            f.extend(key.map(|key| ("key", J::str(key))));
            return f;
        }
        Type::Feedback(_) => {
            let held = value_of(client, &id).cloned().or(initial);
            let index = match held {
                Some(Value::IntValue(i)) if i >= 0 => J::int(i),
                _ => J::Null,
            };
            let mut f = vec![("kind", J::str("feedback"))];
            f.extend(key.map(|key| ("key", J::str(key))));
            f.push(("value", index));
            return f;
        }
        Type::MenuButton(m) => {
            let label = m.widget.as_ref().map_or("", |w| w.label.as_str());
            let mut f = vec![
                ("kind", J::str("menu_button")),
                ("label", J::str(label)),
                ("options", J::Arr(m.options.iter().map(J::str).collect())),
            ];
            f.extend(key.map(|key| ("key", J::str(key))));
            return f;
        }
        Type::Pagination(p) => {
            let held = value_of(client, &id).cloned().or(initial);
            let page = match held {
                Some(Value::IntValue(i)) => J::int(i),
                _ => J::Null,
            };
            let mut f = vec![
                ("kind", J::str("pagination")),
                ("num_pages", J::int(p.num_pages.into())),
            ];
            f.extend(key.map(|key| ("key", J::str(key))));
            f.push(("value", page));
            return f;
        }
        _ => return vec![("kind", J::str("unknown"))],
    };
    let mut fields = vec![("kind", J::str(kind)), ("label", J::str(label))];
    fields.extend(key.map(|key| ("key", J::str(key))));
    if kind != "button" {
        let held = value_of(client, &id).cloned().or(initial);
        fields.push(("value", decode(t, held.as_ref())));
    }
    fields
}

/// st.space's size as the script gave it: a size name, "stretch" or pixels.
fn space_size(s: &rustlit::proto::Space) -> J {
    use rustlit::proto::space::Size;
    // 1.67's named sizes in rem (python/streamlit/elements/layouts.py).
    const NAMES: [(f64, &str); 7] = [
        (0.25, "xxsmall"),
        (0.5, "xsmall"),
        (0.75, "small"),
        (2.5, "medium"),
        (4.25, "large"),
        (6.0, "xlarge"),
        (8.0, "xxlarge"),
    ];
    match s.size {
        Some(Size::Rem(rem)) => NAMES
            .iter()
            .find(|(r, _)| (*r - rem).abs() < 1e-9)
            .map_or(J::float(rem), |(_, name)| J::str(*name)),
        Some(Size::Pixels(px)) => J::int(i64::from(px)),
        Some(Size::Stretch(_)) => J::str("stretch"),
        None => J::Null,
    }
}

/// The user key in an element id `$$ID-<hash>-<key>` ("None" = no key).
pub fn user_key(id: &str) -> Option<&str> {
    let key = id.splitn(3, '-').nth(2)?;
    (key != "None").then_some(key)
}

/// A wire value as the script sees it (options by label, ints as ints).
fn decode(t: &element::Type, value: Option<&Value>) -> J {
    use element::Type;
    let default = t
        .widget()
        .and_then(|w| w.default.as_ref())
        .and_then(|d| d.value.as_ref());
    // A held label that is no longer an option reads as the default, as the
    // page shows it (a selectbox accepting new options shows the typed text).
    let option = |options: &[String], accept_new: bool, v: Option<&Value>| match (v, default) {
        (Some(Value::StringValue(s)), _) if accept_new || options.contains(s) => J::str(s),
        (Some(Value::StringValue(_)), Some(Value::StringValue(d))) => J::str(d),
        _ => J::Null,
    };
    let default_len = match default {
        Some(Value::DoubleArrayValue(a)) => a.data.len(),
        Some(Value::StringArrayValue(a)) => a.data.len(),
        _ => 0,
    };
    match (t, value) {
        (Type::Checkbox(_), Some(Value::BoolValue(b))) => J::Bool(*b),
        (Type::Slider(s), Some(Value::DoubleArrayValue(a))) => {
            let num = |v: f64| match s.data_type {
                0 => J::int(v.round() as i64),
                1 => J::float(v),
                timelike => J::str(iso_from_micros(timelike, v as i64)),
            };
            let values: Vec<J> = a.data.iter().map(|v| num(*v)).collect();
            if default_len == 1 && values.len() == 1 {
                values.into_iter().next().expect("one value")
            } else {
                J::Arr(values)
            }
        }
        (Type::TextInput(_), Some(Value::StringValue(s))) => J::str(s),
        (Type::NumberInput(_), Some(Value::IntValue(i))) => J::int(*i),
        (Type::NumberInput(_), Some(Value::DoubleValue(d))) => J::float(*d),
        (Type::Selectbox(s), v) => option(&s.options, s.accept_new_options, v),
        (Type::Radio(r), v) => option(&r.options, false, v),
        (Type::TextArea(_) | Type::ColorPicker(_), Some(Value::StringValue(s))) => J::str(s),
        // Python's time.isoformat() always shows seconds.
        (Type::TimeInput(_), Some(Value::StringValue(s))) if s.len() == 5 => {
            J::str(format!("{s}:00"))
        }
        (Type::TimeInput(_), Some(Value::StringValue(s))) => J::str(s),
        // Held labels that are no longer options are not shown (nor given
        // to the script), unless new options are accepted.
        (Type::Multiselect(w), Some(Value::StringArrayValue(a))) => J::Arr(
            a.data
                .iter()
                .filter(|l| w.accept_new_options || w.options.contains(l))
                .map(J::str)
                .collect(),
        ),
        (Type::ButtonGroup(g), Some(Value::StringArrayValue(a))) => {
            let items: Vec<J> = a.data.iter().map(J::str).collect();
            match (g.multi_select, items.len()) {
                (true, _) => J::Arr(items),
                (false, 0) => J::Null,
                (false, _) => items.into_iter().next().expect("one"),
            }
        }
        (Type::SelectSlider(_), Some(Value::StringArrayValue(a))) => {
            let items: Vec<J> = a.data.iter().map(J::str).collect();
            if default_len == 2 {
                J::Arr(items)
            } else {
                items.into_iter().next().unwrap_or(J::Null)
            }
        }
        // Python's datetime.isoformat() shows the seconds the wire leaves out.
        (Type::DateTimeInput(_), Some(Value::StringArrayValue(a))) => a
            .data
            .first()
            .map_or(J::Null, |s| J::str(format!("{s}:00"))),
        (Type::DateInput(w), Some(Value::StringArrayValue(a))) => {
            let items: Vec<J> = a.data.iter().map(J::str).collect();
            if w.is_range {
                J::Arr(items)
            } else {
                items.into_iter().next().unwrap_or(J::Null)
            }
        }
        _ => J::Null,
    }
}

/// A date/time slider value (wall-clock microseconds since the epoch) as
/// Python's `isoformat()` shows the value the script gets: DATETIME (2)
/// "2024-05-17T09:30:00", DATE (3) "2024-05-17", TIME (4) "09:30:00".
fn iso_from_micros(data_type: i32, micros: i64) -> String {
    let secs = micros.div_euclid(1_000_000);
    let frac = micros.rem_euclid(1_000_000);
    let (days, tod) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Days since 1970-01-01 to a civil date (proleptic Gregorian).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let date = format!("{year:04}-{month:02}-{day:02}");
    let mut time = format!("{:02}:{:02}:{:02}", tod / 3600, tod / 60 % 60, tod % 60);
    if frac != 0 {
        time.push_str(&format!(".{frac:06}"));
    }
    match data_type {
        3 => date,
        4 => time,
        _ => format!("{date}T{time}"),
    }
}
