//! One element of the tree inside its `stElementContainer` wrapper: marks it stale
//! (`data-stale`) while a run has not rewritten it yet, adds `st-key-<key>` for
//! keyed widgets, and picks the renderer for the element's type.
import { memo, useContext } from "react";
import type { IElement } from "../proto";
import { RunContext } from "../app/context";
import type { ElementNode } from "../store/tree";
import { keyClass, userKeyFromId } from "../elements/shared/keys";
import { widgetSpec } from "../widgets/widgetManager";
import { Heading } from "../elements/text/Heading";
import { Markdown } from "../elements/text/Markdown";
import { Text } from "../elements/text/Text";
import { Code } from "../elements/text/Code";
import { JsonElement } from "../elements/text/Json";
import { Alert } from "../elements/status/Alert";
import { ExceptionElement } from "../elements/status/Exception";
import { Empty } from "../elements/text/Empty";
import { Button } from "../elements/widgets/Button";
import { Checkbox } from "../elements/widgets/Checkbox";
import { Slider } from "../elements/widgets/Slider";
import { TextInput } from "../elements/widgets/TextInput";
import { NumberInput } from "../elements/widgets/NumberInput";
import { Selectbox } from "../elements/widgets/Selectbox";
import { Radio } from "../elements/widgets/Radio";
import { IFrame } from "../elements/components/IFrame";
import { CustomComponent } from "../elements/components/CustomComponent";
import { renderInputElement } from "../elements/inputElements";
import { useForm } from "../elements/shared/form";
import { useWidgets } from "../app/context";

function renderElement(el: IElement): React.ReactNode {
  if (el.heading) return <Heading el={el.heading} />;
  if (el.markdown) return <Markdown el={el.markdown} />;
  if (el.text) return <Text el={el.text} />;
  if (el.code) return <Code el={el.code} />;
  if (el.json) return <JsonElement el={el.json} />;
  if (el.alert) return <Alert el={el.alert} />;
  if (el.exception) return <ExceptionElement el={el.exception} />;
  if (el.empty) return <Empty />;
  if (el.button) return <Button el={el.button} />;
  if (el.checkbox) return <Checkbox el={el.checkbox} />;
  if (el.slider) return <Slider el={el.slider} />;
  if (el.textInput) return <TextInput el={el.textInput} />;
  if (el.numberInput) return <NumberInput el={el.numberInput} />;
  if (el.selectbox) return <Selectbox el={el.selectbox} />;
  if (el.radio) return <Radio el={el.radio} />;
  if (el.iframe) return <IFrame el={el.iframe} />;
  if (el.componentInstance) return <CustomComponent el={el.componentInstance} />;
  const input = renderInputElement(el);
  if (input) return input;
  return <div className="st-unknown-element">Unsupported element</div>;
}

/** Renders the element itself; memoised on the element object (immutable in the tree). */
const ElementBody = memo(function ElementBody({ element }: { element: IElement }) {
  return <>{renderElement(element)}</>;
});

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
  return (
    <div className={classes.filter(Boolean).join(" ")} data-testid="stElementContainer" data-stale={stale ? "true" : "false"}>
      {/* A toast the run wrote again (even unchanged) shows again. */}
      <ElementBody key={node.element.toast ? node.runId : undefined} element={node.element} />
    </div>
  );
}
