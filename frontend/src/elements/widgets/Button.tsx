//! st.button: `stButton` > `button[data-testid=stBaseButton-<type>]`. A click sends
//! one rerun carrying the trigger; the trigger is never stored.
import type { rustlit } from "../../proto";
import { useWidgets } from "../../app/context";
import { ButtonWidget, buttonKind } from "../shared/ButtonWidget";

export function Button({ el }: { el: rustlit.IButton }) {
  const widgets = useWidgets();
  const id = el.id ?? "";
  return (
    <ButtonWidget
      testId="stButton"
      kind={buttonKind(el.type)}
      label={el.label ?? ""}
      icon={el.icon}
      help={el.help}
      disabled={!!el.disabled}
      fullWidth={!!el.useContainerWidth}
      onClick={() => widgets.trigger(id)}
    />
  );
}
