"""The conformance corpus checked against real Streamlit 1.67 (the oracle).

Every script in `scripts/` runs through `streamlit.testing.v1.AppTest` with
the interactions written in its `# step:` comments; after the first run and
after each step the element tree is normalised (see README.md) and the list
of checkpoints is compared with `snapshots/<name>.json`, the same file the
Rust test `tests/it/conformance.rs` checks rustlit against.

`UPDATE_SNAPSHOTS=1 python -m pytest tests/conformance` rewrites the
snapshots from Streamlit's output. Run from the repository root in a venv
with `streamlit==1.67.0`; `import streamlit` must be the real package.
"""

from __future__ import annotations

import datetime
import json
import os
import re
import sys
import tomllib
from pathlib import Path
from typing import Any
from urllib import parse

import pytest

# The real Streamlit (rustlit's own package has no `streamlit.testing`):
# a missing oracle is a failure, not a skip.
from streamlit import config as st_config
from streamlit.dataframe import lazy_df_source
from streamlit.proto.GapSize_pb2 import GapSize
from streamlit.proto.WidgetStates_pb2 import WidgetState
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.runtime.scriptrunner_utils.script_requests import RerunData, ScriptRequests
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1 import element_tree as et
from streamlit.testing.v1 import local_script_runner as lsr

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from arrow_table import describe as describe_arrow  # noqa: E402  (shared with the rustlit side)

SCRIPTS = HERE / "scripts"
SNAPSHOTS = HERE / "snapshots"
KNOWN_DIFFERENCES = tomllib.loads((HERE / "known_differences.toml").read_text())
STEP = re.compile(r"^#\s*step:\s*(\w+)\s*(.*)$")
QUERY = re.compile(r"^#\s*query:(.*)$")


# ---------------------------------------------------------------- fragment runs
#
# AppTest only runs the whole script. A browser reruns only the fragment a
# widget belongs to (the fragment id of the widget's delta), so for those
# steps the oracle asks Streamlit's script runner for a fragment run (the
# same RerunData the browser's rerun_script makes) and lays the messages it
# produced over the page of the previous run: every node the fragments that
# ran had written (with what is inside it) goes unless the run writes it
# again, everything else stays, as the browser prunes after
# FINISHED_FRAGMENT_RUN_SUCCESSFULLY (nodes carry the fragment id). Which nodes the
# fragment run writes and with what content and values is Streamlit's own
# output.

_page_msgs: list[Any] = []  # the messages the page shows, after the last run
_next_fragment: list[str] = []  # set by apply_step for the next LocalScriptRunner.run
_original_run = lsr.LocalScriptRunner.run


def _recording_run(self: Any, widget_state: Any = None, query_params: Any = None, timeout: float = 3,
                   page_hash: str = "", context_info: Any = None) -> Any:
    fragment_id = _next_fragment.pop() if _next_fragment else None
    if fragment_id is None:
        tree = _original_run(self, widget_state, query_params, timeout, page_hash, context_info=context_info)
        if _last_started_fragments(self):
            # Callbacks turned the run into fragment reruns (st.rerun(scope=<key>)): the page keeps
            # everything else, as for a fragment run.
            return _merge_fragment_run(self)
        _page_msgs[:] = list(self.forward_msgs())
        return tree
    query_string = parse.urlencode(query_params, doseq=True) if query_params else ""
    # The runner starts with a full-run request queued: only the fragment's.
    self._requests = ScriptRequests()
    self.request_rerun(RerunData(
        widget_states=widget_state, query_string=query_string, page_script_hash=page_hash,
        context_info=context_info, fragment_id=fragment_id,
    ))
    try:
        if not self._script_thread:
            self.start()
        lsr.require_widgets_deltas(self, timeout)
    finally:
        self.join()
    return _merge_fragment_run(self)


def _last_started_fragments(runner: Any) -> list[str]:
    """The fragments the runner's last run ran (empty for a full run)."""
    started = [d for e, d in zip(runner.events, runner.event_data, strict=True)
               if e == lsr.ScriptRunnerEvent.SCRIPT_STARTED]
    return list(started[-1].get("fragment_ids_this_run") or []) if started else []


