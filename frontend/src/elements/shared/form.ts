//! What a widget needs to know about the form it is in (none outside forms):
//! its id, whether Enter submits it, and how to submit it. Provided by the
//! form block renderer (`render/Form.tsx`).
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
