//! st.tabs (`stTabs`): a tab bar over one panel per tab. Every panel is
//! rendered (so widgets in hidden tabs keep their state, as in Streamlit);
//! only the selected one is shown.
import { useState } from "react";
import type { BlockNode } from "../../store/tree";
import { keyClass } from "../shared/keys";
import { StreamlitMarkdown } from "../shared/StreamlitMarkdown";
import { VerticalBlock } from "../../render/BlockView";
import "./tabs.css";

export function Tabs({ node }: { node: BlockNode }) {
  const tabs = node.children.filter((c): c is BlockNode => c.kind === "block" && !!c.block?.tab);
  const initial = node.block?.tabContainer?.defaultIndex ?? 0;
  const [selected, setSelected] = useState(initial < tabs.length ? initial : 0);
  const current = selected < tabs.length ? selected : 0;
  return (
    <div className={["stTabs", keyClass(node.block?.key)].filter(Boolean).join(" ")} data-testid="stTabs">
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