def _merge_fragment_run(runner: Any) -> Any:
    """The page after a fragment run: what the fragments wrote replaces what they wrote before."""
    new = [m for m in runner.forward_msgs() if m.HasField("delta")]
    started = [d for e, d in zip(runner.events, runner.event_data, strict=True)
               if e == lsr.ScriptRunnerEvent.SCRIPT_STARTED]
    if started and not started[-1].get("fragment_ids_this_run"):
        # The fragment asked for a full run (st.rerun()): that run is the page.
        _page_msgs[:] = new
        return lsr.parse_tree_from_messages(_page_msgs)
    # The fragments that ran: the ones asked for and the ones they called.
    ran = set(_last_started_fragments(runner))
    ran |= {m.delta.fragment_id for m in new if m.delta.fragment_id}
    # What those fragments wrote before goes (with everything inside it);
    # what they write again comes back with the new messages.
    dropped = [list(m.metadata.delta_path) for m in _page_msgs if m.HasField("delta") and m.delta.fragment_id in ran]

    def gone(m: Any) -> bool:
        path = list(m.metadata.delta_path)
        return any(path[: len(d)] == d for d in dropped)

    _page_msgs[:] = [m for m in _page_msgs if not (m.HasField("delta") and gone(m))] + new
    return lsr.parse_tree_from_messages(_page_msgs)


lsr.LocalScriptRunner.run = _recording_run


def fragment_of(widget_id: str) -> str:
    """The fragment id of the delta that wrote the widget ("" = the script's body)."""
    for m in _page_msgs:
        if m.HasField("delta") and m.delta.WhichOneof("type") == "new_element":
            element = m.delta.new_element
            proto = getattr(element, element.WhichOneof("type"))
            if getattr(proto, "id", None) == widget_id:
                return m.delta.fragment_id
    return ""


# ---------------------------------------------------------------- steps


def parse_steps(source: str) -> list[tuple[str, list[Any]]]:
    """The `# step: verb args...` lines of a script; args are JSON values."""
    steps = []
    decoder = json.JSONDecoder()
    for line in source.splitlines():
        m = STEP.match(line.strip())
        if not m:
            continue
        verb, rest = m.group(1), m.group(2).strip()
        args = []
        while rest:
            value, end = decoder.raw_decode(rest)
            args.append(value)
            rest = rest[end:].strip()
        steps.append((verb, args))
    return steps


def describe(verb: str, args: list[Any]) -> str:
    return " ".join([verb, *(json.dumps(a, ensure_ascii=False) for a in args)])


# ---------------------------------------------------------------- data editors
#
# 1.67 sends st.data_editor as a `Dataframe` with an editing mode, which AppTest
# does not count as a widget: its state is not in `get_widget_states()`. The
# browser keeps the edit state and sends it with every rerun, so the oracle
# holds the states steps set and adds those of editors still on the page.

_editor_states: dict[str, WidgetState] = {}


def is_data_editor(node: Any) -> bool:
    proto = getattr(node, "proto", None)
    return type(proto).__name__ == "Dataframe" and proto.editing_mode != type(proto).EditingMode.READ_ONLY


def is_selecting_deck(node: Any) -> bool:
    """A chart with selections (pydeck, ECharts, Vega-Lite, Plotly): a widget AppTest does not count as one."""
    proto = getattr(node, "proto", None)
    name = type(proto).__name__
    if name in ("DeckGlJsonChart", "VegaLiteChart", "PlotlyChart"):
        return bool(proto.id)
    return name == "EChartsChart" and proto.selection_activated


_original_widget_states = et.ElementTree.get_widget_states


def _widget_states_with_editors(self: Any) -> Any:
    ws = _original_widget_states(self)
    on_page = {node.proto.id for node in self if is_data_editor(node) or is_selecting_deck(node)}
    ws.widgets.extend(s for wid, s in _editor_states.items() if wid in on_page)
    return ws


et.ElementTree.get_widget_states = _widget_states_with_editors


def find_widget(at: AppTest, target: str) -> et.Widget:
    """The first widget whose label (or `key=K`) matches; `sidebar:` limits to the sidebar."""
    root: et.Block = at._tree
    if target.startswith("sidebar:"):
        root, target = at.sidebar, target[len("sidebar:") :]
    for node in root:
        if ((is_data_editor(node) or is_selecting_deck(node)) and target.startswith("key=")
                and node.proto.id.endswith(f"-{target[4:]}")):
            return node
        if not isinstance(node, et.Widget):
            continue
        if target.startswith("key="):
            if node.key == target[4:]:
                return node
        elif getattr(node, "label", None) == target:
            return node
        elif node.type == "chat_input" and node.placeholder == target:
            # A chat input has no label: steps address it by its placeholder.
            return node
    raise AssertionError(f"no widget {target!r} on the page")


