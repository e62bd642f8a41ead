//! st.download_button (`stDownloadButton` > `button[data-testid=stBaseButton-<type>]`):
//! a click saves the file the script produced (served from the session's media
//! URL, relative to the app's base path) and, unless on_click="ignore", sends
//! one rerun carrying the trigger, as st.button does.
import type { rustlit } from "../../proto";
import { useWidgets } from "../../app/context";
import { basePath } from "../../connection/urls";
import { ButtonWidget, buttonKind } from "../shared/ButtonWidget";

/** Starts the browser's download of `url` under `fileName`. */
function saveFile(url: string, fileName: string) {
  const link = document.createElement("a");
  link.href = `${basePath(window.location.pathname)}${url}`;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
}

export function DownloadButton({ el }: { el: rustlit.IDownloadButton }) {
  const w = el.widget ?? {};
  const widgets = useWidgets();
  const id = w.id ?? "";
  return (
    <ButtonWidget
      testId="stDownloadButton"
      kind={buttonKind(el.type)}
      label={w.label ?? ""}
      icon={el.icon}
      help={w.help}
      disabled={!!w.disabled}
      fullWidth={!!el.useContainerWidth}
      shortcut={el.shortcut}
      iconPosition={el.iconPosition}
      wrap={el.wrap}
      onClick={() => {
        if (el.url) saveFile(el.url, el.fileName ?? "");
        if (!el.ignoreRerun && id) widgets.trigger(id);
      }}
    />
  );
}
