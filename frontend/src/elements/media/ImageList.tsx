//! st.image (`stFullScreenFrame` > `stElementToolbar` + `stImage` > one `stImageContainer` per image,
//! each an `img` and its `stImageCaption` > `stCaptionContainer`), as Streamlit 1.67 draws it.
//! Width: "content" (the default) shows each image at its natural size, no wider than the column;
//! a pixel width sizes every image; "stretch" fills the column. The toolbar's button, shown on
//! hover, opens the images over the whole window, at the size they have in the page, centred at
//! the top as 1.67 shows them (a stretched image fills the window's width); Escape or the button
//! closes it.
import { useEffect, useState } from "react";
import type { rustlit } from "../../proto";
import { basePath } from "../../connection/urls";
import { StreamlitMarkdown } from "../shared/StreamlitMarkdown";
import "./media.css";

/** A media store URL ("media/<id>.<ext>") is relative to the app's base path; others pass through. */
export function mediaSrc(url: string | null | undefined): string {
  if (!url) return "";
  return url.startsWith("media/") ? `${basePath(window.location.pathname)}${url}` : url;
}

/** A link target the page may follow: http(s), mailto or a relative URL; never `javascript:` and the like. */
export function safeLink(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim());
  if (!scheme) return url;
  return ["http", "https", "mailto"].includes(scheme[1].toLowerCase()) ? url : undefined;
}

function imageStyle(width: rustlit.IWidthConfig | null | undefined, fullscreen: boolean): React.CSSProperties {
  if (fullscreen && width?.useStretch) return { width: "100%", maxWidth: "100%", maxHeight: "90vh", objectFit: "contain" };
  if (width?.pixelWidth) return { width: width.pixelWidth, maxWidth: "100%" };
  if (width?.useStretch) return { width: "100%", maxWidth: "100%" };
  return { maxWidth: "100%" };
}

function FullscreenIcon({ expanded }: { expanded: boolean }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="currentColor" data-testid="stElementToolbarButtonIcon" width="1rem" height="1rem">
      <path fill="none" d="M0 0h24v24H0V0z" />
      {expanded ? (
        <path d="M5 16h3v3h2v-5H5v2zm3-8H5v2h5V5H8v3zm6 11h2v-3h3v-2h-5v5zm2-11V5h-2v5h5V8h-3z" />
      ) : (
        <path d="M7 14H5v5h5v-2H7v-3zm-2-4h2V7h3V5H5v5zm12 7h-3v2h5v-5h-2v3zM14 5v2h3v3h2V5h-5z" />
      )}
    </svg>
  );
}

export function ImageList({ el, widthConfig }: { el: rustlit.IImageList; widthConfig?: rustlit.IWidthConfig | null }) {
  const [fullscreen, setFullscreen] = useState(false);
  const imgs = el.imgs ?? [];
  useEffect(() => {
    if (!fullscreen) return;
    const close = (e: KeyboardEvent) => {
      if (e.key === "Escape") setFullscreen(false);
    };
    window.addEventListener("keydown", close);
    return () => window.removeEventListener("keydown", close);
  }, [fullscreen]);
  const firstCaption = imgs.length === 1 ? imgs[0].caption : "";
  const action = fullscreen ? "Close fullscreen" : "Fullscreen";
  const label = firstCaption ? `${action}: ${firstCaption}` : action;
  const style = imageStyle(widthConfig, fullscreen);
  const link = safeLink(el.link);
  return (
    <div data-testid="stFullScreenFrame" className={`st-fullscreen-frame${fullscreen ? " st-fullscreen-expanded" : ""}`}>
      <div className="st-element-toolbar" data-testid="stElementToolbar">
        <div data-testid="stElementToolbarButtonContainer" className="st-element-toolbar-buttons">
          <div data-testid="stElementToolbarButton">
            <span data-testid="stTooltipHoverTarget">
              <button
                type="button"
                kind="elementToolbar"
                data-testid="stBaseButton-elementToolbar"
                aria-label={label}
                title={fullscreen ? "Close fullscreen" : "Fullscreen"}
                className="st-element-toolbar-button"
                onClick={() => setFullscreen((f) => !f)}
              >
                <FullscreenIcon expanded={fullscreen} />
              </button>
            </span>
          </div>
        </div>
      </div>
      <div data-testid="stImage" className="st-image-list">
        {imgs.map((img, i) => {
          const picture = <img src={mediaSrc(img.url)} alt={img.alt ?? undefined} style={style} />;
          return (
            <div
              key={i}
              data-testid="stImageContainer"
              className="st-image-container"
              style={widthConfig?.useStretch ? { width: "100%" } : undefined}
            >
              {link ? (
                <a href={link} target="_blank" rel="noopener noreferrer">
                  {picture}
                </a>
              ) : (
                picture
              )}
              {img.caption ? (
                <div data-testid="stImageCaption" className="st-image-caption" style={style}>
                  <StreamlitMarkdown body={img.caption} allowHtml={false} testId="stCaptionContainer" />
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </div>
  );
}