def widget_state(node: et.Widget, value: Any) -> WidgetState:
    """The WidgetState a browser sends when the user sets `node` to `value`.

    Selection widgets take the option's label, as the user picks it.
    """
    if is_data_editor(node) or is_selecting_deck(node):
        # The edit state or the deck's selection as the browser sends it (JSON text).
        ws = WidgetState(id=node.proto.id, string_value=json.dumps(value))
        _editor_states[node.proto.id] = ws
        return ws
    ws = WidgetState(id=node.id)
    if value is None:
        return ws
    if node.type in ("checkbox", "toggle"):
        ws.bool_value = bool(value)
    elif node.type == "slider":
        ws.double_array_value.data[:] = value if isinstance(value, list) else [value]
    elif node.type == "text_input":
        ws.string_value = value
    elif node.type == "number_input":
        ws.double_value = value
    elif node.type in ("selectbox", "radio"):
        assert value in node.options, f"{value!r} is not an option of {node.label!r}: {node.options}"
        ws.string_value = value
    elif node.type in ("text_area", "color_picker", "time_input"):
        ws.string_value = value
    elif node.type == "feedback":
        ws.string_value = str(value)
    elif node.type == "pagination":
        ws.int_value = int(value)
    elif node.type == "menu_button":
        ws.string_trigger_value.data = value
    elif node.type == "chat_input":
        # `set` types the message and presses Enter.
        ws.chat_input_value.data = value
    elif node.type in ("multiselect", "button_group", "select_slider", "date_input", "date_time_input"):
        ws.string_array_value.data[:] = value if isinstance(value, list) else [value]
    else:
        raise AssertionError(f"cannot set a {node.type}")
    return ws


def container_state(at: AppTest, key: str, value: Any) -> WidgetState:
    """What the browser sends when the user selects a tab (a label) or opens or closes an
    expander or popover (a bool) of a container that tracks its state (`set "container:K" v`)."""
    for node in at._tree:
        proto = getattr(node, "proto", None)
        if not isinstance(node, et.Block) or proto is None:
            continue
        if isinstance(node, et.Expander):
            wid = proto.id
        elif type(node) is et.Block and proto.WhichOneof("type") in ("tab_container", "popover"):
            wid = getattr(proto, proto.WhichOneof("type")).id
        else:
            continue
        if wid and wid.endswith(f"-{key}"):
            ws = WidgetState(id=wid)
            if isinstance(value, bool):
                ws.bool_value = value
            else:
                ws.string_value = value
            return ws
    raise AssertionError(f"no container with key {key!r} that tracks its state")


def apply_step(at: AppTest, verb: str, args: list[Any], pending: list[tuple[str, WidgetState]]) -> None:
    """Plays one step; `fill` only records a form widget's value in `pending`
    (with its form id), `submit` sends those of the submit button's form."""
    if verb == "rerun":
        at.run()
        return
    if verb == "set" and args[0].startswith("container:"):
        change = container_state(at, args[0][len("container:"):], args[1])
        states = at._tree.get_widget_states()
        kept = [w for w in states.widgets if w.id != change.id]
        del states.widgets[:]
        states.widgets.extend([*kept, change])
        at._run(states)
        return
    if verb == "page":
        at.switch_page(args[0]).run()
        return
    if verb == "click_cell":
        # A button cell of the keyed ButtonColumn: its click widget gets {"row", "label"} once.
        key = args[0][len("key="):]
        wid = next(w for node in at._tree if type(getattr(node, "proto", None)).__name__ == "Dataframe"
                   for w in node.proto.button_click_widgets.values() if w.endswith(f"-{key}"))
        states = at._tree.get_widget_states()
        states.widgets.append(WidgetState(id=wid, string_trigger_value={"data": json.dumps(args[1])}))
        at._run(states)
        return
    if verb == "component":
        # What a components v2 component's JavaScript sends: its whole state and one moment's events.
        key = args[0][len("key="):]
        wid = next(node.proto.id for node in at._tree if type(getattr(node, "proto", None)).__name__ == "BidiComponent"
                   and node.proto.id.endswith(f"-{key}"))
        states = at._tree.get_widget_states()
        changes = []
        if "state" in args[1]:
            changes.append(WidgetState(id=wid, json_value=json.dumps(args[1]["state"])))
        if "events" in args[1]:
            events_id = f"$$STREAMLIT_INTERNAL_KEY_{wid}__events"
            changes.append(WidgetState(id=events_id, json_trigger_value=json.dumps(args[1]["events"])))
        kept = [w for w in states.widgets if w.id not in {c.id for c in changes}]
        del states.widgets[:]
        states.widgets.extend([*kept, *changes])
        at._run(states)
        return
    node = find_widget(at, args[0])
    held = is_data_editor(node) or is_selecting_deck(node)
    node_id = node.proto.id if held else node.id
    if verb == "fill":
        pending[:] = [(f, w) for f, w in pending if w.id != node_id]
        state = widget_state(node, args[1])
        if held:
            # Held by the browser only once the form is submitted.
            _editor_states.pop(node_id, None)
        pending.append((node.proto.form_id, state))
        return
    states = at._tree.get_widget_states()
    if verb == "click":
        changes = [WidgetState(id=node.id, trigger_value=True)]
    elif verb == "submit":
        form = node.proto.form_id
        changes = [w for f, w in pending if f == form]
        for w in changes:
            if w.HasField("string_value"):
                _editor_states[w.id] = w
        changes.append(WidgetState(id=node.id, trigger_value=True))
        pending[:] = [(f, w) for f, w in pending if f != form]
    elif verb == "set":
        changes = [widget_state(node, args[1])]
    else:
        raise AssertionError(f"unknown step verb {verb!r}")
    changed = {c.id for c in changes}
    kept = [w for w in states.widgets if w.id not in changed]
    del states.widgets[:]
    states.widgets.extend([*kept, *changes])
    fragment_id = fragment_of(node_id)
    if fragment_id:
        _next_fragment.append(fragment_id)
    at._run(states)


