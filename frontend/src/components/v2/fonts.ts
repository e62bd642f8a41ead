//! The page's web fonts for components v2 frames. In 1.67 a v2 component is
//! part of the page and its text is set in the page's fonts ("Source Sans",
//! or the theme's). A frame on the component origin cannot load them: the
//! app's font files answer the app's origin only. So the page hands the
//! frame the font files of the theme's families as Blobs (fetched once per
//! page, from the browser's cache when the page already uses them), and the
//! frame registers them as FontFaces of its own origin.
//!
//! Only faces that cover Basic Latin are sent (a script in another alphabet
//! falls back to the system font there), and only faces declared by the
//! page's own style sheets: fonts from another host (a `[theme]` font URL)
//! cannot be read by the page either.

export interface FrameFont {
  family: string;
  descriptors: { weight?: string; style?: string; unicodeRange?: string; display?: string };
  blob: Blob;
}

/** The family names of a CSS font stack, unquoted, generic families left out. */
export function familiesOf(stack: string): string[] {
  const generic = new Set(["serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui", "ui-sans-serif", "ui-monospace", "ui-serif"]);
  return stack
    .split(",")
    .map((f) => f.trim().replace(/^["']|["']$/g, ""))
    .filter((f) => f && !generic.has(f));
}

/** Whether a `unicode-range` ("" = all of Unicode) includes the letter "a" (U+0061). */
export function coversLatin(range: string): boolean {
  if (!range.trim()) return true;
  return range.split(",").some((part) => {
    const m = /^\s*u\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!m) return false;
    if (m[1].includes("?")) {
      return parseInt(m[1].replace(/\?/g, "0"), 16) <= 0x61 && 0x61 <= parseInt(m[1].replace(/\?/g, "f"), 16);
    }
    const start = parseInt(m[1], 16);
    const end = m[2] ? parseInt(m[2], 16) : start;
    return start <= 0x61 && 0x61 <= end;
  });
}

/** The first `url(...)` of a `src` descriptor, resolved against `base`, if it is on `origin`. */
export function sourceUrl(src: string, base: string, origin: string): string | null {
  const m = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/.exec(src);
  const raw = m ? (m[1] ?? m[2] ?? m[3]) : null;
  if (!raw) return null;
  try {
    const url = new URL(raw, base);
    return url.origin === origin ? url.href : null;
  } catch {
    return null;
  }
}

interface FaceRule {
  family: string;
  url: string;
  descriptors: FrameFont["descriptors"];
}

function faceRules(families: ReadonlySet<string>): FaceRule[] {
  const out: FaceRule[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another host's style sheet
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const style = rule.style;
      const family = style.getPropertyValue("font-family").trim().replace(/^["']|["']$/g, "");
      const range = style.getPropertyValue("unicode-range");
      if (!families.has(family) || !coversLatin(range)) continue;
      const url = sourceUrl(style.getPropertyValue("src"), sheet.href ?? document.baseURI, window.location.origin);
      if (!url) continue;
      const descriptors: FrameFont["descriptors"] = {};
      const weight = style.getPropertyValue("font-weight").trim();
      const fontStyle = style.getPropertyValue("font-style").trim();
      if (weight) descriptors.weight = weight;
      if (fontStyle) descriptors.style = fontStyle;
      if (range.trim()) descriptors.unicodeRange = range.trim();
      descriptors.display = "swap";
      out.push({ family, url, descriptors });
    }
  }
  return out;
}

const cache = new Map<string, Promise<FrameFont[]>>();

/** The font files of the families in these stacks, fetched once per page. */
export function framesFonts(stacks: string[]): Promise<FrameFont[]> {
  const families = new Set(stacks.flatMap(familiesOf));
  const key = [...families].sort().join("\n");
  let fonts = cache.get(key);
  if (!fonts) {
    fonts = Promise.all(
      faceRules(families).map(async ({ family, url, descriptors }) => {
        try {
          const response = await fetch(url, { credentials: "same-origin" });
          return response.ok ? { family, descriptors, blob: await response.blob() } : null;
        } catch {
          return null;
        }
      }),
    ).then((all) => all.filter((f): f is FrameFont => f !== null));
    cache.set(key, fonts);
  }
  return fonts;
}
