import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto('http://localhost:8601/');
await page.waitForSelector('[data-testid="stSidebarNav"]');
await page.waitForTimeout(800);
const info = await page.evaluate(() => {
  const pick = (el, props) => { const cs = getComputedStyle(el); const r = el.getBoundingClientRect(); return Object.fromEntries([...props.map(p => [p, cs[p]]), ['rect', `${r.x},${r.y},${r.width}x${r.height}`]]); };
  const P = ['fontSize','fontWeight','color','backgroundColor','padding','margin','borderRadius','lineHeight','gap','display'];
  const links = [...document.querySelectorAll('[data-testid="stSidebarNavLink"]')];
  return {
    nav: pick(document.querySelector('[data-testid="stSidebarNav"]'), P),
    items: pick(document.querySelector('[data-testid="stSidebarNavItems"]'), P),
    active: pick(links[0], P), other: pick(links[1], P),
    activeText: pick(links[0].querySelector('p'), P), otherText: pick(links[1].querySelector('p'), P),
    icon: pick(links[1].querySelector('[data-testid="stIconEmoji"]'), P),
    pagelink: pick(document.querySelector('[data-testid="stPageLink-NavLink"]'), P),
    pagelinkText: pick(document.querySelector('[data-testid="stPageLink-NavLink"] p'), P),
    sidebarContent: pick(document.querySelector('[data-testid="stSidebarContent"]'), P),
    header: pick(document.querySelector('[data-testid="stSidebarHeader"]'), P),
    title: document.title,
  };
});
console.log(JSON.stringify(info, null, 1));
await page.hover('[data-testid="stSidebarNavLink"] >> nth=1');
await page.waitForTimeout(300);
console.log('hover', await page.evaluate(() => getComputedStyle(document.querySelectorAll('[data-testid="stSidebarNavLink"]')[1]).backgroundColor));
await page.click('[data-testid="stSidebarNavLink"] >> nth=1');
await page.waitForTimeout(1500);
console.log(page.url(), await page.title());
await page.goto('http://localhost:8601/nonexistent');
await page.waitForTimeout(2500);
await page.screenshot({ path: '/tmp/st_notfound.png' });
console.log(page.url(), await page.title());
await browser.close();
