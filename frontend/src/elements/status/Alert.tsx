//! st.success / st.info / st.warning / st.error: `stAlert` > `stAlertContainer`
//! > `stAlertContent{Success,Info,Warning,Error}` with markdown body and icon.
import { rustlit } from "../../proto";
import { ElementIcon } from "../shared/Icon";
import { StreamlitMarkdown } from "../shared/StreamlitMarkdown";
import "./alert.css";

const KINDS: Record<number, string> = {
  [rustlit.Alert.Format.ERROR]: "Error",
  [rustlit.Alert.Format.WARNING]: "Warning",
  [rustlit.Alert.Format.INFO]: "Info",
  [rustlit.Alert.Format.SUCCESS]: "Success",
};

export function Alert({ el }: { el: rustlit.IAlert }) {
  const kind = KINDS[el.format ?? 0] ?? "Info";
  return (
    <div className="stAlert" data-testid="stAlert">
      <div role="alert" data-testid="stAlertContainer" className={`st-alert st-alert-${kind.toLowerCase()}`}>
        <div className="st-alert-body" data-testid={`stAlertContent${kind}`}>
          {el.icon ? <ElementIcon icon={el.icon} className="st-alert-icon" /> : null}
          <StreamlitMarkdown body={el.body ?? ""} />
        </div>
      </div>
    </div>
  );
}
