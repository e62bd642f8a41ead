//! A components v2 component (`st.components.v2.component`, `stBidiComponent`).
//! 1.67 runs its code in the app's page; rustlit loads it in a frame on the
//! component origin (src/components/v2.rs), whose bootstrap mounts it as 1.67
//! would. This renderer posts it what 1.67 passes to the component (data, key,
//! name, the theme as `--st-*` variables), and turns what the frame reports
//! into widget values: state on the element's widget (a JSON object), events
//! on its trigger widget (a JSON list), batched per task as 1.67 batches them.
import { useEffect, useMemo, useRef, useState } from "react";
import { rustlit } from "../../proto";
import { useAppState, useWidgets } from "../../app/context";
import { allowFor, componentOrigin, sandboxFor } from "../../components/origin";
import { errorBody, frameMessage, mergeState, TAG, triggerEvent } from "../../components/v2/channel";
import { componentData, mediaStrings } from "../../components/v2/data";
import { framesFonts } from "../../components/v2/fonts";
import { componentV2Theme, cssVariables } from "../../components/v2/theme";
import { basePath } from "../../connection/urls";
import { activeThemeBase, useThemeVersion } from "../../theme/activeTheme";
import { Alert } from "../status/Alert";
import "./iframe.css";

interface Props {
  el: rustlit.IBidiComponent;
  widthConfig?: rustlit.IWidthConfig | null;
  heightConfig?: rustlit.IHeightConfig | null;
}

export function BidiComponent(props: Props) {
  const template = useAppState((s) => s.session?.componentOrigin ?? "");
  const problem = useAppState((s) => s.session?.componentOriginProblem ?? "");
  const prefix = useAppState((s) => s.session?.componentPathPrefix ?? "");
  const origin = componentOrigin(template, props.el.originLabel ?? "");
  if (!origin) return <Alert el={{ body: problem, format: rustlit.Alert.Format.WARNING }} />;
  const src = `${origin}${prefix}${props.el.documentPath ?? ""}`;
  // A new definition is a new document: mount it afresh.
  return <BidiFrame key={src} {...props} src={src} origin={origin} prefix={prefix} />;
}

/** Fetches this app's media files named in `data`, as Blobs by the string naming them. */
function useMedia(data: unknown): Record<string, Blob> | null {
  const [media, setMedia] = useState<Record<string, Blob> | null>(null);
  useEffect(() => {
    const base = `${window.location.origin}${basePath(window.location.pathname)}`;
    const wanted = mediaStrings(data, base);
    let cancelled = false;
    setMedia(wanted.size === 0 ? {} : null);
    if (wanted.size === 0) return;
    void Promise.all(
      [...wanted].map(async ([text, url]) => {
        try {
          const response = await fetch(url, { credentials: "same-origin" });
          return response.ok ? ([text, await response.blob()] as const) : null;
        } catch {
          return null;
        }
      }),
    ).then((pairs) => {
      if (!cancelled) setMedia(Object.fromEntries(pairs.filter((p) => p !== null)));
    });
    return () => {
      cancelled = true;
    };
  }, [data]);
  return media;
}

