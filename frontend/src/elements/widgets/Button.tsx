//! st.button: `stButton` > `button[data-testid=stBaseButton-<type>]`. A click sends
//! one rerun carrying the trigger; the trigger is never stored.
import type { rustlit } from "../../proto";
import { useWidgets } from "../../app/context";
import { ButtonWidget, buttonKind } from "../shared/ButtonWidget";

export function Button({ el }: { el: rustlit.IButton }) {
  const w = el.widget ?? {};
  const widgets = useWidgets();
  const id = w.id ?? "";
  return (
    <ButtonWidget
      testId="stButton"
      kind={buttonKind(el.type)}
      label={w.label ?? ""}
      icon={el.icon}
      help={w.help}
      disabled={!!w.disabled}
      fullWidth={!!el.useContainerWidth}
      shortcut={el.shortcut}
      iconPosition={el.iconPosition}
      wrap={el.wrap}
      onClick={() => widgets.trigger(id)}
    />
  );
}
