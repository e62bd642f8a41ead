//! Entry point: one store, one connection, one React root.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./styles/fonts.css";
import "@fontsource/source-code-pro/400.css";
import "./styles/theme.css";
import "./styles/app.css";
import { App } from "./app/App";
import { StoreContext } from "./app/context";
import { AppStore } from "./store/appStore";
import { Connection } from "./connection/connection";
import { watchCspRefusals } from "./app/cspRefusals";

const store = new AppStore();
const connection = new Connection({
  onState: (state, error) => store.onConnectionState(state, error),
  onOpen: () => store.onSocketOpen(),
  onMessage: (msg) => store.handleForwardMsg(msg),
  resumeSecret: () => store.resumeSecret(),
  onSignedOut: (kind) => store.onSignedOut(kind),
});
store.setSink(connection);
watchCspRefusals(document);
store.listenToHistory();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
);
connection.start();
