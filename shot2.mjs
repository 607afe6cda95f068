import { chromium } from '@playwright/test';
const [,, url, out] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const p = await b.newPage({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 1 });
await p.goto(url);
const h = await p.locator('header.site').boundingBox();
console.log('header', JSON.stringify(h));
await p.screenshot({ path: out });
await b.close();
