//! The app's single state: element tree, run lifecycle, connection status, session
//! info. Fed by decoded `ForwardMsg`s and connection events; read by React through
//! `subscribe`/`getState`. Decides *when* to send `RerunScript`/`StopScript` but
//! sends them through the `BackMsgSink` (the connection module), never a socket.
import { rustlit, type IException, type IWidgetState } from "../proto";
import { toolbarModeOf, type ToolbarMode } from "../app/toolbarMode";
import {
  emptyTree,
  forEachBlock,
  forEachElement,
  keepOutside,
  markUnchanged,
  prune,
  setBlock,
  setElement,
  type Tree,
} from "./tree";
import { containerSpec } from "../widgets/specs";
import { WidgetManager } from "../widgets/widgetManager";
import { preloadRenderer, triggerIds, widgetSpec } from "../registry/elements";
import { UploadClient } from "../uploads/uploadClient";
import { ChunkClient } from "./dataframeChunks";
import { pageByName, pageNameFromPath, pagePath, queryForPageChange } from "../navigation/pages";
import { UrlQuery, windowUrl, type BrowserUrl } from "./urlQuery";
import { defaultPageConfig, mergePageConfig, type PageConfig } from "./pageConfig";
import { currentContextInfo } from "./contextInfo";

export type ConnectionState = "INITIAL" | "PINGING_SERVER" | "CONNECTING" | "CONNECTED" | "DISCONNECTED_FOREVER";

export type ScriptState =
  | "initial"
  | "running"
  | "notRunning"
  | "rerunRequested"
  | "stopRequested"
  | "compilationError";

export interface SessionInfo {
  sessionId: string;
  scriptName: string;
  rustlitVersion: string;
  pythonVersion: string;
  /** Component iframes' origin ("{label}" = per component); "" when there is none. */
  componentOrigin: string;
  /** Why there is no component origin, shown in place of components. */
  componentOriginProblem: string;
  /** `server.requireLogin`: put between the component origin and the path ("" without the gate). */
  componentPathPrefix: string;
  /** `client.disableDataExport`: no CSV download, no copying from read-only grids. */
  disableDataExport: boolean;
  /** `client.toolbarMode` (app/toolbarMode.ts). */
  toolbarMode: ToolbarMode;
}

export interface AppState {
  readonly tree: Tree;
  readonly connectionState: ConnectionState;
  /** Why the connection is down (close reason or health failure), for the banner. */
  readonly connectionError: string | null;
  /** True once a connection existed and dropped (the "connection lost" banner). */
  readonly connectionLost: boolean;
  readonly scriptState: ScriptState;
  /** The run the page is being built by (stale = written by another run while running). */
  readonly runId: number;
  readonly running: boolean;
  readonly session: SessionInfo | null;
  readonly compileError: IException | null;
  readonly scriptChangedOnDisk: boolean;
  /** The session reruns by itself when a source file changes. */
  readonly runOnSave: boolean;
  /** The "Clear caches" confirmation (main menu or the `c` key) is open. */
  readonly clearCacheDialog: boolean;
  /** A multipage app's pages, from the last run that declared them. */
  readonly navigation: rustlit.INavigation | null;
  /** The page the app shows ("" until the server names one). */
  readonly currentPageHash: string;
  /** The page name the URL asked for when the app has no such page. */
  readonly pageNotFound: string | null;
  /** Every st.set_page_config call so far, merged. */
  readonly pageConfig: PageConfig;
  /** The login gate refused the reconnect: the login ended (401) or the
   *  account may no longer use the app (403). */
  readonly signedOut: SignedOut | null;
}

export type SignedOut = "ended" | "refused";


/** Where outgoing messages go: the connection module. */
export interface BackMsgSink {
  send(msg: rustlit.IBackMsg): boolean;
}

type Listener = () => void;

export class AppStore {
  private state: AppState = {
    tree: emptyTree(),
    connectionState: "INITIAL",
    connectionError: null,
    connectionLost: false,
    scriptState: "initial",
    runId: 0,
    running: false,
    session: null,
    compileError: null,
    scriptChangedOnDisk: false,
    runOnSave: false,
    clearCacheDialog: false,
    navigation: null,
    currentPageHash: "",
    pageNotFound: null,
    pageConfig: defaultPageConfig,
    signedOut: null,
  };
  private listeners = new Set<Listener>();
  private sink: BackMsgSink | null = null;
  private resumeSecretValue: string | null = null;
  /** Set once a RerunScript went out on the current socket, so resume logic sends at most one. */
  private rerunSentOnThisSocket = false;
  /** The script state when the socket dropped (decides whether to rerun on resume). */
  private stateAtDisconnect: ScriptState | null = null;
  readonly widgets: WidgetManager;
  /** Upload URLs come back over the socket; the files go up over HTTP. */
  readonly uploads = new UploadClient((msg) => !!this.sink?.send(msg));
  /** Rows of lazy dataframes, asked for as the grid scrolls. */
  readonly chunks = new ChunkClient((msg) => !!this.sink?.send(msg));
  /** Replaced in tests; reloads the page when the server's version changed. */
  reloadPage: () => void = () => window.location.reload();
  /** The address bar and history (replaced in tests). */
  browser: () => BrowserUrl = windowUrl;
  /** The address bar's query string and `st.query_params`. */
  readonly url = new UrlQuery(() => this.browser());
  /** A page change the page asked for, applied to the URL when the server confirms the page. */
  private pageChange: { query: string; history: "push" | "replace" } | null = null;
  /** `run_every` fragments: one timer per fragment id, dropped when a full run starts. */
  private autoReruns = new Map<string, ReturnType<typeof setInterval>>();

