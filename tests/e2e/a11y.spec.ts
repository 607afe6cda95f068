import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { pageTypes, SHARED_PAGES } from './pagetypes.ts';

for (const lang of ['es', 'ar', 'ht']) {
  test(`axe finds no serious or critical problem on any page type (${lang})`, async ({ page }) => {
    test.setTimeout(180_000);
    const found: string[] = [];
    for (const path of [...pageTypes(lang), ...(lang === 'es' ? SHARED_PAGES : [])]) {
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

/** Link texts that say nothing about where a link goes (Lighthouse's "link-text" audit, in our languages). */
const VAGUE = new Set(['click here', 'here', 'more', 'start', 'continue', 'learn more', 'read more', 'go', 'this', 'aquí', 'haz clic aquí', 'más', 'ver más', 'leer más', 'empezar', 'continuar', 'ici', 'plus', 'commencer', 'continuer', 'aqui', 'mais', 'começar', 'isit', 'kòmanse', 'kontinye', 'هنا', 'المزيد', 'ابدأ', 'تابع']);

for (const lang of ['es', 'ar', 'ht']) {
  test(`what Lighthouse checks, on every page type (${lang}): title, description, viewport, lang, descriptive links, tap targets`, async ({ page }) => {
    test.setTimeout(180_000);
    const found: string[] = [];
    for (const path of [...pageTypes(lang), ...(lang === 'es' ? SHARED_PAGES : [])]) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const r = await page.evaluate((vague) => {
        const out: string[] = [];
        if (!document.title.trim()) out.push('no <title>');
        if (!document.querySelector('meta[name="viewport"]')) out.push('no viewport meta');
        if (!document.documentElement.lang) out.push('no <html lang>');
        const noindex = document.querySelector('meta[name="robots"][content*="noindex"]');
        if (!noindex && !document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim()) out.push('no meta description');
        for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
          const text = (a.textContent ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
          if (vague.includes(text) && !a.getAttribute('aria-label')) out.push(`vague link text "${text}" → ${a.getAttribute('href')}`);
        }
        // Tap targets that are not inside a sentence: at least 24 × 24 px (WCAG 2.5.8), and not overlapping.
        const targets = [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, textarea')].filter((el) => {
          const s = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          if (box.width === 0 || box.height === 0 || s.visibility === 'hidden') return false;
          // A radio or checkbox is tapped through its label: the label is the target.
          const input = el as HTMLInputElement;
          if ((input.type === 'radio' || input.type === 'checkbox') && input.labels?.[0] && input.labels[0].getBoundingClientRect().height >= 24) return false;
          // Inline links inside running text are exempt, as in WCAG.
          return !(el.tagName === 'A' && s.display === 'inline' && el.closest('p, li, dd, td, figcaption') && (el.closest('p, li, dd, td, figcaption')!.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 1);
        });
        for (const el of targets) {
          const b = el.getBoundingClientRect();
          if (b.width < 24 || b.height < 24) out.push(`small target ${Math.round(b.width)}×${Math.round(b.height)}: ${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`);
        }
        return out;
      }, [...VAGUE]);
      for (const x of r) found.push(`${path}: ${x}`);
    }
    expect(found, found.join('\n')).toEqual([]);
  });
}
