//! What only the browser knows, sent with every rerun for `st.context`
//! (Streamlit's `ClientState.context_info`).
import type { rustlit } from "../proto";
import { activeThemeBase } from "../theme/activeTheme";

/** The values as this page sees them now. */
export function currentContextInfo(): rustlit.IContextInfo {
  if (typeof window === "undefined") return {};
  const { origin, pathname, search } = window.location;
  return {
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    timezoneOffset: new Date().getTimezoneOffset(),
    locale: window.navigator.language,
    // Without the query string and anchor, as Streamlit reports it.
    url: origin + pathname,
    isEmbedded: new URLSearchParams(search).get("embed")?.toLowerCase() === "true",
    // The theme the page shows (st.context.theme.type).
    colorScheme: activeThemeBase(),
  };
}
