import { chromium } from 'playwright-core';
const [url, out, action] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(url);
await page.waitForSelector('[data-testid="stSidebarNav"], [data-testid="stTopNav"]', { timeout: 15000 }).catch(()=>{});
await page.waitForTimeout(1500);
if (action === 'dom') {
  const html = await page.evaluate(() => document.querySelector('[data-testid="stSidebarNav"]')?.outerHTML ?? document.querySelector('[data-testid="stSidebar"]')?.outerHTML);
  console.log(html);
  const pl = await page.evaluate(() => [...document.querySelectorAll('[data-testid="stPageLink"]')].map(e => e.outerHTML).join('\n'));
  console.log(pl);
}
await page.screenshot({ path: out });
await browser.close();
