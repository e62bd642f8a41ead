//! The only code that touches the websocket. Owns the connection state machine
//! (INITIAL → PINGING_SERVER → CONNECTING → CONNECTED, DISCONNECTED_FOREVER on
//! fatal errors), the health check, reconnect backoff and session resumption by
//! subprotocol (the session's resume secret as the second entry). A refused
//! handshake behind the login gate stops the retries (`onSignedOut`). Decoded `ForwardMsg`s go to the handlers; it never interprets them.
import { BackMsg, ForwardMsg, type rustlit } from "../proto";
import type { ConnectionState, SignedOut } from "../store/appStore";
import { backoffDelay } from "./backoff";
import { healthUrl, hostConfigUrl, streamUrl } from "./urls";

export interface ConnectionHandlers {
  onState(state: ConnectionState, error: string | null): void;
  onOpen(): void;
  onMessage(msg: rustlit.ForwardMsg): void;
  /** The resume secret of the session to resume, or null for a fresh session. */
  resumeSecret(): string | null;
  /** The login gate refused the socket: retrying cannot help until the user signs in. */
  onSignedOut(kind: SignedOut): void;
}

const SUBPROTOCOL = "rustlit";
const HEALTH_TIMEOUT_MS = 15_000;
const CONNECT_TIMEOUT_MS = 15_000;
/** Close codes after which retrying cannot help. */
const FATAL_CLOSE_CODES = new Set([1008]);
/** The server closed the socket because its login ended (a logout in
 *  another tab, expiry): ask the gate now rather than after a backoff. */
const LOGIN_ENDED_CLOSE_CODE = 4001;

export class Connection {
  private socket: WebSocket | null = null;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  private handlers: ConnectionHandlers;

  constructor(handlers: ConnectionHandlers) {
    this.handlers = handlers;
  }

  start(): void {
    void this.connect();
  }

  /** Sends one BackMsg; false when there is no open socket. */
  send(msg: rustlit.IBackMsg): boolean {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return false;
    this.socket.send(BackMsg.encode(BackMsg.create(msg)).finish());
    return true;
  }

  /** Stops for good (tests, page unload). */
  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.socket?.close();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    this.handlers.onState("PINGING_SERVER", null);
    try {
      await this.checkHealth();
    } catch (err) {
      this.retry(`Health check failed: ${(err as Error).message}`);
      return;
    }
    this.handlers.onState("CONNECTING", null);
    this.openSocket();
  }

  private async checkHealth(): Promise<void> {
    const ctrl = new AbortController();
    const t = setTimeout(() => ctrl.abort(), HEALTH_TIMEOUT_MS);
    try {
      const res = await fetch(healthUrl(window.location), { cache: "no-store", signal: ctrl.signal });
      const body = (await res.text()).trim();
      if (!res.ok || body !== "ok") throw new Error(`HTTP ${res.status} ${body.slice(0, 80)}`);
    } finally {
      clearTimeout(t);
    }
  }

  private openSocket(): void {
    const resume = this.handlers.resumeSecret();
    const protocols = resume ? [SUBPROTOCOL, resume] : [SUBPROTOCOL];
    let socket: WebSocket;
    try {
      socket = new WebSocket(streamUrl(window.location), protocols);
    } catch (err) {
      this.retry(`Could not open the websocket: ${(err as Error).message}`);
      return;
    }
    socket.binaryType = "arraybuffer";
    this.socket = socket;
    let opened = false;
    const connectTimer = setTimeout(() => {
      if (!opened) socket.close();
    }, CONNECT_TIMEOUT_MS);

    socket.onopen = () => {
      opened = true;
      clearTimeout(connectTimer);
      this.attempt = 0;
      this.handlers.onState("CONNECTED", null);
      this.handlers.onOpen();
    };
    socket.onmessage = (ev: MessageEvent) => {
      if (!(ev.data instanceof ArrayBuffer)) {
        console.warn("rustlit: ignoring a non-binary frame");
        return;
      }
      let msg: rustlit.ForwardMsg;
      try {
        msg = ForwardMsg.decode(new Uint8Array(ev.data));
      } catch (err) {
        console.error("rustlit: undecodable frame", err);
        return;
      }
      this.handlers.onMessage(msg);
    };
    socket.onclose = (ev: CloseEvent) => {
      clearTimeout(connectTimer);
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.closed) return;
      if (FATAL_CLOSE_CODES.has(ev.code)) {
        this.handlers.onState(
          "DISCONNECTED_FOREVER",
          `The server refused the connection (code ${ev.code})${ev.reason ? `: ${ev.reason}` : "."}`,
        );
        return;
      }
      const reason = ev.reason ? `Connection closed: ${ev.reason}` : "Connection lost.";
      // A handshake the server refused looks like any failed socket to a
      // page (browsers hide its status): ask a gated route whether the
      // login is still good before retrying.
      if (!opened || ev.code === LOGIN_ENDED_CLOSE_CODE) void this.retryUnlessSignedOut(reason);
      else this.retry(reason);
    };
  }

  private async retryUnlessSignedOut(error: string): Promise<void> {
    let status = 0;
    try {
      const res = await fetch(hostConfigUrl(window.location), { cache: "no-store", credentials: "same-origin" });
      status = res.status;
    } catch {
      // The server is unreachable: an ordinary lost connection.
    }
    if (this.closed) return;
    if (status === 401 || status === 403) {
      this.closed = true;
      const ended = status === 401;
      this.handlers.onState("DISCONNECTED_FOREVER", ended ? "The login ended." : "This account may not use the app.");
      this.handlers.onSignedOut(ended ? "ended" : "refused");
      return;
    }
    this.retry(error);
  }

  private retry(error: string): void {
    if (this.closed) return;
    const delay = backoffDelay(this.attempt++);
    this.handlers.onState("PINGING_SERVER", error);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.connect();
    }, delay);
  }
}
