import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto('http://localhost:8602/');
await page.waitForSelector('[data-testid="stSpinner"]', { timeout: 20000 });
await page.waitForTimeout(800);
const strip = (h) => h?.replace(/ class="[^"]*"/g, '').replace(/ style="[^"]*"/g, '');
for (const id of ['stProgress', 'stMetric', 'stTabs', 'stSpinner']) {
  const html = await page.evaluate((id) => [...document.querySelectorAll(`[data-testid="${id}"]`)].map(e => e.outerHTML).join('\n'), id);
  console.log('=====', id, '\n', strip(html).slice(0, 1800));
}
await page.getByRole('button', { name: 'toast' }).click();
await page.waitForSelector('[data-testid="stToast"]', { timeout: 20000 });
console.log('===== toast\n', strip(await page.evaluate(() => document.querySelector('[data-testid="stToastContainer"]')?.outerHTML ?? document.querySelector('[data-testid="stToast"]').outerHTML)).slice(0, 1500));
await page.screenshot({ path: '/tmp/st_status.png' });
await browser.close();
