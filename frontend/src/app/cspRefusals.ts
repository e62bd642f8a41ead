//! A request the page's Content-Security-Policy refuses (chart or map data,
//! tiles or images from a host the app did not list) is named once per
//! origin in the console with the option that allows it: the browser's own
//! message names only the directive, and the chart or map simply stays empty.

const DIRECTIVES = new Set(["connect-src", "img-src"]);
// A page refusing requests to many hosts must not grow this without bound.
const MAX_NAMED = 100;

/** Listens on `target` (the document) for refused fetches and images; returns the unsubscribe. */
export function watchCspRefusals(target: EventTarget): () => void {
  const named = new Set<string>();
  const listener = (event: Event) => {
    const { effectiveDirective, blockedURI } = event as SecurityPolicyViolationEvent;
    if (!DIRECTIVES.has(effectiveDirective)) return;
    let origin: string;
    try {
      origin = new URL(blockedURI).origin;
    } catch {
      return;
    }
    if (origin === "null" || named.has(origin) || named.size >= MAX_NAMED) return;
    named.add(origin);
    console.warn(
      `rustlit: the page refused ${blockedURI} (its Content-Security-Policy, ${effectiveDirective}). ` +
        `Charts and maps fetch only from the app, the base maps and the hosts in server.chartDataHosts: ` +
        `add ${origin} to server.chartDataHosts (config.toml or --server.chartDataHosts) to allow it.`,
    );
  };
  target.addEventListener("securitypolicyviolation", listener);
  return () => target.removeEventListener("securitypolicyviolation", listener);
}
