// Dev-only stand-in for the rustlit server: serves dist/, answers the health
// check and speaks the websocket protocol with a scripted demo page that reacts
// to widget values. Usage: `npm run build && npm run dev:mock [-- --port 8599]`.
// Never shipped; the real server lives in ../src.
import { createServer } from "node:http";
import { readFileSync, existsSync } from "node:fs";
import { extname, join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import protobuf from "protobufjs";
import { WebSocketServer } from "ws";

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, "../dist");
const root = protobuf.loadSync(resolve(here, "../../proto/rustlit.proto"));
const ForwardMsg = root.lookupType("rustlit.ForwardMsg");
const BackMsg = root.lookupType("rustlit.BackMsg");
const portArg = process.argv.indexOf("--port");
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 8599;

const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".woff2": "font/woff2", ".woff": "font/woff" };
const http = createServer((req, res) => {
  const url = new URL(req.url, "http://x");
  if (url.pathname.endsWith("/_stcore/health")) {
    res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    return;
  }
  let file = join(dist, url.pathname);
  if (!file.startsWith(dist) || !existsSync(file) || url.pathname.endsWith("/")) file = join(dist, "index.html");
  res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
});

const sessions = new Map();
const wss = new WebSocketServer({
  server: http,
  handleProtocols: (protocols) => (protocols.has("rustlit") ? "rustlit" : false),
});

const ID = (key) => `$$ID-${Buffer.from(key).toString("hex").slice(0, 12)}-${key}`;

/** The demo "script": returns deltas for the current widget values. */
function script(values, triggered) {
  const v = (id, dflt) => (values.has(id) ? values.get(id) : dflt);
  const name = v(ID("name"), { stringValue: "" }).stringValue;
  const age = v(ID("age"), { doubleArrayValue: { data: [30] } }).doubleArrayValue.data[0];
  const show = v(ID("show"), { boolValue: true }).boolValue;
  const flavour = v(ID("flavour"), { stringValue: "Vanilla" }).stringValue;
  const clicks = triggered.has(ID("go"));
  const el = [];
  const put = (path, element) => el.push({ delta: { path, element } });
  const block = (path, b) => el.push({ delta: { path, block: b } });
  put([0, 0], { heading: { tag: "h1", body: "rustlit demo" } });
  put([0, 1], { markdown: { body: "This page is served by the **mock server**. It has `code`, [links](https://streamlit.io) and a table:\n\n| a | b |\n|---|---|\n| 1 | 2 |" } });
  // A widget's common part (proto Widget): id, label, help and its default as a WidgetValue.
  const widget = (key, label, dflt, help) => ({ id: ID(key), label, help, default: dflt });
  put([0, 2], { textInput: { widget: widget("name", "Your name", { stringValue: "" }, "Any name will do"), placeholder: "Type and press Enter" } });
  put([0, 3], { slider: { widget: widget("age", "Age", { doubleArrayValue: { data: [30] } }), min: 0, max: 100, step: 1, format: "%d" } });
  put([0, 4], { slider: { widget: widget("range", "Price range", { doubleArrayValue: { data: [2.5, 7.5] } }), min: 0, max: 10, step: 0.5, dataType: 1, format: "$%0.2f" } });
  put([0, 5], { checkbox: { widget: widget("show", "Show details", { boolValue: true }) } });
  put([0, 6], { checkbox: { widget: widget("dark", "Toggle me", { boolValue: false }), style: 1 } });
  put([0, 7], { radio: { widget: widget("flavour", "Flavour", { stringValue: "Vanilla" }), options: ["Vanilla", "Chocolate", "Strawberry"], horizontal: true } });
  put([0, 8], { selectbox: { widget: widget("city", "City", { noneValue: true }), options: ["Berlin", "Paris", "Tokyo"], placeholder: "Pick a city" } });
  put([0, 9], { numberInput: { widget: widget("qty", "Quantity", { intValue: 3 }), step: 1, hasMin: true, min: 0, hasMax: true, max: 10, format: "%d" } });
  put([0, 10], { button: { widget: widget("go", "Click me"), type: "primary" } });
  put([0, 11], { alert: { body: `Hello **${name || "stranger"}**, you are ${age} and like ${flavour}.`, format: 4 } });
  let i = 12;
  if (clicks) put([0, i++], { alert: { body: "The button was clicked.", format: 3, icon: "👋" } });
  if (show) {
    block([0, i], { horizontal: { gap: "small" } });
    block([0, i, 0], { column: { weight: 1 } });
    block([0, i, 1], { column: { weight: 1 } });
    put([0, i, 0, 0], { code: { codeText: "import streamlit as st\nst.write('hi')", language: "python" } });
    put([0, i, 1, 0], { json: { body: JSON.stringify({ name, age, tags: ["a", "b"], nested: { ok: true } }), expanded: true } });
    i++;
  }
  block([0, i], { expandable: { label: "An expander", expanded: false } });
  put([0, i, 0], { text: { body: "Monospace text inside" } });
  i++;
  put([0, i++], { alert: { body: "A warning", format: 2 } });
  put([0, i++], { markdown: { body: "A caption under things", elementType: 1 } });
  put([0, i++], { exception: { type: "ZeroDivisionError", message: "division by zero", stackTrace: ['File "app.py", line 12, in <module>', "    1 / 0"] } });
  put([1, 0], { heading: { tag: "h2", body: "Sidebar" } });
  put([1, 1], { selectbox: { widget: widget("page", "Page", { stringValue: "Home" }), options: ["Home", "Settings"] } });
  return el;
}

let nextSession = 1;
wss.on("connection", (ws, req) => {
  const offered = (req.headers["sec-websocket-protocol"] ?? "").split(",").map((s) => s.trim());
  const resumeId = offered[1];
  let session = resumeId && sessions.get(resumeId);
  const resumed = !!session;
  if (!session) {
    session = { id: `mock-${nextSession++}`, runId: 0 };
    sessions.set(session.id, session);
  }
  const send = (events) => ws.send(ForwardMsg.encode(ForwardMsg.fromObject({ events })).finish());
  send([{ sessionInit: { sessionId: session.id, scriptName: "demo", rustlitVersion: "0.0.0-mock", pythonVersion: "3.11", resumed } }]);
  ws.on("message", (data) => {
    const msg = BackMsg.toObject(BackMsg.decode(new Uint8Array(data)), { defaults: false, oneofs: true });
    if (msg.rerunScript) {
      const values = new Map();
      const triggered = new Set();
      for (const w of msg.rerunScript.widgetStates ?? []) {
        if (w.value?.triggerValue) triggered.add(w.id);
        else values.set(w.id, w.value ?? {});
      }
      const runId = ++session.runId;
      send([{ runStarted: { runId } }]);
      const deltas = script(values, triggered);
      // Stream in two flushes so the stale/running states are visible.
      send(deltas.slice(0, 4));
      setTimeout(() => {
        send([...deltas.slice(4), { runFinished: { runId, status: 0 } }]);
      }, 300);
    }
  });
});

http.listen(port, () => console.log(`mock server on http://localhost:${port}/`));