# ---------------------------------------------------------------- lazy dataframes
#
# 1.67 keeps every dataframe eager under AppTest (`global.appTest`: AppTest reads a dataframe's
# values from its element). The `dataframe_lazy*` scripts check the lazy element itself, so for
# them the decision sees a server run; AppTest's mock runtime has the source manager it needs.

_lazy_run = [False]


class _ConfigSeenByLazyDecision:
    def __getattr__(self, name: str) -> Any:
        return getattr(st_config, name)

    def get_option(self, key: str) -> Any:
        if key == "global.appTest" and _lazy_run[0]:
            return False
        return st_config.get_option(key)


lazy_df_source.config = _ConfigSeenByLazyDecision()


# ---------------------------------------------------------------- media files
#
# Media URLs differ between servers; a snapshot names a stored file by the
# type and size it is served with. AppTest's storage is recorded as files go in.

_media_files: dict[str, tuple[str, int]] = {}
_original_load = MemoryMediaFileStorage.load_and_get_id


def _recording_load(self: Any, path_or_data: Any, mimetype: str, kind: Any, filename: Any = None) -> str:
    file_id = _original_load(self, path_or_data, mimetype, kind, filename)
    stored = self._files_by_id[file_id]
    _media_files[file_id] = (stored.mimetype, len(stored.content))
    return file_id


MemoryMediaFileStorage.load_and_get_id = _recording_load


def media(url: str) -> Any:
    """A stored file as {"type", "size"}; any other URL as it is."""
    match = re.match(r"^/mock/media/([0-9a-f]+)(\.\w+)?$", url)
    if match is None:
        return url
    mime, size = _media_files.get(match.group(1), ("missing", 0))
    return {"type": mime, "size": size}


def media_entry(node: Any) -> dict[str, Any] | None:
    """st.image / st.audio / st.video as the user gets them: each file, caption and playback setting."""
    proto = node.proto
    if node.type == "image":  # an ImageList
        return {"kind": "image", "images": [{"caption": i.caption, "file": media(i.url)} for i in proto.imgs]}
    if node.type == "audio":
        return {"kind": "audio", "file": media(proto.url), "start_time": proto.start_time,
                "end_time": proto.end_time or None, "loop": proto.loop,
                "autoplay": proto.autoplay}
    if node.type == "video":
        return {"kind": "video", "file": media(proto.url), "youtube": proto.type == proto.Type.YOUTUBE_IFRAME,
                "start_time": proto.start_time, "end_time": proto.end_time or None,
                "loop": proto.loop, "autoplay": proto.autoplay, "muted": proto.muted,
                "subtitles": [{"label": t.label, "file": media(t.url)} for t in proto.subtitles]}
    return None


# ---------------------------------------------------------------- normalising


def widget_value(node: et.Widget) -> Any:
    """The value the user sees, in the snapshot's JSON form."""
    value = node.value
    if node.type in ("selectbox", "radio"):
        return None if node.index is None else node.options[node.index]
    if node.type in ("multiselect", "select_slider", "button_group") and value is not None:
        # As the browser holds them: the option labels (after format_func).
        labels = list(node._widget_state.string_array_value.data)
        if node.type == "multiselect" or isinstance(value, (list, tuple)):
            return labels
        return labels[0] if labels else None
    return plain(value)


def plain(value: Any) -> Any:
    """Tuples as lists, dates and times as ISO strings."""
    if isinstance(value, (tuple, list)):
        return [plain(v) for v in value]
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return value


