import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { pageTypes } from './pagetypes.ts';

for (const lang of ['es', 'ar', 'ht']) {
  test(`axe finds no serious or critical problem on any page type (${lang})`, async ({ page }) => {
    test.setTimeout(180_000);
    const found: string[] = [];
    for (const path of pageTypes(lang)) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
        found.push(`${path}: ${v.id} (${v.impact}) — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }
    }
    expect(found, found.join('\n')).toEqual([]);
  });
}

test('at 200 % zoom (180 px wide) no page type scrolls sideways', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 180, height: 370 });
  const wide: string[] = [];
  for (const path of [...pageTypes('es'), ...pageTypes('ar')]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) wide.push(`${path} (+${overflow}px)`);
  }
  expect(wide).toEqual([]);
});

test('every control is reachable by keyboard with a visible focus', async ({ page }) => {
  await page.goto('/es/guides/pedir-asilo-o-refugio/');
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return s.outlineStyle !== 'none' && s.outlineWidth !== '0px';
    });
    expect(outline).toBe(true);
  }
});
