// rustlit: the bootstrap of a components v2 document (src/components/v2.rs).
// It runs in the component's own frame on the component origin, never in the
// app's page. It builds the component's DOM as Streamlit 1.67 does in its page
// (a container holding a div with the HTML, then the CSS), imports the
// component's JavaScript module and calls its default export with
// {name, key, data, parentElement, setStateValue, setTriggerValue}, again
// whenever the page sends new data or a new theme (as 1.67 re-runs it). State
// and trigger values go back to the page by postMessage, to the page's origin
// only; the page turns them into widget values.
const definition = JSON.parse(document.getElementById("rustlit-v2-definition").textContent || "{}");
const TAG = "rustlitV2";

// The page that embeds this frame: the first message from the parent window
// fixes its origin; nothing else is ever listened to or told anything.
let pageOrigin = null;
let mounted = null; // {container, host, module}
let cleanup = null;
let renderQueue = Promise.resolve();
let reportSize = () => {};
const blobUrls = new Map();

function post(message) {
  if (pageOrigin !== null) window.parent.postMessage({ [TAG]: true, ...message }, pageOrigin);
}

function encodePath(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}

function assetUrl(path) {
  return new URL(encodePath(path), document.baseURI).href;
}

function reportError(error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error("BidiComponent Error:", error);
  post({ type: "error", message, stack: error instanceof Error ? String(error.stack || "") : "" });
}

// A value JSON can carry (as 1.67 stores state with JSON.stringify); undefined stays undefined.
function asJson(value) {
  return JSON.stringify(value);
}

function buildDom(isolate) {
  const host = document.createElement("div");
  host.className = "stBidiComponent";
  host.dataset.testid = isolate ? "stBidiComponentIsolated" : "stBidiComponentRegular";
  document.body.appendChild(host);
  const container = isolate ? host.attachShadow({ mode: "open" }) : host;
  const holder = document.createElement("div");
  if (definition.html) {
    const html = document.createElement("div");
    try {
      html.appendChild(document.createRange().createContextualFragment(definition.html.trim()));
    } catch {
      html.innerHTML = definition.html.trim();
    }
    holder.appendChild(html);
  }
  if (definition.css && definition.css.trim()) {
    const style = document.createElement("style");
    style.textContent = definition.css.trim();
    holder.appendChild(style);
  } else if (definition.cssPath) {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = assetUrl(definition.cssPath);
    link.addEventListener("error", () => reportError(new Error(`Failed to load CSS from ${link.href}`)));
    holder.appendChild(link);
  }
  container.appendChild(holder);
  return { host, container };
}

async function loadModule() {
  let url;
  if (definition.js) {
    const source = `${definition.js}\n//# sourceURL=st-bidi-${encodeURIComponent(document.title)}.js`;
    url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  } else if (definition.jsPath) {
    url = assetUrl(definition.jsPath);
  } else {
    return null;
  }
  const module = await import(url);
  if (!module.default || typeof module.default !== "function") {
    throw new Error("JS module does not have a default export function.");
  }
  return module;
}

// Strings the page fetched for us (this app's media URLs, which this origin
// cannot fetch) become blob: URLs of this origin, at any depth.
function withMedia(value, media) {
  if (typeof value === "string") {
    const blob = media[value];
    if (!(blob instanceof Blob)) return value;
    let url = blobUrls.get(value);
    if (!url) {
      url = URL.createObjectURL(blob);
      blobUrls.set(value, url);
    }
    return url;
  }
  if (Array.isArray(value)) return value.map((v) => withMedia(v, media));
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = withMedia(v, media);
    return out;
  }
  return value;
}

function applyTheme(vars) {
  const root = document.documentElement.style;
  for (let i = root.length - 1; i >= 0; i--) {
    const name = root.item(i);
    if (name.startsWith("--st-") && !(name in vars)) root.removeProperty(name);
  }
  for (const [name, value] of Object.entries(vars)) root.setProperty(name, String(value));
}

async function render(message) {
  applyTheme(message.theme || {});
  if (message.colorScheme === "light" || message.colorScheme === "dark") {
    document.documentElement.style.colorScheme = message.colorScheme;
  }
  if (!mounted) {
    const { host, container } = buildDom(!!message.isolateStyles);
    mounted = { host, container, module: await loadModule() };
    observeSize(host);
  }
  // width="content": the page sizes the frame to the component's own width.
  mounted.host.style.width = message.fitWidth ? "max-content" : "";
  if (!mounted.module) return;
  const name = message.name;
  const result = mounted.module.default({
    name,
    key: message.key,
    data: withMedia(message.data, message.media || {}),
    parentElement: mounted.container,
    setStateValue: (state, value) => post({ type: "state", name: state, json: asJson(value) }),
    setTriggerValue: (event, value) => post({ type: "trigger", name: event, json: asJson(value) }),
  });
  // 1.67 keeps the cleanup of the latest call and runs it when the element goes.
  cleanup = result;
  // Chromium runs no ResizeObserver in a cross-origin frame out of view (or of no height yet):
  // measure now, and once more when what the call started has had time to draw.
  reportSize();
  setTimeout(reportSize, 250);
}

function observeSize(host) {
  let last = "";
  const report = () => {
    const box = host.getBoundingClientRect();
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    const size = `${height}x${Math.ceil(box.width)}`;
    if (size === last) return;
    last = size;
    post({ type: "size", height, width: Math.ceil(box.width) });
  };
  new ResizeObserver(report).observe(document.body);
  new ResizeObserver(report).observe(host);
  document.fonts.addEventListener("loadingdone", report);
  reportSize = report;
  report();
}

// The page's web fonts, handed over as Blobs (this origin cannot fetch the
// app's files): registered once each; text picks them up when they load.
const fontsAdded = new Set();
function addFonts(fonts) {
  for (const font of Array.isArray(fonts) ? fonts : []) {
    if (!font || typeof font.family !== "string" || !(font.blob instanceof Blob)) continue;
    const descriptors = font.descriptors && typeof font.descriptors === "object" ? font.descriptors : {};
    const key = JSON.stringify([font.family, descriptors]);
    if (fontsAdded.has(key)) continue;
    fontsAdded.add(key);
    try {
      const face = new FontFace(font.family, `url("${URL.createObjectURL(font.blob)}")`, descriptors);
      document.fonts.add(face);
    } catch (e) {
      console.warn("rustlit: a font of the page could not be used", e);
    }
  }
}

window.addEventListener("message", (event) => {
  if (event.source !== window.parent) return;
  if (pageOrigin === null) pageOrigin = event.origin;
  if (event.origin !== pageOrigin) return;
  const message = event.data;
  if (!message || typeof message !== "object" || message[TAG] !== true) return;
  if (message.type === "fonts") addFonts(message.fonts);
  if (message.type === "render") renderQueue = renderQueue.then(() => render(message)).catch(reportError);
});

window.addEventListener("pagehide", () => {
  if (typeof cleanup?.then === "function" || typeof cleanup === "function") {
    Promise.resolve(cleanup)
      .then((fn) => typeof fn === "function" && fn())
      .catch((e) => console.error("Failed to run custom component cleanup", e));
  }
});

// The page cannot know our origin's readiness otherwise; this says nothing but "ready".
window.parent.postMessage({ [TAG]: true, type: "ready" }, "*");
