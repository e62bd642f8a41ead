//! Where a component's iframe loads from. Component documents always come from
//! the component origin the server announced in `SessionInit` (never from the
//! app's own origin), so `allow-same-origin` gives them their own origin and not
//! the app's. `{label}` in the announced origin is replaced by the element's
//! label: on localhost every component gets an origin of its own.

/** The origin for one component, or null when the server named none. */
export function componentOrigin(template: string, label: string): string | null {
  if (!template) return null;
  return template.replace("{label}", label);
}

/** Adds `streamlitUrl=<app origin + path>` to a component URL, as Streamlit does. */
export function withStreamlitUrl(src: string, appUrl: string): string {
  const sep = src.includes("?") ? "&" : "?";
  return `${src}${sep}streamlitUrl=${encodeURIComponent(appUrl)}`;
}

/** The origin of an absolute URL, or null for a relative or malformed one. */
export function originOf(url: string, base: string): string | null {
  try {
    return new URL(url, base).origin;
  } catch {
    return null;
  }
}

/** Streamlit's iframe sandbox. `allow-same-origin` is only ever granted to a
 *  document whose origin is not the app's: same-origin plus scripts would let
 *  it remove its own sandbox and script the app. */
export function sandboxFor(frameOrigin: string | null, appOrigin: string): string {
  const tokens = [
    "allow-forms",
    "allow-modals",
    "allow-popups",
    "allow-popups-to-escape-sandbox",
    "allow-scripts",
    "allow-downloads",
  ];
  if (frameOrigin !== null && frameOrigin !== appOrigin && frameOrigin !== "null") {
    tokens.splice(4, 0, "allow-same-origin");
  }
  return tokens.join(" ");
}

/** Permissions-policy features a frame may be granted. The server sends
 *  only what a component's declaration or the operator granted (none by
 *  default); anything else (document-domain, unknown names) is dropped. */
const GRANTABLE = new Set([
  "accelerometer",
  "autoplay",
  "bluetooth",
  "camera",
  "clipboard-read",
  "clipboard-write",
  "display-capture",
  "encrypted-media",
  "fullscreen",
  "gamepad",
  "geolocation",
  "gyroscope",
  "hid",
  "idle-detection",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "picture-in-picture",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "web-share",
  "xr-spatial-tracking",
]);

/** The iframe's `allow=` for the granted features ("" = none). */
export function allowFor(granted: readonly string[] | null | undefined): string {
  return (granted ?? []).filter((f) => GRANTABLE.has(f)).join("; ");
}