  constructor() {
    this.widgets = new WidgetManager(
      (states, fragmentId) => this.sendRerun(states, undefined, fragmentId),
      (param, values) => this.url.writeParam(param, values),
    );
  }

  getState = (): AppState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  setSink(sink: BackMsgSink): void {
    this.sink = sink;
  }

  /** What resumes this page's session after a dropped socket: the secret
   *  of the last SessionInit (the session id alone resumes nothing). Kept
   *  out of the rendered state, never put in a URL. */
  resumeSecret(): string | null {
    return this.resumeSecretValue;
  }

  // ------------------------------------------------------------ connection events

  onConnectionState(connectionState: ConnectionState, connectionError: string | null = null): void {
    const wasConnected = this.state.connectionState === "CONNECTED";
    if (wasConnected && connectionState !== "CONNECTED") {
      this.stateAtDisconnect = this.state.scriptState;
      this.uploads.connectionLost();
      this.chunks.connectionLost();
    }
    this.update({
      connectionState,
      connectionError,
      connectionLost: this.state.connectionLost || (wasConnected && connectionState !== "CONNECTED"),
    });
  }

  /** The login gate refused the page's reconnect (connection.ts stops retrying). */
  onSignedOut(signedOut: SignedOut): void {
    this.update({ signedOut });
  }

  /** The socket is open. A page without a session starts a run right away. */
  onSocketOpen(): void {
    this.rerunSentOnThisSocket = false;
    this.update({ connectionLost: false, connectionError: null });
    if (!this.state.session) this.sendRerun(this.widgets.states());
  }

  handleForwardMsg(msg: rustlit.IForwardMsg): void {
    for (const event of msg.events ?? []) {
      try {
        this.handleEvent(event);
      } catch (err) {
        console.error("rustlit: could not apply event", event, err);
      }
    }
  }

  // ------------------------------------------------------------ user actions

  /** The user asked for a rerun (`r` key, main menu). */
  rerun(): void {
    if (this.sendRerun(this.widgets.states())) this.update({ scriptState: "rerunRequested" });
  }

  /** "Always rerun": rerun now, and whenever a source file changes from now on. */
  alwaysRerun(): void {
    this.setRunOnSave(true);
    this.rerun();
  }

  /** The main menu's "Run on save" switch. */
  setRunOnSave(runOnSave: boolean): void {
    if (this.sink?.send({ setRunOnSave: { runOnSave } })) this.update({ runOnSave });
  }

  /** Opens or closes the "Clear caches" confirmation. */
  setClearCacheDialog(open: boolean): void {
    this.update({ clearCacheDialog: open });
  }

  /** "Clear caches" confirmed: the server empties st.cache_data, st.cache_resource and the session's state (no rerun, as in 1.67). */
  clearCache(): void {
    this.sink?.send({ clearCache: {} });
    this.update({ clearCacheDialog: false });
  }

  /** The Stop button. */
  stop(): void {
    if (this.sink?.send({ stopScript: {} })) this.update({ scriptState: "stopRequested" });
  }

  /** Back/Forward to another query string reruns the script with it. */
  listenToHistory(): void {
    this.browser().onPopState(() => this.onHistoryNavigation());
  }

  dismissCompileError(): void {
    this.update({ compileError: null });
  }

  dismissPageNotFound(): void {
    this.update({ pageNotFound: null });
  }

  /** A click in the navigation or on a page link: run that page. The URL follows once it runs. */
  openPage(pageScriptHash: string, linkQuery = ""): void {
    const query = queryForPageChange(this.browser().search(), linkQuery);
    this.pageChange = { query, history: "push" };
    const rerun = { pageScriptHash, queryString: query };
    if (this.sendRerun(this.widgets.states(), rerun)) this.update({ scriptState: "rerunRequested" });
  }