def block_entry(block: et.Block) -> tuple[str, dict[str, Any]]:
    """(path segment kind, extra fields) of a container."""
    if isinstance(block, et.Column):
        return "column", {}
    if isinstance(block, (et.Expander, et.Status)):
        icon = block.proto.icon  # st.status: "spinner", then its check or error icon
        extra = {"label": block.label, **({"icon": icon} if icon else {})}
        if block.proto.id:  # a stateful expander: whether the page shows it open
            extra["expanded"] = block.proto.expanded
        if block.proto.type:  # 1.67's `type`, when not the default look
            extra["type"] = type(block.proto).Type.Name(block.proto.type)
        return "expander", extra
    if isinstance(block, et.Tab):
        return "tab", {"label": block.label}
    if isinstance(block, et.ChatMessage):
        return "chat_message", {"name": block.name, "avatar": block.avatar}
    proto = block.proto
    if block.type == "grid_container":
        return block.type, grid_fields(proto)
    if proto is not None and proto.HasField("grid_cell"):  # a vertical flex container that is a cell
        return "grid_cell", grid_fields(proto)
    if proto is not None and proto.WhichOneof("type") == "tab_container" and proto.tab_container.id:
        return "tab_container", {"selected": proto.tab_container.default_tab_index}
    if proto is not None and proto.WhichOneof("type") == "popover" and proto.popover.id:
        return "popover", {"open": proto.popover.open}
    if proto is not None and proto.WhichOneof("type") == "flex_container":
        flex = proto.flex_container
        horizontal = flex.direction == flex.Direction.HORIZONTAL
        return ("columns" if horizontal else "container"), flex_layout(proto)
    return block.type, {}


def gap_name(gap_config: Any) -> str:
    if gap_config.HasField("pixel_gap"):
        return f"{gap_config.pixel_gap}px"
    return GapSize.Name(gap_config.gap_size).lower() if gap_config.gap_size else "small"


def grid_fields(proto: Any) -> dict[str, Any]:
    """st.grid's options (AppTest hands over the GridContainer message itself) and a cell's spans."""
    if proto.DESCRIPTOR.name == "GridContainer":
        return {"grid": {
            "columns": proto.columns or "auto",
            "min_column_width": proto.min_column_width_px or "auto",
            "wrap": proto.wrap,
            "gap": [gap_name(proto.row_gap_config), gap_name(proto.column_gap_config)],
            "vertical_alignment": ["top", "center", "bottom"][proto.vertical_alignment],
            "border": proto.border,
            "row_height": proto.row_height_config.pixel_height if proto.row_height_mode else "content",
            "dense": proto.dense,
        }}
    cell = proto.grid_cell if proto.DESCRIPTOR.name == "Block" else proto
    return {"cell": {"column_span": "all" if cell.column_span_all else max(cell.column_span, 1),
                     "row_span": max(cell.row_span, 1)}}


def flex_layout(proto: Any) -> dict[str, Any]:
    """A container's layout options, when it has any to compare: every row of
    st.container(horizontal=True), and a vertical st.container whose gap or
    alignment is not the default. A row of st.columns (cross-axis STRETCH,
    which st.container never sends) compares by its columns alone."""
    flex = proto.flex_container
    horizontal = flex.direction == flex.Direction.HORIZONTAL
    if horizontal and flex.align == flex.Align.STRETCH:
        return {}
    gap = gap_name(flex.gap_config)
    justify = {0: "", 1: "start", 2: "end", 3: "center", 4: "space_between"}[flex.justify]
    align = {0: "", 1: "start", 2: "end", 3: "center"}.get(flex.align, "")
    layout = {"gap": gap, "justify": justify, "align": align}
    if horizontal:
        layout["wrap"] = flex.wrap
    elif layout == {"gap": "small", "justify": "start", "align": "start"}:
        return {}
    if proto.width_config.WhichOneof("width_spec") == "pixel_width":
        layout["width"] = proto.width_config.pixel_width
    return {"layout": layout}


def arrow_entry(arrow_data: Any) -> dict[str, Any]:
    """The decoded table, and a Styler's caption, CSS (its random uuid as UUID) and display values."""
    entry: dict[str, Any] = {"data": describe_arrow(arrow_data.data)}
    if arrow_data.HasField("styler"):
        styler = arrow_data.styler
        entry["styler"] = {
            "caption": styler.caption,
            "styles": styler.styles.replace(styler.uuid, "UUID") if styler.uuid else styler.styles,
            "display_values": describe_arrow(styler.display_values),
        }
    return entry


def buttons_entry(proto: Any) -> dict[str, str]:
    """Button columns with a click widget: column -> the widget's key."""
    return {column: wid.split("-", 2)[2] for column, wid in sorted(proto.button_click_widgets.items())}


