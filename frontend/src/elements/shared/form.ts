//! What a widget needs to know about the form it is in (none outside forms):
//! its id, whether Enter submits it, and how to submit it. Provided by the
//! form block renderer (`elements/layout/Form.tsx`).
import { createContext, useContext } from "react";

export interface FormInfo {
  formId: string;
  enterToSubmit: boolean;
  clearOnSubmit: boolean;
  /** Submits the form as its first submit button would (no-op without one). */
  submit: () => void;
}

export const FormContext = createContext<FormInfo | null>(null);

export function useForm(): FormInfo | null {
  return useContext(FormContext);
}

const onMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/**
 * The hint under a text field with unsent changes, worded as Streamlit does:
 * outside a form Enter (Ctrl/⌘+Enter in a text area) applies; in a form it
 * submits, and with enter_to_submit=False there is no hint.
 */
export function inputInstructions(form: FormInfo | null, multiline: boolean): string {
  const keys = multiline ? `${onMac ? "⌘" : "Ctrl"}+Enter` : "Enter";
  if (!form) return `Press ${keys} to apply`;
  return form.enterToSubmit ? `Press ${keys} to submit form` : "";
}
