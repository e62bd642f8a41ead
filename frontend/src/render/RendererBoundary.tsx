//! Catches what a renderer throws — including a lazily loaded family chunk that
//! fails to arrive (say, the server was upgraded and the old chunk is gone) —
//! and shows it in the element's place, so one element cannot blank the page.
import { Component, type ReactNode } from "react";
import { rustlit } from "../proto";
import { Alert } from "../elements/status/Alert";

interface State {
  error: Error | null;
}

export class RendererBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const body = `This element could not be shown: ${error.message}\n\nReloading the page may help.`;
    return <Alert el={{ body, format: rustlit.Alert.Format.ERROR }} />;
  }
}
