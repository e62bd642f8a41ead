//! The typing model text_input and text_area share: keystrokes edit a local
//! draft; `commit` (Enter or blur) sends it as the widget's value, once, and
//! only if it differs from what the script last saw.
import { useEffect, useState } from "react";
import { useWidgets } from "../../app/context";

export function useTextDraft(id: string, committed: string) {
  const widgets = useWidgets();
  const [draft, setDraft] = useState(committed);
  useEffect(() => setDraft(committed), [committed]);
  /** Sends `text` (the draft unless told) when it differs from what the script saw. */
  const commit = (text: string = draft) => {
    if (text !== committed) widgets.setValue(id, { stringValue: text });
  };
  return { draft, setDraft, dirty: draft !== committed, commit };
}