function BidiFrame({ el, widthConfig, heightConfig, src, origin, prefix }: Props & { src: string; origin: string; prefix: string }) {
  const widgets = useWidgets();
  const frame = useRef<HTMLIFrameElement>(null);
  const [ready, setReady] = useState(false);
  const [size, setSize] = useState<{ height: number; width: number } | null>(null);
  const [error, setError] = useState<{ message: string; stack: string } | null>(null);
  // 1.67 gives each mounted instance its own key.
  const [key] = useState(() => `st-bidi-component-${crypto.randomUUID()}`);
  // Keyed on the data itself: a rerun that sends the same data does not call the component again.
  const { json, bytes } = el;
  const arrowData = el.arrow?.data;
  const mixedJson = el.mixed?.json;
  const mixedBlobs = el.mixed?.arrowBlobs;
  const data = useMemo(
    () =>
      componentData({
        json,
        bytes,
        arrow: arrowData ? { data: arrowData } : undefined,
        mixed: mixedJson !== undefined && mixedJson !== null ? { json: mixedJson, arrowBlobs: mixedBlobs } : undefined,
      }),
    [json, bytes, arrowData, mixedJson, mixedBlobs],
  );
  const media = useMedia(data);
  const themeVersion = useThemeVersion();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the theme is read from the page's variables, which change with the version
  const theme = useMemo(() => cssVariables(componentV2Theme()), [themeVersion]);
  // Native controls in the frame take the page's light or dark look, as in 1.67's page; the frame
  // element has the same scheme, or Chromium paints the frame opaque.
  const scheme = activeThemeBase();
  const fitWidth = !!widthConfig?.useContent;

  // What the frame reported, applied once per task (1.67 flushes widget
  // changes on a timeout): state first, then one rerun with all events.
  const latest = useRef({ el, widgets });
  latest.current = { el, widgets };
  const pending = useRef<{ state: string | null; events: unknown[]; timer: number | null }>({
    state: null,
    events: [],
    timer: null,
  });
  useEffect(() => {
    const flush = () => {
      const p = pending.current;
      p.timer = null;
      const { el: current, widgets: wm } = latest.current;
      const id = current.widget?.id ?? "";
      const state = p.state === null ? undefined : { id, value: { jsonValue: p.state } };
      const events = p.events;
      p.state = null;
      p.events = [];
      const triggerId = current.triggerWidget?.id ?? "";
      if (events.length > 0 && triggerId) wm.sendEvents(triggerId, JSON.stringify(events), state);
      else if (state && id) wm.setValue(id, state.value);
    };
    const schedule = () => {
      if (pending.current.timer === null) pending.current.timer = window.setTimeout(flush, 0);
    };
    const onMessage = (event: MessageEvent) => {
      const message = frameMessage(event, frame.current?.contentWindow, origin);
      if (!message) return;
      const { el: current, widgets: wm } = latest.current;
      switch (message.type) {
        case "ready":
          setReady(true);
          return;
        case "size":
          setSize({ height: message.height, width: message.width });
          return;
        case "error":
          setError({ message: message.message, stack: message.stack });
          return;
        case "state": {
          const held = pending.current.state ?? jsonOf(wm.get(current.widget?.id ?? ""));
          pending.current.state = mergeState(held, message.name, message.json);
          schedule();
          return;
        }
        case "trigger":
          if (current.formId) {
            console.warn(
              "BidiComponent: setTriggerValue ignored inside st.form. Triggers are not allowed in forms; use setStateValue and form submit instead.",
            );
            return;
          }
          pending.current.events.push(triggerEvent(message.name, message.json));
          schedule();
          return;
      }
    };
    window.addEventListener("message", onMessage);
    const batch = pending.current;
    return () => {
      window.removeEventListener("message", onMessage);
      // What the component reported just before it went still counts.
      if (batch.timer !== null) {
        window.clearTimeout(batch.timer);
        flush();
      }
    };
  }, [origin]);

  // The page's fonts for the theme's families (the frame cannot fetch them itself).
  const fontStacks = [theme["--st-font"], theme["--st-heading-font"], theme["--st-code-font"]].join("\n");
  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    void framesFonts(fontStacks.split("\n")).then((fonts) => {
      const win = frame.current?.contentWindow;
      if (!cancelled && win && fonts.length > 0) win.postMessage({ [TAG]: true, type: "fonts", fonts }, origin);
    });
    return () => {
      cancelled = true;
    };
  }, [ready, fontStacks, origin]);

  // Render (again) whenever what the component sees changes, once the media it names are here.
  useEffect(() => {
    const win = frame.current?.contentWindow;
    if (!ready || !win || media === null) return;
    win.postMessage(
      {
        [TAG]: true,
        type: "render",
        name: el.componentName ?? "",
        key,
        data,
        media,
        theme,
        isolateStyles: !!el.isolateStyles,
        fitWidth,
        colorScheme: scheme,
      },
      origin,
    );
  }, [ready, data, media, theme, scheme, key, el.componentName, el.isolateStyles, fitWidth, origin]);

  const height = heightConfig?.pixelHeight
    ? `${heightConfig.pixelHeight}px`
    : heightConfig?.useStretch
      ? "100%"
      : `${size?.height ?? 0}px`;
  const width = fitWidth ? `${size?.width ?? 0}px` : "100%";
  // As 1.67: an error takes the component's place, for good (until it is mounted again).
  if (error) {
    // Frames name the frame's URLs: without the login's ticket in them (screenshots get shared).
    const stack = prefix ? error.stack.split(prefix).join("") : error.stack;
    return <Alert el={{ body: errorBody(error.message, stack), format: rustlit.Alert.Format.ERROR }} />;
  }
  return (
    <div className="stBidiComponent" data-testid="stBidiComponent" style={{ height: heightConfig?.useStretch ? "100%" : undefined }}>
      <iframe
        ref={frame}
        className="stBidiComponentFrame"
        data-testid="stBidiComponentFrame"
        title={el.componentName ?? ""}
        src={src}
        allow={allowFor(el.allow)}
        sandbox={sandboxFor(origin, window.location.origin)}
        scrolling={heightConfig?.pixelHeight ? "auto" : "no"}
        // Module scripts run before the load event, so the bootstrap listens by then, even if
        // its "ready" came before this page listened.
        onLoad={() => setReady(true)}
        style={{ display: "block", border: "none", width, maxWidth: "100%", height, colorScheme: scheme }}
      />
    </div>
  );
}

function jsonOf(value: unknown): string | null {
  const json = (value as { jsonValue?: unknown } | undefined)?.jsonValue;
  return typeof json === "string" ? json : null;
}
