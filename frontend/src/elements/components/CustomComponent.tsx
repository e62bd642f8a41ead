//! A custom component instance (`stCustomComponentV1`): its iframe, loaded from
//! the component origin (or the component's dev-server `url`), speaking the v1
//! protocol through a `ComponentBridge`. Values go to the widget manager like
//! any widget's.
import { useEffect, useMemo, useRef, useState } from "react";
import { rustlit } from "../../proto";
import { useAppState, useWidgets } from "../../app/context";
import { ComponentBridge, initialHeight, renderArgs } from "../../components/bridge";
import { allowFor, componentOrigin, originOf, sandboxFor, withStreamlitUrl } from "../../components/origin";
import { componentTheme } from "../../components/theme";
import { useThemeVersion } from "../../theme/activeTheme";
import { Alert } from "../status/Alert";
import "./iframe.css";

const READY_TIMEOUT_MS = 60_000;

export function CustomComponent({ el }: { el: rustlit.IComponentInstance }) {
  const template = useAppState((s) => s.session?.componentOrigin ?? "");
  const problem = useAppState((s) => s.session?.componentOriginProblem ?? "");
  const prefix = useAppState((s) => s.session?.componentPathPrefix ?? "");
  const name = el.componentName ?? "";
  let src: string;
  let origin: string | null;
  if (el.url) {
    src = el.url;
    origin = originOf(el.url, window.location.href);
  } else {
    origin = componentOrigin(template, el.originLabel ?? "");
    src = `${origin}${prefix}/component/${encodeURIComponent(name)}/index.html`;
  }
  if (!origin) return <Alert el={{ body: problem, format: rustlit.Alert.Format.WARNING }} />;
  const appUrl = window.location.origin + window.location.pathname;
  // A new document (other src) starts a new handshake.
  return <ComponentFrame key={src} el={el} src={withStreamlitUrl(src, appUrl)} origin={origin} />;
}

function ComponentFrame({ el, src, origin }: { el: rustlit.IComponentInstance; src: string; origin: string }) {
  const w = el.widget ?? {};
  const widgets = useWidgets();
  const disabled = useAppState((s) => s.connectionState !== "CONNECTED");
  const frame = useRef<HTMLIFrameElement>(null);
  const { args, dfs } = useMemo(() => renderArgs(el), [el]);
  const [height, setHeight] = useState(() => initialHeight(args) ?? el.height ?? 0);
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [timedOut, setTimedOut] = useState(false);
  const id = w.id ?? "";
  const idRef = useRef(id);
  idRef.current = id;

  const bridge = useMemo(
    () =>
      new ComponentBridge(() => frame.current, origin, {
        onReady: (version) => {
          if (version !== 1) setError(`Unrecognized component API version: '${String(version)}'`);
          else setReady(true);
        },
        onValue: (value) => widgets.setValue(idRef.current, value),
        onHeight: setHeight,
      }),
    [origin, widgets],
  );

  useEffect(() => {
    window.addEventListener("message", bridge.onMessage);
    return () => window.removeEventListener("message", bridge.onMessage);
  }, [bridge]);

  useEffect(() => {
    if (ready) return;
    const timer = window.setTimeout(() => setTimedOut(true), READY_TIMEOUT_MS);
    return () => window.clearTimeout(timer);
  }, [ready]);

  const themeVersion = useThemeVersion();
  useEffect(() => {
    if (ready) bridge.render(args, dfs, disabled, componentTheme());
  }, [bridge, ready, args, dfs, disabled, themeVersion]);

  if (error) return <Alert el={{ body: error, format: rustlit.Alert.Format.ERROR }} />;
  return (
    <>
      {timedOut && !ready ? (
        <Alert
          el={{
            body: `The app is attempting to load the component from \`${src}\`, and hasn't received its "streamlit:componentReady" message.`,
            format: rustlit.Alert.Format.WARNING,
          }}
        />
      ) : null}
      <iframe
        ref={frame}
        className="stCustomComponentV1"
        data-testid="stCustomComponentV1"
        title={el.componentName ?? ""}
        src={src}
        allow={allowFor(el.allow)}
        sandbox={sandboxFor(origin, window.location.origin)}
        width="100%"
        height={height}
        scrolling="no"
        tabIndex={el.tabIndex ?? undefined}
        style={{ width: "100%", height: `${height}px` }}
      />
    </>
  );
}
