// Dev-only: opens a URL in headless Chromium and saves a full-page screenshot.
// Usage: node dev/screenshot.mjs [url] [out.png]
import { chromium } from "playwright-core";

const url = process.argv[2] ?? "http://localhost:8599/";
const out = process.argv[3] ?? "dev/screenshots/page.png";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
page.on("console", (m) => console.log("console:", m.type(), m.text()));
page.on("pageerror", (e) => console.log("pageerror:", e.message));
await page.goto(url);
await page.waitForSelector("[data-testid=stApp][data-test-script-state=notRunning]", { timeout: 20000 });
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: true });
console.log("saved", out);
await browser.close();
