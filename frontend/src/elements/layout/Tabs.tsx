//! st.tabs (`stTabs`): a tab bar over one panel per tab. Every panel is
//! rendered (so widgets in hidden tabs keep their state, as in Streamlit);
//! only the selected one is shown. Tabs that track their state (1.67's
//! `on_change`/`bind`, `tabContainer.id`) are a widget whose value is the
//! selected label: a click sends it (a rerun), and the tab the server
//! selected (`defaultIndex`, e.g. set through `st.session_state`) is adopted.
import { useEffect, useState } from "react";
import { useWidgets, useWidgetValue } from "../../app/context";
import type { BlockNode } from "../../store/tree";
import { keyClass } from "../shared/keys";
import { StreamlitMarkdown } from "../shared/StreamlitMarkdown";
import { VerticalBlock } from "../../render/BlockView";
import { blockHeight, widthStyle } from "../../render/size";
import "./tabs.css";

export function Tabs({ node }: { node: BlockNode }) {
  const tabs = node.children.filter((c): c is BlockNode => c.kind === "block" && !!c.block?.tab);
  const container = node.block?.tabContainer;
  const initial = container?.defaultIndex ?? 0;
  const [local, setLocal] = useState(initial < tabs.length ? initial : 0);
  const id = container?.id ?? "";
  const widgets = useWidgets();
  const held = useWidgetValue(id);
  const labels = tabs.map((t) => t.block?.tab?.label ?? "");
  const serverLabel = labels[initial];
  useEffect(() => {
    if (id && serverLabel !== undefined) widgets.adopt(id, { stringValue: serverLabel });
  }, [widgets, id, serverLabel, node.writtenIn]);
  let selected = local;
  if (id && held && "stringValue" in held && labels.includes(held.stringValue)) selected = labels.indexOf(held.stringValue);
  const current = selected < tabs.length ? selected : 0;
  const setSelected = (i: number) => {
    setLocal(i);
    if (id && i !== current) widgets.setValue(id, { stringValue: labels[i] ?? "" });
  };
  const height = blockHeight(node.block?.heightConfig);
  return (
    <div
      className={["stTabs", keyClass(node.block?.key), height.className].filter(Boolean).join(" ")}
      data-testid="stTabs"
      style={{ ...widthStyle(node.block?.widthConfig), ...height.style }}
    >
      <div className="st-tab-list" role="tablist" aria-orientation="horizontal">
        {tabs.map((tab, i) => (
          <button
            key={i}
            type="button"
            role="tab"
            className={`st-tab${i === current ? " st-tab-selected" : ""}`}
            data-testid="stTab"
            aria-selected={i === current}
            tabIndex={i === current ? 0 : -1}
            onClick={() => setSelected(i)}
            onKeyDown={(e) => {
              const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
              if (!step) return;
              e.preventDefault();
              const next = (current + step + tabs.length) % tabs.length;
              setSelected(next);
              (e.currentTarget.parentElement?.children[next] as HTMLElement | undefined)?.focus();
            }}
          >
            <StreamlitMarkdown body={tab.block?.tab?.label ?? ""} inline />
          </button>
        ))}
      </div>
      {tabs.map((tab, i) => (
        <div key={i} className="st-tab-panel" data-testid="stTabPanel" role="tabpanel" hidden={i !== current}>
          <VerticalBlock nodes={tab.children} />
        </div>
      ))}
    </div>
  );
}
