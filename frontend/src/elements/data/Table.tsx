//! st.table: every row in a static HTML table (`stTable`), header rows from
//! the column levels, index columns as row headers, a Styler's CSS and caption.
//! Every cell, header and index label is Markdown, as in 1.67 (lists, headings and maths too).
import { useMemo } from "react";
import type { rustlit } from "../../proto";
import { StreamlitMarkdown } from "../shared/StreamlitMarkdown";
import { dataModel, decodeArrow, formatTableCell } from "./arrowTable";
import { parseStyler } from "./styler";

/** Words, numbers and single spaces or dots between them: Markdown would show them unchanged. */
const PLAIN = /^[\p{L}\p{N},'"%/@?;]+(?:[ .][\p{L}\p{N},'"%/@?;]+)*$/u;

/** A cell's text as Markdown. Most cells are plain words or numbers, and a large table has
 *  thousands: those skip the Markdown parser and get the same DOM it would give them. */
function CellText({ text }: { text: string }) {
  if (text === "" || PLAIN.test(text)) {
    return (
      <div data-testid="stMarkdownContainer" className="st-markdown">
        <p>{text}</p>
      </div>
    );
  }
  return <StreamlitMarkdown body={text} anchors={false} />;
}

export function Table({ el, heightConfig: height }: { el: rustlit.ITable; heightConfig?: rustlit.IHeightConfig | null }) {
  const model = useMemo(() => dataModel(decodeArrow(el.arrowData?.data)), [el.arrowData?.data]);
  const styler = useMemo(() => parseStyler(el.arrowData?.styler), [el.arrowData?.styler]);
  const columns = model.columns.filter((c) => !(c.isIndex && el.hideIndex));
  const data = model.columns.filter((c) => !c.isIndex);
  const levels = Math.max(1, ...columns.map((c) => c.headers.length));
  const border = el.borderMode === 1 ? "none" : el.borderMode === 2 ? "horizontal" : "all";
  const id = styler ? `T_${styler.uuid}` : undefined;
  const scroll: React.CSSProperties = {};
  if (height?.pixelHeight) Object.assign(scroll, { maxHeight: height.pixelHeight, overflow: "auto" });
  else if (height?.useStretch) Object.assign(scroll, { height: "100%", overflow: "auto" });
  return (
    <div className={`stTable st-table-border-${border}`} data-testid="stTable" aria-label={el.alt ?? undefined}>
      {styler?.css ? <style>{styler.css}</style> : null}
      <div className="st-table-frame" style={scroll}>
        <table className="stTableStyledTable" data-testid="stTableStyledTable" id={id}>
          {el.hideHeader ? null : (
            <thead>
              {Array.from({ length: levels }, (_, level) => (
                <tr key={level}>
                  {columns.map((c) => {
                    const title = c.isIndex ? (level === levels - 1 ? c.name : "") : (c.headers[level - (levels - c.headers.length)] ?? "");
                    return <th key={c.position} scope="col" className={c.isIndex ? "st-table-index-name" : undefined}><CellText text={title} /></th>;
                  })}
                </tr>
              ))}
            </thead>
          )}
          <tbody>
            {model.rows === 0 ? (
              <tr>
                <td className="stTableStyledEmptyTableCell" data-testid="stTableStyledEmptyTableCell" colSpan={Math.max(1, columns.length)}>empty</td>
              </tr>
            ) : Array.from({ length: model.rows }, (_, row) => (
              <tr key={row}>
                {columns.map((c) => {
                  const col = data.indexOf(c);
                  const styled = col >= 0 ? styler?.cellOf(row, col) : undefined;
                  const text = styled?.display ?? formatTableCell(c, c.value(row));
                  if (c.isIndex) return <th key={c.position} scope="row"><CellText text={text} /></th>;
                  const numeric = c.kind === "number" || c.kind === "decimal";
                  return (
                    <td key={c.position} id={id ? `${id}_row${row}_col${col}` : undefined} className={numeric ? "st-table-number" : undefined}>
                      <CellText text={text} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {styler?.caption ? <div className="st-table-caption" data-testid="stTableCaption">{styler.caption}</div> : null}
    </div>
  );
}
