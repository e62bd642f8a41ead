//! Mapbox base maps for maplibre-gl. maplibre does not resolve `mapbox://`
//! URLs (mapbox-gl, which 1.67 bundles, does): a Mapbox style names its sprite,
//! glyphs and tilesets with them. Each request of such a style is rewritten
//! here to the Mapbox API URL it stands for, with the deck's token, so the
//! style draws as it does in 1.67. The page's CSP allows Mapbox's API and tile
//! hosts for these requests.

const API = "https://api.mapbox.com";

/** Whether a style URL is a Mapbox one (needs a token and the rewriting below). */
export function isMapboxStyle(style: string | null): boolean {
  return style !== null && style.startsWith("mapbox://");
}

function withToken(url: string, token: string): string {
  if (/[?&]access_token=/.test(url)) return url;
  return `${url}${url.includes("?") ? "&" : "?"}access_token=${encodeURIComponent(token)}`;
}

function isMapboxHost(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === "https:" && (hostname === "api.mapbox.com" || hostname.endsWith(".tiles.mapbox.com"));
  } catch {
    return false;
  }
}

/**
 * The https URL a `mapbox://` URL stands for, with `token`; a URL of Mapbox's own hosts gets the
 * token if it has none; any other URL is returned unchanged.
 */
export function mapboxUrl(url: string, token: string): string {
  if (!url.startsWith("mapbox://")) {
    if (!isMapboxHost(url)) return url;
    // A tileset's tiles as its TileJSON names them (a.tiles.mapbox.com/v4/...) are asked of
    // api.mapbox.com, as mapbox-gl (1.67) asks for them.
    const tiles = /^https:\/\/[a-z0-9-]+\.tiles\.mapbox\.com(\/v4\/.*)$/.exec(url);
    return withToken(tiles ? `${API}${tiles[1]}` : url, token);
  }
  const rest = url.slice("mapbox://".length);
  const [path, query] = rest.split("?", 2) as [string, string | undefined];
  const keep = query ? `?${query}` : "";
  let out: string;
  let m: RegExpMatchArray | null;
  if ((m = /^styles\/([^/]+)\/([^/]+)$/.exec(path))) {
    out = `${API}/styles/v1/${m[1]}/${m[2]}${keep}`;
  } else if ((m = /^sprites\/([^/]+)\/([^/@.]+)(@\dx)?(\.\w+)?$/.exec(path))) {
    // maplibre appends the pixel ratio and extension to the sprite's URL before asking.
    out = `${API}/styles/v1/${m[1]}/${m[2]}/sprite${m[3] ?? ""}${m[4] ?? ""}${keep}`;
  } else if ((m = /^fonts\/([^/]+)\/(.+)$/.exec(path))) {
    out = `${API}/fonts/v1/${m[1]}/${m[2]}${keep}`;
  } else if ((m = /^tiles\/(.+)$/.exec(path))) {
    out = `${API}/v4/${m[1]}${keep}`;
  } else {
    // A source's tilesets, comma-separated: their TileJSON.
    out = `${API}/v4/${path}.json${keep ? `${keep}&secure` : "?secure"}`;
  }
  return withToken(out, token);
}

/** maplibre's `transformRequest` for a map drawn with a Mapbox token. */
export function mapboxRequests(token: string): (url: string) => { url: string } {
  return (url) => ({ url: mapboxUrl(url, token) });
}
