//! st.form (`stForm`): a bordered vertical block whose widgets hold their changes
//! until a submit button of the form is pressed. It provides the form's context
//! to its widgets (Enter-to-submit) and shows an error box when it has no
//! submit button, since its widgets could then never send anything.
import { useMemo } from "react";
import type { BlockNode, TreeNode } from "../../store/tree";
import { useWidgets } from "../../app/context";
import { FormContext, type FormInfo } from "../shared/form";
import { rustlit } from "../../proto";
import { Alert } from "../status/Alert";
import { VerticalBlock } from "../../render/BlockView";
import { blockHeight, widthStyle } from "../../render/size";

function submitButtons(nodes: readonly TreeNode[], out: string[] = []): string[] {
  for (const n of nodes) {
    if (n.kind === "element") {
      const b = n.element.formSubmitButton;
      const w = b?.widget;
      if (w?.id && !w.disabled) out.push(w.id);
    } else {
      submitButtons(n.children, out);
    }
  }
  return out;
}

function hasSubmitButton(nodes: readonly TreeNode[]): boolean {
  return nodes.some((n) => (n.kind === "element" ? !!n.element.formSubmitButton : hasSubmitButton(n.children)));
}

const MISSING_SUBMIT = `**Missing Submit Button**

This form has no submit button, so changes to its widgets will never reach the app.
Add one with \`st.form_submit_button()\`.`;

export function Form({ node }: { node: BlockNode }) {
  const form = node.block!.form!;
  const widgets = useWidgets();
  const formId = form.formId ?? "";
  const buttons = submitButtons(node.children);
  const first = buttons[0];
  const info: FormInfo = useMemo(
    () => ({
      formId,
      enterToSubmit: !!form.enterToSubmit,
      clearOnSubmit: !!form.clearOnSubmit,
      submit: () => {
        if (first) widgets.submitForm(formId, first, !!form.clearOnSubmit);
      },
    }),
    [formId, form.enterToSubmit, form.clearOnSubmit, first, widgets],
  );
  const height = blockHeight(node.block?.heightConfig);
  const classes = ["stForm", form.border ? "st-bordered st-form-bordered" : null, height.className];
  return (
    <div
      className={classes.filter(Boolean).join(" ")}
      data-testid="stForm"
      style={{ ...widthStyle(node.block?.widthConfig), ...height.style }}
    >
      <FormContext.Provider value={info}>
        <VerticalBlock nodes={node.children} />
      </FormContext.Provider>
      {hasSubmitButton(node.children) ? null : <Alert el={{ body: MISSING_SUBMIT, format: rustlit.Alert.Format.ERROR }} />}
    </div>
  );
}
