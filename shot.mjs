import { chromium } from '@playwright/test';
const [,, url, out, y, h] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const p = await b.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
await p.goto(url);
const box = await (await p.$('[data-asylum-facts]')).boundingBox();
await p.screenshot({ path: out, fullPage: true, clip: { x: 0, y: box.y + Number(y), width: 360, height: Number(h) } });
await b.close();
