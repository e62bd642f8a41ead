//! st.popover (`stPopover`): a button (`stPopoverButton`) that opens a
//! floating container (`stPopoverBody`, role dialog) with the block's
//! children. Open and closed is the page's own state: a second click on the
//! button, a click outside or Escape closes it. Widgets inside keep their
//! values while it is closed (the widget manager holds them, not the renderer).
//! A popover that tracks its state (1.67's `on_change`, `popover.id`) is a
//! widget whose value is whether it is open: opening or closing sends it (a
//! rerun), and the server's `open` (e.g. set through `st.session_state`) is
//! adopted.
import { useCallback, useEffect, useRef, useState } from "react";
import { useWidgets, useWidgetValue } from "../../app/context";
import type { BlockNode } from "../../store/tree";
import { VerticalBlock } from "../../render/BlockView";
import { keyClass } from "../shared/keys";
import { buttonKind } from "../shared/ButtonWidget";
import { DropdownButton } from "../shared/DropdownButton";
import "../widgets/button.css";

export function Popover({ node }: { node: BlockNode }) {
  const p = node.block!.popover!;
  const [local, setLocal] = useState(false);
  const id = p.id ?? "";
  const widgets = useWidgets();
  const held = useWidgetValue(id);
  const asked = !!p.open;
  useEffect(() => {
    if (id) widgets.adopt(id, { boolValue: asked });
  }, [widgets, id, asked, node.writtenIn]);
  const open = !!id && held && "boolValue" in held ? held.boolValue : local;
  const setOpen = useCallback(
    (next: boolean) => {
      setLocal(next);
      if (id && next !== open) widgets.setValue(id, { boolValue: next });
    },
    [widgets, id, open],
  );
  const root = useRef<HTMLDivElement>(null);
  const kind = buttonKind(p.type);
  const stretch = !!node.block?.widthConfig?.useStretch;
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open, setOpen]);
  const disabled = !!p.disabled;
  return (
    <div
      ref={root}
      className={["stPopover", "st-popover", stretch ? "st-full-width" : "", keyClass(node.block?.key)].filter(Boolean).join(" ")}
      data-testid="stPopover"
    >
      <DropdownButton
        testId="stPopoverButton"
        kind={kind}
        opens="dialog"
        open={open}
        disabled={disabled}
        icon={p.icon}
        label={p.label ?? ""}
        help={p.help}
        wrap={p.wrap}
        onClick={() => setOpen(!open)}
      />
      {open && !disabled ? (
        <div className="st-popover-body" data-testid="stPopoverBody" role="dialog" aria-label={p.label ?? ""}>
          <VerticalBlock nodes={node.children} />
        </div>
      ) : null}
    </div>
  );
}
