//! What the browser shows outside the page: the tab title and the favicon.
//! Both follow the merged `st.set_page_config` (see store/pageConfig.ts);
//! without one, the title is the current page's (multipage apps) or the
//! script's name, and the icon rustlit's own
//! `favicon.png`.
import { useEffect } from "react";
import { useAppState } from "./context";
import type { AppState } from "../store/appStore";
import { basePath } from "../connection/urls";

/** The tab title: the page config's title, else the current page's (multipage apps), else the script's name ("" = leave it). */
export function pageTitle(s: AppState): string {
  const page = s.navigation?.appPages?.find((p) => p.pageScriptHash === s.currentPageHash);
  return s.pageConfig.title ?? (page?.pageName || s.session?.scriptName) ?? "";
}

/** An emoji drawn as an SVG image, so any emoji can be a favicon. */
export function emojiFavicon(emoji: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">` +
    `<text x="50" y="54" text-anchor="middle" dominant-baseline="middle" font-size="86">${emoji}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** Material Symbols (rounded) are fetched from Google's font CDN, as Streamlit does. */
export function materialFavicon(icon: string): string {
  const name = /^:material\/([a-z0-9_]+):$/.exec(icon)?.[1];
  return name ? `https://fonts.gstatic.com/s/i/short-term/release/materialsymbolsrounded/${name}/default/24px.svg` : "";
}

const SHORTCODE = /^:([a-zA-Z0-9_+-]+):$/;

/** The href for a favicon as the script gave it; `base` is the app's base path. */
export async function faviconHref(favicon: string | null, base: string): Promise<string> {
  if (!favicon) return `${base}favicon.png`;
  if (favicon.startsWith("emoji:")) return emojiFavicon(favicon.slice("emoji:".length));
  if (favicon.startsWith(":material")) return materialFavicon(favicon);
  const shortcode = SHORTCODE.exec(favicon)?.[1];
  if (shortcode) {
    // The shortcode table is large: loaded only when a page uses one.
    const { gemoji } = await import("gemoji");
    const name = shortcode.replaceAll("-", "_");
    const found = gemoji.find((g) => g.names.includes(name));
    if (found) return emojiFavicon(found.emoji);
  }
  if (/^(https?:|data:)/i.test(favicon) || favicon.startsWith("/")) return favicon;
  return `${base}${favicon}`;
}

function setFavicon(href: string) {
  let link = document.querySelector<HTMLLinkElement>("link[rel='shortcut icon']");
  if (!link) {
    link = document.createElement("link");
    link.rel = "shortcut icon";
    document.head.appendChild(link);
  }
  if (link.getAttribute("href") !== href) link.href = href;
}

/** Keeps `document.title` and the favicon in step with the app state. */
export function usePageHead(): void {
  const title = useAppState(pageTitle);
  const favicon = useAppState((s) => s.pageConfig.favicon);
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
  useEffect(() => {
    let current = true;
    faviconHref(favicon, basePath(window.location.pathname))
      .then((href) => {
        if (current && href) setFavicon(href);
      })
      .catch((err) => console.error("rustlit: could not set the favicon", err));
    return () => {
      current = false;
    };
  }, [favicon]);
}
