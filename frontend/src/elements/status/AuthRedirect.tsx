//! st.login / st.logout (`AuthRedirect`, in the event root): the page leaves
//! for the login or logout route as soon as the element arrives, as 1.67's
//! page does on its `auth_redirect` message. Only a path of this origin is
//! followed; the server only ever writes `<base>auth/...`.
import { useEffect } from "react";

export function isSameOriginPath(url: string): boolean {
  return url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\");
}

export function AuthRedirect({ el }: { el: { url?: string | null; nonce?: number | Long | null } }) {
  const url = el.url ?? "";
  const nonce = String(el.nonce ?? 0);
  useEffect(() => {
    if (isSameOriginPath(url)) window.location.assign(url);
  }, [url, nonce]);
  return null;
}
