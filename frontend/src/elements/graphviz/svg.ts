//! The SVG Graphviz writes, made safe to put in the page. A graph's author
//! controls its DOT (labels, `URL`/`href` attributes, `image`), so the markup
//! goes through DOMPurify's SVG profile (no script, no event handlers, no
//! foreign content) and every link whose scheme is not http(s), mailto or
//! relative points to "#", as 1.67 does with its graph's links.
import DOMPurify from "dompurify";

const XLINK = "http://www.w3.org/1999/xlink";

function unsafe(url: string): boolean {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url);
  return scheme !== null && !["http", "https", "mailto"].includes(scheme[1].toLowerCase());
}

/** The `<svg>` element for Graphviz's SVG text, or null when there is none. */
export function safeSvg(markup: string): SVGSVGElement | null {
  const fragment = DOMPurify.sanitize(markup, {
    USE_PROFILES: { svg: true, svgFilters: true },
    RETURN_DOM_FRAGMENT: true,
  });
  const svg = fragment.querySelector("svg");
  if (!svg) return null;
  svg.querySelectorAll("a").forEach((a) => {
    for (const name of ["href", "xlink:href"]) {
      const value = a.getAttribute(name);
      if (value !== null && unsafe(value)) a.setAttribute(name, "#");
    }
    const linked = a.getAttributeNS(XLINK, "href");
    if (linked !== null && unsafe(linked)) a.setAttributeNS(XLINK, "xlink:href", "#");
  });
  return svg;
}