def lazy_entry(lazy: Any) -> dict[str, Any]:
    """A lazy dataframe's fields; the source id (a fresh uuid each run) as whether there is one."""
    return {"source_id": len(lazy.source_id) == 32,
            "row_count": lazy.row_count if lazy.HasField("row_count") else None,
            "page_size": lazy.page_size, "access_mode": type(lazy).AccessMode.Name(lazy.access_mode),
            "sortable": lazy.sortable, "initial_chunk": describe_arrow(lazy.initial_chunk.data)}


def data_entry(proto: Any) -> dict[str, Any] | None:
    """st.dataframe, st.table, Vega-Lite and Plotly charts, from their 1.67 protos (`Dataframe`, `Table`,
    `VegaLiteChart`, `PlotlyChart`)."""
    name = type(proto).__name__
    if name == "Dataframe" and proto.editing_mode == type(proto).EditingMode.READ_ONLY:
        entry = {"kind": "dataframe", **arrow_entry(proto.arrow_data), "columns": json.loads(proto.columns or "{}"),
                 "column_order": list(proto.column_order)}
        if proto.HasField("row_height"):
            entry["row_height"] = proto.row_height
        if proto.HasField("placeholder"):
            entry["placeholder"] = proto.placeholder
        if proto.HasField("lazy_data"):
            entry["lazy_data"] = lazy_entry(proto.lazy_data)
        if proto.button_click_widgets:
            entry["buttons"] = buttons_entry(proto)
        return entry
    if name == "VegaLiteChart":
        return {"kind": "vega_lite_chart", "spec": json.loads(proto.spec),
                "data": describe_arrow(proto.data.data) if proto.data.data else None,
                "datasets": [[d.name, d.has_name, describe_arrow(d.data.data)] for d in proto.datasets],
                "theme": proto.theme, "use_container_width": proto.use_container_width,
                "selection_mode": list(proto.selection_mode)}
    if name == "GraphVizChart":
        entry = {"kind": "graphviz_chart", "spec": proto.spec, "element_id": proto.element_id, "engine": proto.engine}
        if proto.HasField("alt"):
            entry["alt"] = proto.alt
        return entry
    if name == "PlotlyChart":
        modes = type(proto).SelectionMode
        entry = {"kind": "plotly_chart", "spec": json.loads(proto.spec), "config": json.loads(proto.config),
                 "theme": proto.theme, "selection_mode": sorted(modes.Name(m).lower() for m in proto.selection_mode)}
        if proto.HasField("alt"):
            entry["alt"] = proto.alt
        return entry
    if name == "EChartsChart":
        entry = {"kind": "echarts_chart", "spec": json.loads(proto.spec), "theme": proto.theme,
                 "renderer": type(proto).Renderer.Name(proto.renderer),
                 "datasets": [[d.name, d.has_name, describe_arrow(d.data.data)] for d in proto.datasets],
                 "selecting": proto.selection_activated}
        key = proto.id.split("-", 2)[2] if proto.selection_activated and proto.id.count("-") >= 2 else "None"
        if key != "None":
            entry["key"] = key
        if proto.HasField("alt"):
            entry["alt"] = proto.alt
        return entry
    if name == "DeckGlJsonChart":
        modes = type(proto).SelectionMode
        entry = {"kind": "deck_gl_json_chart", "json": json.loads(proto.json),
                 "tooltip": json.loads(proto.tooltip) if proto.tooltip else None,
                 "mapbox_token": proto.mapbox_token,
                 "selection_mode": [modes.Name(m).lower() for m in proto.selection_mode]}
        key = proto.id.split("-", 2)[2] if proto.id.count("-") >= 2 else "None"
        if key != "None":
            entry["key"] = key
        if proto.HasField("alt"):
            entry["alt"] = proto.alt
        return entry
    if name == "Dataframe" and proto.editing_mode != type(proto).EditingMode.READ_ONLY:
        entry = {"kind": "data_editor", **arrow_entry(proto.arrow_data), "columns": json.loads(proto.columns or "{}"),
                 "column_order": list(proto.column_order),
                 "editing_mode": type(proto).EditingMode.Name(proto.editing_mode), "disabled": proto.disabled,
                 "ignore_rerun": proto.ignore_rerun}
        key = proto.id.split("-", 2)[2] if proto.id.count("-") >= 2 else "None"
        if key != "None":
            entry["key"] = key
        if proto.HasField("row_height"):
            entry["row_height"] = proto.row_height
        if proto.HasField("placeholder"):
            entry["placeholder"] = proto.placeholder
        if proto.button_click_widgets:
            entry["buttons"] = buttons_entry(proto)
        return entry
    if name == "Table":
        return {"kind": "table", **arrow_entry(proto.arrow_data),
                "border": type(proto).BorderMode.Name(proto.border_mode),
                "hide_index": proto.hide_index, "hide_header": proto.hide_header}
    return None


