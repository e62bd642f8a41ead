// The browser side the browser benchmarks share: a page kept open on a server
// (optionally counting the websocket bytes it receives) and the wait for a run
// to finish. Each benchmark keeps only what it measures.

/** Resolves once the page's script run has finished (the app shows no running state). */
export async function waitIdle(page, timeout) {
  await page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').waitFor({ timeout });
}

/** Counts the websocket payload bytes the page receives into `server.received` (CDP). */
export async function countReceivedBytes(page, server) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  server.received = 0;
  cdp.on('Network.webSocketFrameReceived', ({ response }) => {
    // Binary frames arrive base64-encoded (opcode 2), text frames as they are.
    const data = response.payloadData ?? '';
    server.received += response.opcode === 2 ? Buffer.from(data, 'base64').length : Buffer.byteLength(data);
  });
}

/**
 * Opens `server.page` on the server and waits until `ready(page)` resolves and the run is over.
 * `initScript` runs before the page's scripts (its CSP forbids eval); `countBytes` keeps
 * `server.received` up to date.
 */
export async function openPage(browser, server, { ready, idleTimeout, viewport, initScript, countBytes = false }) {
  server.page = await browser.newPage(viewport ? { viewport } : {});
  if (initScript) await server.page.addInitScript(initScript);
  if (countBytes) await countReceivedBytes(server.page, server);
  await server.page.goto(server.url);
  await ready(server.page);
  await waitIdle(server.page, idleTimeout);
}