  /**
   * Back/Forward: rerun when the entry names another page (multipage apps)
   * or another query string; an anchor jump within the page does nothing.
   */
  onHistoryNavigation(): void {
    const browser = this.browser();
    const name = pageNameFromPath(browser.pathname());
    const nav = this.state.navigation;
    const page = nav ? pageByName(nav.appPages ?? [], name) : undefined;
    const pageChanged = !!nav && (page?.pageScriptHash ?? "") !== this.state.currentPageHash;
    if (!this.url.historyMoved(pageChanged)) return;
    const query = browser.search();
    this.pageChange = { query, history: "replace" };
    const rerun = !pageChanged
      ? { pageScriptHash: this.state.currentPageHash, queryString: query }
      : page
        ? { pageScriptHash: page.pageScriptHash ?? "", queryString: query }
        : { pageScriptHash: "", pageName: name, queryString: query };
    // Bound widgets take their values from the entry's URL (1.67's history navigation).
    const states = pageChanged ? this.widgets.states() : this.widgets.statesForHistory(query);
    if (this.sendRerun(states, rerun)) this.update({ scriptState: "rerunRequested" });
  }

  /**
   * Sends a rerun of the current page (the page the URL names until the server named one), or of `page`;
   * with `fragmentId`, a rerun of only that fragment (a widget inside it, or its `run_every` timer).
   */
  private sendRerun(
    widgetStates: IWidgetState[],
    page?: { pageScriptHash: string; pageName?: string; queryString: string },
    fragmentId = "",
    isAutoRerun = false,
  ): boolean {
    const current = this.state.currentPageHash;
    const rerun = page ?? {
      pageScriptHash: current,
      pageName: current ? "" : pageNameFromPath(this.browser().pathname()),
      queryString: this.url.forRerun(),
    };
    if (page) this.url.sent(page.queryString);
    const contextInfo = currentContextInfo();
    const sent = !!this.sink?.send({ rerunScript: { ...rerun, widgetStates, fragmentId, isAutoRerun, contextInfo } });
    if (sent) this.rerunSentOnThisSocket = true;
    return sent;
  }

  private handleEvent(event: rustlit.IForwardEvent): void {
    const s = this.state;
    if (event.sessionInit) {
      const init = event.sessionInit;
      const previous = s.session;
      if (previous && previous.rustlitVersion && init.rustlitVersion && previous.rustlitVersion !== init.rustlitVersion) {
        this.reloadPage();
        return;
      }
      this.resumeSecretValue = init.resumeSecret || null;
      const session: SessionInfo = {
        sessionId: init.sessionId ?? "",
        scriptName: init.scriptName ?? "",
        rustlitVersion: init.rustlitVersion ?? "",
        pythonVersion: init.pythonVersion ?? "",
        componentOrigin: init.componentOrigin ?? "",
        componentOriginProblem: init.componentOriginProblem ?? "",
        componentPathPrefix: init.componentPathPrefix ?? "",
        disableDataExport: !!init.disableDataExport,
        toolbarMode: toolbarModeOf(init.toolbarMode),
      };
      const otherScript = previous !== null && previous.scriptName !== session.scriptName;
      this.update({
        session,
        tree: otherScript ? emptyTree() : s.tree,
        runOnSave: !!init.runOnSave,
        ...(otherScript ? { navigation: null, currentPageHash: "" } : {}),
      });
      const interrupted =
        this.stateAtDisconnect === "running" ||
        this.stateAtDisconnect === "rerunRequested" ||
        this.stateAtDisconnect === "initial";
      this.stateAtDisconnect = null;
      if (!this.rerunSentOnThisSocket && (!init.resumed || interrupted)) {
        this.sendRerun(this.widgets.states());
      }
    } else if (event.runStarted) {
      const started = event.runStarted;
      const runId = started.runId ?? 0;
      // A fragment run rewrites only inside its fragments' containers: the
      // rest of the page is current from the start (never stale, never pruned).
      // A full run drops the timers; it sends again the ones it keeps.
      if (started.fragmentRun) {
        const scope = (started.scope ?? []).map((p) => p.path ?? []);
        this.update({ tree: keepOutside(s.tree, scope, runId) });
      } else {
        this.clearAutoReruns();
      }
      this.update({
        runId,
        running: true,
        scriptState: "running",
        scriptChangedOnDisk: false,
      });
    } else if (event.delta) {
      const d = event.delta;
      const path = d.path ?? [];
      if (d.element) {
        this.widgets.register(widgetSpec(d.element), d.fragmentId ?? "");
        for (const id of triggerIds(d.element)) this.widgets.registerTrigger(id, d.fragmentId ?? "");
        preloadRenderer(d.element);
        this.update({ tree: setElement(s.tree, path, d.element, s.runId) });
      } else if (d.block) {
        const spec = containerSpec(d.block);
        if (spec) this.widgets.registerContainer(spec, d.fragmentId ?? "");
        this.update({ tree: setBlock(s.tree, path, d.block, s.runId) });
      }
    } else if (event.unchanged) {
      const u = event.unchanged;
      this.update({ tree: markUnchanged(s.tree, u.parent ?? [], u.start ?? 0, u.count ?? 0, s.runId) });
    } else if (event.runFinished) {
      this.finishRun(event.runFinished);
    } else if (event.compileError) {
      this.update({ compileError: event.compileError.exception ?? {}, scriptState: "compilationError" });
    } else if (event.scriptChangedOnDisk) {
      this.update({ scriptChangedOnDisk: true });
    } else if (event.pageConfigChanged) {
      this.update({ pageConfig: mergePageConfig(s.pageConfig, event.pageConfigChanged) });
    } else if (event.fileUrlsResponse) {
      this.uploads.onResponse(event.fileUrlsResponse);
    } else if (event.dataframeChunk) {
      this.chunks.onResponse(event.dataframeChunk);
    } else if (event.navigation) {
      this.onNavigation(event.navigation);
    } else if (event.pageNotFound) {
      const name = event.pageNotFound.pageName || pageNameFromPath(this.browser().pathname());
      this.pageChange = { query: this.browser().search(), history: "replace" };
      this.update({ pageNotFound: name });
    } else if (event.pageInfoChanged) {
      this.url.scriptChanged(event.pageInfoChanged.queryString ?? "");
    } else if (event.autoRerun) {
      this.startAutoRerun(event.autoRerun.fragmentId ?? "", event.autoRerun.interval ?? 0);
    }
  }

