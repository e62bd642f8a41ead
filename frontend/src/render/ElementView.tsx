//! One element of the tree inside its `stElementContainer` wrapper: marks it stale
//! (`data-stale`) while a run has not rewritten it yet, adds `st-key-<key>` for
//! keyed widgets, and renders the element through the element registry.
//!
//! The wrapper is rendered at once, also while a lazily loaded renderer's chunk
//! is still on its way (the Suspense fallback is empty and sits inside it), so
//! the DOM contract — container, key class, stale flag — holds from the first
//! frame and the widget's form membership is known before its renderer exists.
import { memo, Suspense, useContext } from "react";
import type { IElement } from "../proto";
import { RunContext } from "../app/context";
import type { ElementNode } from "../store/tree";
import { keyClass, userKeyFromId } from "../elements/shared/keys";
import { elementEntry, widgetSpec, type RowSizing } from "../registry/elements";
import { useForm } from "../elements/shared/form";
import { textAlignment, widthStyle } from "./size";
import { useWidgets } from "../app/context";
import { RendererBoundary } from "./RendererBoundary";

/** Renders the element itself; memoised on the element object (immutable in the tree). */
const ElementBody = memo(function ElementBody({ element }: { element: IElement }) {
  const found = elementEntry(element);
  if (!found) return <div className="st-unknown-element">Unsupported element</div>;
  const Render = found.entry.render;
  return (
    <RendererBoundary>
      <Suspense fallback={null}>
        <Render el={found.el} widthConfig={element.widthConfig} heightConfig={element.heightConfig} />
      </Suspense>
    </RendererBoundary>
  );
});

/** How the element shares a row (the class only matters inside st.container(horizontal=True)). */
function rowSizing(element: IElement, width: IElement["widthConfig"]): RowSizing {
  if (width?.pixelWidth || width?.useContent) return "content";
  if (width?.useStretch) return "stretch";
  const found = elementEntry(element);
  const row = found?.entry.row;
  if (!found || !row) return "stretch";
  return typeof row === "function" ? row(found.el) : row;
}

export function ElementView({ node }: { node: ElementNode }) {
  const run = useContext(RunContext);
  const stale = run.running && node.runId !== run.runId;
  const spec = widgetSpec(node.element);
  const form = useForm();
  const widgets = useWidgets();
  // Widgets below a form block hold their changes until the form is submitted.
  if (spec?.id) widgets.setForm(spec.id, spec.submitsForm ? "" : (form?.formId ?? ""));
  const key = keyClass(userKeyFromId(spec?.id));
  const classes = ["stElementContainer", "element-container", key];
  if (node.element.empty) classes.push("st-empty-container");
  // height="stretch" (charts and maps): the container grows into its block's free height.
  if (node.element.heightConfig?.useStretch) classes.push("st-height-stretch");
  const entry = elementEntry(node.element)?.entry;
  let width = node.element.widthConfig ?? entry?.width;
  classes.push(`st-row-${rowSizing(node.element, width)}`);
  if (entry?.sizesItself && width?.pixelWidth) width = { useContent: true };
  const align = textAlignment(node.element.textAlignmentConfig);
  if (align) classes.push(`st-align-${align}`);
  const style = align ? { ...widthStyle(width), textAlign: align } : widthStyle(width);
  return (
    <div className={classes.filter(Boolean).join(" ")} data-testid="stElementContainer" data-stale={stale ? "true" : "false"} style={style}>
      {/* A toast the run wrote again (even unchanged) shows again. */}
      <ElementBody key={node.element.toast ? node.runId : undefined} element={node.element} />
    </div>
  );
}
