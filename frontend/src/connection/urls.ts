//! Where the server lives: everything is relative to the page's base path (the
//! pathname up to and including its last '/'), so the app works under a prefix.
export function basePath(pathname: string): string {
  const i = pathname.lastIndexOf("/");
  return i < 0 ? "/" : pathname.slice(0, i + 1);
}

export function healthUrl(loc: Pick<Location, "pathname">): string {
  return `${basePath(loc.pathname)}_stcore/health`;
}

export function streamUrl(loc: Pick<Location, "protocol" | "host" | "pathname">): string {
  const scheme = loc.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${loc.host}${basePath(loc.pathname)}_stcore/stream`;
}

/** A route behind the login gate: 401 without a login, 403 for a refused one. */
export function hostConfigUrl(loc: Pick<Location, "pathname">): string {
  return `${basePath(loc.pathname)}_stcore/host-config`;
}
