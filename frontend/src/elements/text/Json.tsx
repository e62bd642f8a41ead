//! st.json: a collapsible tree of the JSON text (`stJson`). Objects and arrays
//! toggle on click; `expanded=false` starts collapsed at the root and
//! `expanded=<n>` opens the first n levels.
import { useState } from "react";
import type { rustlit } from "../../proto";
import "./code.css";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function Scalar({ value }: { value: Json }) {
  if (value === null) return <span className="st-json-null">null</span>;
  if (typeof value === "string") return <span className="st-json-string">&quot;{value}&quot;</span>;
  if (typeof value === "number") return <span className="st-json-number">{value}</span>;
  return <span className="st-json-bool">{String(value)}</span>;
}

/** `openDepth`: how many levels from here start open (Infinity: all). */
function JsonNode({ name, value, openDepth }: { name?: string; value: Json; openDepth: number }) {
  const [open, setOpen] = useState(openDepth > 0);
  const label = name !== undefined ? <span className="st-json-key">&quot;{name}&quot; : </span> : null;
  if (value === null || typeof value !== "object") {
    return (
      <div className="st-json-row">
        {label}
        <Scalar value={value} />
      </div>
    );
  }
  const isArray = Array.isArray(value);
  const entries: [string, Json][] = isArray ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  const [lb, rb] = isArray ? ["[", "]"] : ["{", "}"];
  return (
    <div className="st-json-row">
      <span className="st-json-toggle" role="button" tabIndex={0} onClick={() => setOpen(!open)} onKeyDown={(e) => e.key === "Enter" && setOpen(!open)}>
        <span className={`st-json-caret${open ? " st-json-caret-open" : ""}`}>▶</span>
        {label}
        {lb}
      </span>
      {open ? (
        <div className="st-json-children">
          {entries.map(([k, v]) => (
            <JsonNode key={k} name={isArray ? undefined : k} value={v} openDepth={openDepth - 1} />
          ))}
        </div>
      ) : (
        <span className="st-json-ellipsis" onClick={() => setOpen(true)}>
          {" "}
          {entries.length} {entries.length === 1 ? "item" : "items"}{" "}
        </span>
      )}
      {rb}
    </div>
  );
}

export function JsonElement({ el }: { el: rustlit.IJson }) {
  let parsed: Json;
  try {
    parsed = JSON.parse(el.body ?? "null") as Json;
  } catch {
    return (
      <div className="stJson" data-testid="stJson">
        <pre className="st-json st-json-raw">{el.body}</pre>
      </div>
    );
  }
  return (
    <div className="stJson" data-testid="stJson">
      <div className="st-json">
        <JsonNode value={parsed} openDepth={!el.expanded ? 0 : (el.maxExpandDepth ?? Infinity)} />
      </div>
    </div>
  );
}
