import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const s = spawn(process.execPath, ['scripts/serve.mjs', '--port', '4401'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
const p = await b.newPage({ viewport: { width: 180, height: 370 } });
for (const path of process.argv.slice(2)) {
  await p.goto('http://localhost:4401' + path);
  const r = await p.evaluate(() => {
    const W = document.documentElement.clientWidth;
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      const rect = el.getBoundingClientRect();
      if (rect.right > W + 1 || rect.left < -1) out.push(`${el.tagName}.${el.className} ${Math.round(rect.left)}..${Math.round(rect.right)}`);
    }
    return [document.documentElement.scrollWidth - W, out.slice(0, 6)];
  });
  console.log(path, JSON.stringify(r));
}
await b.close(); s.kill();
