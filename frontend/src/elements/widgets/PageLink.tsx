//! st.page_link (`stPageLink`): a link to an app page, which switches page
//! without a reload (as the navigation does), or to another site in a new tab.
import type { rustlit } from "../../proto";
import { useAppState, useStore } from "../../app/context";
import { ElementIcon } from "../shared/Icon";
import { StreamlitMarkdown } from "../shared/StreamlitMarkdown";
import { HelpIcon } from "../shared/Tooltip";
import { isModifiedClick } from "../../navigation/PageNavLink";
import { pagePath } from "../../navigation/pages";
import "../../navigation/navigation.css";

function hrefOf(el: rustlit.IPageLink): string {
  if (el.external) return el.page ?? "";
  const query = el.queryString ? `?${el.queryString}` : "";
  return `${pagePath(window.location.pathname, { urlPathname: el.page })}${query}`;
}

export function PageLink({ el }: { el: rustlit.IPageLink }) {
  const store = useStore();
  const current = useAppState((s) => s.currentPageHash);
  const disabled = !!el.disabled;
  const isCurrent = !el.external && !!el.pageScriptHash && el.pageScriptHash === current;
  const icon = <ElementIcon icon={el.icon} className="st-nav-icon" />;
  const classes = ["st-page-link", isCurrent ? "st-current" : "", disabled ? "st-link-disabled" : ""].filter(Boolean).join(" ");
  return (
    <div className={`stPageLink${el.useContainerWidth ? " st-full-width" : ""}`} data-testid="stPageLink">
      <div className="st-button-row">
        <a
          className={classes}
          data-testid="stPageLink-NavLink"
          href={disabled ? undefined : hrefOf(el)}
          target={el.external ? "_blank" : undefined}
          rel="noreferrer"
          aria-disabled={disabled}
          onClick={(e) => {
            if (disabled) {
              e.preventDefault();
              return;
            }
            if (el.external || isModifiedClick(e)) return;
            e.preventDefault();
            store.openPage(el.pageScriptHash ?? "", el.queryString ?? "");
          }}
        >
          {el.iconPosition !== "right" ? icon : null}
          <StreamlitMarkdown body={el.label ?? ""} inline />
          {el.iconPosition === "right" ? icon : null}
        </a>
        {el.help ? <HelpIcon help={el.help} /> : null}
      </div>
    </div>
  );
}