# st.badge's body: 1.67 writes it as markdown without setting `wrap`.
_LONE_BADGE = re.compile(r":[a-z]+-badge\[.*\]", re.DOTALL)


def unwrapped(proto: Any) -> dict[str, Any]:
    """`wrap=False` on a text element. The commands with a `wrap` parameter set it either way; st.latex
    and st.badge leave it unset (false on the wire) without meaning one line, so they never count."""
    if proto.wrap:
        return {}
    if proto.DESCRIPTOR.name == "Markdown" and (
        proto.element_type == type(proto).LATEX or _LONE_BADGE.fullmatch(proto.body)
    ):
        return {}
    return {"wrap": False}


def with_media(value: Any) -> Any:
    """Stored-file URLs anywhere in a JSON value as {"type", "size"}."""
    if isinstance(value, str):
        return media(value)
    if isinstance(value, list):
        return [with_media(v) for v in value]
    if isinstance(value, dict):
        return {k: with_media(v) for k, v in value.items()}
    return value


def bidi_entry(p: Any) -> dict[str, Any]:
    """A components v2 component: its name, user key, style isolation and data."""
    entry: dict[str, Any] = {"kind": "bidi_component", "name": p.component_name}
    key = p.id.split("-", 2)[2] if p.id.count("-") >= 2 else "None"
    if key != "None":
        entry["key"] = key
    entry["isolate_styles"] = p.isolate_styles
    which = p.WhichOneof("data")
    if which == "json":
        entry["data"] = with_media(json.loads(p.json))
    elif which == "bytes":
        entry["data"] = {"bytes": len(p.bytes)}
    elif which is not None:
        entry["data"] = which
    return entry


def element_entry(node: Any) -> dict[str, Any]:
    data = data_entry(getattr(node, "proto", None))
    if data is not None:
        return data
    if node.type in ("image", "audio", "video"):
        found = media_entry(node)
        if found is not None:
            return found
    if node.type == "metric":
        p = node.proto
        entry = {"kind": "metric", "label": p.label, "body": p.body, "delta": p.delta}
        if p.chart_data:
            entry["chart_data"] = list(p.chart_data)
            entry["chart_type"] = type(p).ChartType.Name(p.chart_type)
        return entry
    if node.type == "link_button":
        return {"kind": "link_button", "label": node.proto.label}
    if node.type == "page_link":
        return {"kind": "page_link", "label": node.proto.label, "page": node.proto.page}
    if node.type == "download_button":
        entry = {"kind": "download_button", "label": node.label}
        return {**entry, "key": node.key} if node.key is not None else entry
    if node.type == "chat_input":
        entry = {"kind": "chat_input", "placeholder": node.placeholder}
        return {**entry, "key": node.key} if node.key is not None else entry
    if node.type == "menu_button":
        # The choice is a one-shot value: the script's output shows what it returned.
        entry = {"kind": "menu_button", "label": node.label, "options": list(node.proto.options)}
        return {**entry, "key": node.key} if node.key is not None else entry
    if node.type == "pagination":
        entry = {"kind": "pagination", "num_pages": node.proto.num_pages}
        if node.key is not None:
            entry["key"] = node.key
        return {**entry, "value": node.value}
    if node.type == "feedback":
        entry = {"kind": "feedback"}
        if node.key is not None:
            entry["key"] = node.key
        return {**entry, "value": node.value}
    if isinstance(node, et.Widget):
        entry: dict[str, Any] = {"kind": node.type, "label": node.label}
        if node.key is not None:
            entry["key"] = node.key
        if node.type != "button":
            entry["value"] = widget_value(node)
        return entry
    if isinstance(node, et.HeadingBase):
        entry = {"kind": node.type, "body": node.proto.body}
        if node.proto.icon:
            entry["icon"] = node.proto.icon
        return {**entry, **unwrapped(node.proto)}
    if isinstance(node, et.Divider):
        return {"kind": "divider"}
    if isinstance(node, (et.Caption, et.Markdown)):
        return {"kind": node.type, "body": node.proto.body, **unwrapped(node.proto)}
    if isinstance(node, et.Text):
        return {"kind": "text", "body": node.proto.body, **unwrapped(node.proto)}
    if isinstance(node, et.Code):
        return {"kind": "code", "body": node.proto.code_text, "language": node.proto.language}
    if isinstance(node, et.Json):
        entry = {"kind": "json", "body": json.loads(node.proto.body)}
        if not node.proto.expanded:
            entry["expanded"] = False
        if node.proto.HasField("max_expand_depth"):
            entry["depth"] = node.proto.max_expand_depth
        return entry
    if isinstance(node, et.AlertBase):
        entry = {"kind": node.type, "body": node.proto.body}
        if node.proto.icon:
            entry["icon"] = node.proto.icon
        return entry
    if isinstance(node, et.Exception):
        return {"kind": "exception", "type": node.proto.type, "message": node.proto.message}
    if isinstance(node, et.Space):
        return {"kind": "space", "size": node.size}
    if node.type == "help_info":
        p = node.proto
        return {"kind": "help_info", "name": p.name, "type": p.type, "value": p.value, "doc": p.doc_string,
                "members": [[m.name, m.type, m.value, m.doc_string] for m in p.members]}
    if node.type == "bidi_component":
        return bidi_entry(node.proto)
    if node.type == "html":
        if node.proto.unsafe_allow_javascript:  # rustlit keeps that document on the component origin
            return {"kind": "html", "javascript": True}
        return {"kind": "html", "body": node.proto.body}
    return {"kind": node.type}


