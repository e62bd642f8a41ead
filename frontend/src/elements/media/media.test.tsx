import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { ImageList, mediaSrc, safeLink } from "./ImageList";
import { Audio, Video } from "./AudioVideo";

describe("media elements", () => {
  // The app is served under a base path; the test environment has no DOM.
  beforeAll(() => vi.stubGlobal("window", { location: { pathname: "/" } }));
  afterAll(() => vi.unstubAllGlobals());

  it("resolves media-store URLs against the app's base path and passes others through", () => {
    vi.stubGlobal("window", { location: { pathname: "/apps/demo/" } });
    expect(mediaSrc("media/abc.png")).toBe("/apps/demo/media/abc.png");
    expect(mediaSrc("https://example.com/x.png")).toBe("https://example.com/x.png");
    expect(mediaSrc("data:image/svg+xml;base64,AA==")).toBe("data:image/svg+xml;base64,AA==");
    expect(mediaSrc("")).toBe("");
    vi.stubGlobal("window", { location: { pathname: "/" } });
  });

  it("draws one stImageContainer per image, captions as markdown, a pixel width on each", () => {
    const html = renderToStaticMarkup(
      <ImageList
        el={{ imgs: [{ url: "media/a.jpg", caption: "**one**" }, { url: "media/b.jpg", caption: "", alt: "b" }] }}
        widthConfig={{ pixelWidth: 40 }}
      />,
    );
    expect(html.match(/data-testid="stImageContainer"/g)).toHaveLength(2);
    expect(html).toContain('<img src="/media/a.jpg" style="width:40px;max-width:100%"/>');
    expect(html).toContain('alt="b"');
    expect(html.match(/data-testid="stImageCaption"/g)).toHaveLength(1);
    expect(html).toContain("<strong>one</strong>");
    expect(html).toContain('aria-label="Fullscreen"');
  });

  it("names the single image's caption on the fullscreen button and links it", () => {
    const html = renderToStaticMarkup(
      <ImageList el={{ imgs: [{ url: "https://x/y.png", caption: "cat" }], link: "https://streamlit.io" }} />,
    );
    expect(html).toContain('aria-label="Fullscreen: cat"');
    expect(html).toContain('<a href="https://streamlit.io" target="_blank" rel="noopener noreferrer"><img src="https://x/y.png"');
  });

  it("follows only http(s), mailto and relative links", () => {
    expect(safeLink("https://a.b/c")).toBe("https://a.b/c");
    expect(safeLink("mailto:x@y.z")).toBe("mailto:x@y.z");
    expect(safeLink("/page?x=1")).toBe("/page?x=1");
    expect(safeLink(" javascript:alert(1)")).toBeUndefined();
    expect(safeLink("data:text/html,<script>")).toBeUndefined();
    const html = renderToStaticMarkup(<ImageList el={{ imgs: [{ url: "media/a.png" }], link: "javascript:alert(1)" }} />);
    expect(html).not.toContain("<a ");
  });

  it("renders players with their flags and subtitle tracks", () => {
    const audio = renderToStaticMarkup(<Audio el={{ url: "media/s.wav", autoplay: true, alt: "A tone" }} />);
    expect(audio).toContain('aria-label="A tone"');
    expect(audio).toContain('data-testid="stAudio"');
    expect(audio).toContain('src="/media/s.wav"');
    expect(audio).toContain("autoPlay");
    const video = renderToStaticMarkup(
      <Video el={{ url: "media/v.mp4", subtitles: [{ label: "English", url: "media/e.vtt" }, { label: "French", url: "media/f.vtt" }] }} />,
    );
    expect(video.match(/data-testid="stVideoSubtitle"/g)).toHaveLength(2);
    expect(video).toContain('<track kind="captions" src="/media/e.vtt" label="English" default=""');
    expect(video).not.toContain('label="French" default');
    const youtube = renderToStaticMarkup(
      <Video el={{ url: "https://www.youtube.com/embed/abcdefghijk", type: 1, startTime: 5, loop: true }} />,
    );
    expect(youtube).toContain('<iframe data-testid="stVideo"');
    expect(youtube).toContain("src=\"https://www.youtube.com/embed/abcdefghijk?start=5&amp;loop=1&amp;playlist=abcdefghijk\"");
  });
});