  /** A `run_every` fragment: rerun it every `interval` seconds, as Streamlit's page does. */
  private startAutoRerun(fragmentId: string, interval: number): void {
    const old = this.autoReruns.get(fragmentId);
    if (old !== undefined) clearInterval(old);
    this.autoReruns.delete(fragmentId);
    // Interval 0: the fragment is gone.
    if (!fragmentId || !(interval > 0) || !Number.isFinite(interval)) return;
    const timer = setInterval(() => {
      this.sendRerun(this.widgets.states(), undefined, fragmentId, true);
    }, interval * 1000);
    this.autoReruns.set(fragmentId, timer);
  }

  private clearAutoReruns(): void {
    this.autoReruns.forEach((timer) => clearInterval(timer));
    this.autoReruns.clear();
  }

  /** The fragments this page reruns on a timer (for tests). */
  autoRerunIds(): string[] {
    return [...this.autoReruns.keys()];
  }

  /** The server named the app's pages and the page this run shows: the URL follows. */
  private onNavigation(nav: rustlit.INavigation): void {
    this.update({ navigation: nav, currentPageHash: nav.pageScriptHash ?? "" });
    const page = (nav.appPages ?? []).find((p) => p.pageScriptHash === nav.pageScriptHash);
    const change = this.pageChange;
    this.pageChange = null;
    if (!page) return;
    const path = pagePath(this.browser().pathname(), page);
    const query = change ? change.query : this.browser().search();
    const search = this.browser().search();
    const current = `${this.browser().pathname()}${search ? `?${search}` : ""}`;
    const url = `${path}${query ? `?${query}` : ""}`;
    if (url === current) return;
    // Only a page change the user asked for is a new history entry; a URL
    // that named no page, or a rerun on page load, is corrected in place.
    if (change?.history === "push" && path !== this.browser().pathname()) this.browser().push(url);
    else this.browser().replace(url);
  }

  private finishRun(finished: rustlit.IRunFinished): void {
    const s = this.state;
    const status = finished.status ?? rustlit.RunStatus.FINISHED_SUCCESSFULLY;
    if ((finished.runId ?? 0) !== s.runId) return;
    if (status === rustlit.RunStatus.FINISHED_EARLY_FOR_RERUN) {
      // A newer run is about to start; keep everything (no prune, no flicker).
      return;
    }
    this.url.runFinished();
    if (status === rustlit.RunStatus.FINISHED_WITH_COMPILE_ERROR) {
      this.update({ running: false, scriptState: "compilationError" });
      return;
    }
    const tree = prune(s.tree, s.runId);
    const ids = new Set<string>();
    forEachElement(tree, (el) => {
      const spec = widgetSpec(el);
      if (spec?.id) ids.add(spec.id);
      for (const id of triggerIds(el)) ids.add(id);
    });
    forEachBlock(tree, (block) => {
      const spec = containerSpec(block);
      if (spec) ids.add(spec.id);
    });
    this.widgets.retainOnly(ids);
    this.update({ tree, running: false, scriptState: "notRunning" });
  }

  private update(patch: Partial<AppState>): void {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((l) => l());
  }
}