def normalise(at: AppTest) -> list[dict[str, Any]]:
    """The page as a flat list in document order; `at` is the container path."""
    out: list[dict[str, Any]] = []

    def walk(block: et.Block, at_path: str) -> None:
        for index in sorted(block.children):
            child = block.children[index]
            if isinstance(child, et.Block):
                kind, extra = block_entry(child)
                out.append({"at": at_path, "kind": kind, **extra})
                walk(child, f"{at_path}/{kind}#{index}")
            else:
                out.append({"at": at_path, **element_entry(child)})

    walk(at.main, "main")
    walk(at.sidebar, "sidebar")
    event = at._tree.children.get(2)
    if event is not None:
        walk(event, "event")
    bottom = at._tree.children.get(3)
    if bottom is not None:
        walk(bottom, "bottom")
    return out


def query_directive(source: str) -> str | None:
    """The `# query: a=1&b=2` line: the URL query string the first run starts with."""
    for line in source.splitlines():
        m = QUERY.match(line.strip())
        if m:
            return m.group(1).strip()
    return None


def query_pairs(at: AppTest) -> list[list[str]]:
    """The query string AppTest holds after a run, as decoded [key, value] pairs."""
    encoded = parse.urlencode(at.query_params, doseq=True)
    return [[k, v] for k, v in parse.parse_qsl(encoded, keep_blank_values=True)]


def checkpoints(name: str) -> list[dict[str, Any]]:
    path = SCRIPTS / f"{name}.py"
    source = path.read_text()
    at = AppTest.from_file(str(path), default_timeout=30)
    _lazy_run[0] = name.startswith("dataframe_lazy")
    query = query_directive(source)
    if query is not None:
        for key, values in parse.parse_qs(query, keep_blank_values=True).items():
            at.query_params[key] = values[0] if len(values) == 1 else values

    def checkpoint(after: str) -> dict[str, Any]:
        entry: dict[str, Any] = {"after": after, "elements": normalise(at)}
        if query is not None:
            entry["query"] = query_pairs(at)
        return entry

    at.run()
    result = [checkpoint("first run")]
    pending: list[tuple[str, WidgetState]] = []
    for verb, args in parse_steps(source):
        apply_step(at, verb, args, pending)
        result.append(checkpoint(describe(verb, args)))
    return result


# ---------------------------------------------------------------- comparing


def strictly_equal(a: Any, b: Any) -> bool:
    """JSON equality that tells 1 from 1.0 and True from 1."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(strictly_equal(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(strictly_equal(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def dump(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


NAMES = sorted(p.stem for p in SCRIPTS.glob("*.py"))


@pytest.mark.parametrize("name", NAMES)
def test_streamlit_matches_snapshot(name: str) -> None:
    _editor_states.clear()
    actual = checkpoints(name)
    snapshot = SNAPSHOTS / f"{name}.json"
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        snapshot.write_text(dump(actual))
        return
    assert snapshot.exists(), f"no snapshot {snapshot.name}: run with UPDATE_SNAPSHOTS=1"
    expected = json.loads(snapshot.read_text())
    if not strictly_equal(actual, expected):
        # pytest shows a readable diff of the two texts.
        assert dump(actual) == dump(expected)


def test_known_differences_name_existing_scripts() -> None:
    for name, entry in KNOWN_DIFFERENCES.items():
        assert name in NAMES, f"known_differences.toml names a missing script {name!r}"
        assert entry.get("reason"), f"{name}: a known difference needs a reason"
