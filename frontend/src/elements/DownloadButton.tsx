//! st.download_button (`stDownloadButton` > `button[data-testid=stBaseButton-<type>]`):
//! a click saves the file the script produced (served from the session's media
//! URL, relative to the app's base path) and, unless on_click="ignore", sends
//! one rerun carrying the trigger, as st.button does.
import type { rustlit } from "../proto";
import { useWidgets } from "../app/context";
import { basePath } from "../connection/urls";
import { ElementIcon } from "./shared/Icon";
import { StreamlitMarkdown } from "./shared/StreamlitMarkdown";
import { HelpIcon } from "./shared/Tooltip";
import "./button.css";

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
  const widgets = useWidgets();
  const kind = el.type === "primary" || el.type === "tertiary" ? el.type : "secondary";
  const id = el.id ?? "";
  return (
    <div className={`stDownloadButton${el.useContainerWidth ? " st-full-width" : ""}`} data-testid="stDownloadButton">
      <div className="st-button-row">
        <button
          type="button"
          kind={kind}
          className={`st-button st-button-${kind}`}
          data-testid={`stBaseButton-${kind}`}
          disabled={!!el.disabled}
          onClick={() => {
            if (el.url) saveFile(el.url, el.fileName ?? "");
            if (!el.ignoreRerun && id) widgets.trigger(id);
          }}
        >
          <ElementIcon icon={el.icon} className="st-button-icon" />
          <StreamlitMarkdown body={el.label ?? ""} inline />
        </button>
        {el.help ? <HelpIcon help={el.help} /> : null}
      </div>
    </div>
  );
}
