//! st.menu_button (`stMenuButton`): a button (`stMenuButtonButton`) opening a
//! menu (role menu) of the options. Choosing one closes the menu and sends one
//! rerun carrying it, as a click does; closing the menu without a choice sends
//! nothing. Arrow keys move between options, Enter chooses, Escape closes.
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { rustlit } from "../../proto";
import { useWidgets } from "../../app/context";
import { buttonKind } from "../shared/ButtonWidget";
import { DropdownButton } from "../shared/DropdownButton";
import { StreamlitMarkdown } from "../shared/StreamlitMarkdown";

export function MenuButton({ el }: { el: rustlit.IMenuButton }) {
  const w = el.widget ?? {};
  const widgets = useWidgets();
  const [open, setOpen] = useState(false);
  const [focused, setFocused] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const options = el.options ?? [];
  const kind = buttonKind(el.type);
  const disabled = !!w.disabled;

  useEffect(() => {
    if (!open) return;
    menu.current?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open]);

  const choose = (option: string) => {
    setOpen(false);
    widgets.choose(w.id ?? "", option);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Escape") setOpen(false);
    else if (e.key === "ArrowDown") setFocused((i) => (i + 1) % options.length);
    else if (e.key === "ArrowUp") setFocused((i) => (i - 1 + options.length) % options.length);
    else if (e.key === "Enter" && options[focused] !== undefined) choose(options[focused]!);
    else return;
    e.preventDefault();
  };

  return (
    <div ref={root} className={`stMenuButton st-popover${el.useContainerWidth ? " st-full-width" : ""}`} data-testid="stMenuButton">
      <DropdownButton
        testId="stMenuButtonButton"
        kind={kind}
        opens="menu"
        open={open}
        disabled={disabled}
        icon={el.icon}
        label={w.label ?? ""}
        help={w.help}
        wrap={el.wrap}
        onClick={() => {
          setFocused(0);
          setOpen((o) => !o);
        }}
      />
      {open && !disabled ? (
        <div ref={menu} className="st-menu" role="menu" aria-label={w.label ?? ""} tabIndex={-1} onKeyDown={onKey}>
          {options.map((option, i) => (
            <div
              key={option}
              role="menuitem"
              className={i === focused ? "st-menu-item st-menu-item-focused" : "st-menu-item"}
              tabIndex={-1}
              onPointerEnter={() => setFocused(i)}
              onClick={() => choose(option)}
            >
              <StreamlitMarkdown body={option} inline />
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
