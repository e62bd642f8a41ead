//! st.dialog: a modal (`stDialog`) in the event root whose children are the
//! dialog's fragment. Open while the block says `is_open`; the user closes it
//! with the close button, Escape or a click outside when it is dismissible.
//! Closing is the page's own until a run writes the dialog again (the script
//! or a fragment calls it again), which shows it again, as Streamlit does;
//! when closing reruns the app (`on_dismiss`), the page sends a trigger for
//! the dialog's id.
import { useState } from "react";
import { rustlit } from "../../proto";
import type { BlockNode } from "../../store/tree";
import { VerticalBlock } from "../../render/BlockView";
import { Modal } from "../../app/Modal";
import { useWidgets } from "../../app/context";
import { ElementIcon } from "../shared/Icon";

const WIDTHS: Record<number, number> = {
  [rustlit.Dialog.Width.SMALL]: 500,
  [rustlit.Dialog.Width.MEDIUM]: 750,
  [rustlit.Dialog.Width.LARGE]: 1280,
};

export function Dialog({ node }: { node: BlockNode }) {
  const d = node.block?.dialog ?? {};
  const widgets = useWidgets();
  // The run that last wrote the dialog when the user closed it: closed until another run writes it.
  const written = node.writtenIn ?? node.runId;
  const [closedAt, setClosedAt] = useState<number | null>(null);
  if (!d.isOpen || closedAt === written) return null;
  const close = () => {
    setClosedAt(written);
    if (d.id) widgets.trigger(d.id);
  };
  const width = d.pixelWidth || WIDTHS[d.width ?? rustlit.Dialog.Width.SMALL] || WIDTHS[rustlit.Dialog.Width.SMALL];
  const position = d.position === rustlit.Dialog.Position.LEFT ? "st-dialog-left" : d.position === rustlit.Dialog.Position.RIGHT ? "st-dialog-right" : "";
  return (
    <Modal
      title={d.title ?? ""}
      icon={d.icon ? <ElementIcon icon={d.icon} className="st-dialog-icon" /> : null}
      onClose={close}
      closeOnEscape
      dismissible={d.dismissible ?? true}
      className={position}
      style={{ width: `min(${width}px, 92vw)` }}
    >
      <VerticalBlock nodes={node.children} userKey={node.block?.key} />
    </Modal>
  );
}
