import { test, expect } from '@playwright/test';

/** The announced result count, once the finder has loaded. */
async function count(page: import('@playwright/test').Page) {
  await expect(page.locator('.finder [role="status"]')).toHaveText(/^\d+ \S+$/);
  return page
    .locator('.finder [role="status"]')
    .textContent()
    .then((t) => Number(/\d+/.exec(t ?? '')?.[0] ?? NaN));
}

test('the finder filters narrow the list and the count is announced', async ({ page }) => {
  await page.goto('/es/directory/');
  await expect(page.getByRole('status')).toHaveText(/^\d+ servicios$/);
  const all = await count(page);
  expect(all).toBeGreaterThanOrEqual(25);
  // Until the reader filters, the countries and their cities stay (no layout shift); no service is listed
  // in the page itself (issue 26): the lists are on each country's and city's page.
  await expect(page.locator('#directory-list')).toBeVisible();
  await expect(page.locator('.finder .cards')).toBeHidden();
  await expect(page.locator('#directory-list .cards')).toHaveCount(0);
  await expect(page.locator('#directory-list [data-country-page]')).toHaveCount(6);

  await page.getByLabel('País').selectOption('PE');
  await expect(page).toHaveURL(/country=PE/);
  await expect.poll(() => count(page)).toBeLessThan(all);
  await expect(page.locator('#directory-list')).toBeHidden();
  const peru = await count(page);
  expect(peru).toBeGreaterThan(0);
  const links = await page.locator('.finder .cards a.title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links).toHaveLength(peru);

  await page.getByLabel('Categoría').selectOption('gbv');
  await expect(page).toHaveURL(/category=gbv/);
  await expect.poll(() => count(page)).toBeLessThanOrEqual(peru);
  await expect(page.locator('.finder .cards li').first().locator('.tag', { hasText: 'Violencia de género' })).toBeVisible();

  // Back undoes the last filter.
  await page.goBack();
  await expect(page.getByLabel('Categoría')).toHaveValue('');
  await expect.poll(() => count(page)).toBe(peru);
});

test('opening the directory downloads no list of services; touching the finder loads them', async ({ page }) => {
  const lists: string[] = [];
  page.on('request', (r) => {
    if (/\/directory\/[a-z]{2}\.json$/.test(new URL(r.url()).pathname)) lists.push(r.url());
  });
  await page.goto('/es/directory/');
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('status')).toHaveText(/^\d+ servicios$/);
  expect(lists).toEqual([]);
  await page.getByLabel('Buscar un servicio').focus();
  await expect.poll(() => lists.length).toBe(1);
});

test('text search tolerates a typo and finds by organization', async ({ page }) => {
  await page.goto('/es/directory/');
  await expect(page.getByRole('status')).toHaveText(/^\d+ servicios$/);
  await page.getByLabel('Buscar un servicio').fill('Migraciones');
  await expect(page).toHaveURL(/q=Migraciones/);
  const exact = await count(page);
  expect(exact).toBeGreaterThan(0);
  await page.getByLabel('Buscar un servicio').fill('Migrasiones');
  await expect.poll(() => count(page)).toBeGreaterThan(0);
  await page.getByLabel('Buscar un servicio').fill('OIM');
  await expect.poll(() => count(page)).toBeGreaterThan(0);
  await expect(page.locator('.finder .cards .meta').first()).toContainText(/OIM|Organización Internacional/);
});

test('a shared filtered URL opens the same list', async ({ page }) => {
  await page.goto('/en/directory/?country=CA&category=children');
  await expect(page.getByLabel('Country')).toHaveValue('CA');
  await expect(page.getByLabel('Category')).toHaveValue('children');
  const n = await count(page);
  expect(n).toBeGreaterThan(0);
  for (const href of await page.locator('.finder .cards a.title').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/en\/directory\/[a-z0-9-]+\/$/);
  }
});

test('every card says when a person last verified the service, in the finder and in the plain list', async ({ page }) => {
  await page.goto('/es/directory/?country=MX');
  const cards = page.locator('.finder .cards > li');
  await expect(cards.first()).toBeVisible();
  const n = await cards.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    await expect(cards.nth(i).locator('time[datetime]')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    // How it was verified, in plain words: "by phone" only when someone called (issue 23).
    await expect(cards.nth(i)).toContainText(/Comprobado (con sus páginas publicadas|por teléfono|en una visita|por correo electrónico) el/);
    await expect(cards.nth(i)).not.toContainText('Verificado por una persona');
  }
  // Without JavaScript, the country's page says the same.
  await page.goto('/es/directory/mx/');
  const plain = page.locator('#directory-list .cards > li');
  expect(await plain.count()).toBeGreaterThan(20);
  expect(await plain.locator('time[datetime]').count()).toBe(await plain.count());
});

test('results offer tel: links and visible labels for every control', async ({ page }) => {
  await page.goto('/fr/directory/');
  for (const name of ['Catégorie', 'Pays', 'Ville', 'Langue parlée', 'Gratuit', 'Ouvert maintenant']) {
    await expect(page.getByLabel(name, { exact: true })).toBeVisible();
  }
  await count(page); // the finder has loaded
  await page.getByLabel('Pays', { exact: true }).selectOption('CA');
  await expect(page).toHaveURL(/country=CA/);
  await expect.poll(() => page.locator('.finder a[href^="tel:+"]').count()).toBeGreaterThan(0);
  await page.getByLabel('Gratuit', { exact: true }).check();
  await expect(page).toHaveURL(/free=1/);
});

test('"near me" is opt-in and sorts by distance on the device', async ({ page, context }) => {
  await context.grantPermissions(['geolocation']);
  // Lima.
  await context.setGeolocation({ latitude: -12.0464, longitude: -77.0428 });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/es/directory/');
  await expect(page.getByRole('status')).toHaveText(/^\d+ servicios$/);
  // The services load when the reader touches the finder; then nothing more is requested.
  await page.getByLabel('Buscar un servicio').focus();
  await expect.poll(() => requests.some((u) => u.endsWith('/directory/es.json'))).toBe(true);
  await page.waitForLoadState('networkidle');
  const before = requests.length;
  await page.getByRole('button', { name: 'Cerca de mí' }).click();
  await expect(page.getByRole('button', { name: 'Cerca de mí' })).toHaveAttribute('aria-pressed', 'true');
  // The position never leaves the device: no request after asking for it.
  expect(requests.slice(before)).toEqual([]);
  expect(page.url()).not.toMatch(/lat|lon|-12\./);
  // No listed service publishes coordinates yet (none of their sources does): the finder says so
  // instead of pretending to sort by distance; a service with a location would show its distance.
  const kms = await page.locator('.finder .cards .meta').allTextContents();
  if (kms.some((t) => /\d km/.test(t))) await expect(page.locator('[data-near-none]')).toHaveCount(0);
  else await expect(page.locator('[data-near-none]')).toContainText('elige tu país y tu ciudad');
});

test('the HSDS export parses: JSON services and a CSV with one row per service', async ({ request }) => {
  const page = await request.get('/directory/hsds/');
  expect(page.status()).toBe(200);
  const json = await (await request.get('/directory/hsds/services.json')).json();
  expect(Array.isArray(json)).toBe(true);
  expect(json.length).toBeGreaterThanOrEqual(25);
  for (const s of json) {
    expect(s).toHaveProperty('id');
    expect(s).toHaveProperty('assured_date');
    expect(s.organization).toHaveProperty('name');
    // E.164, or a national short code such as 144.
    for (const p of s.phones) expect(p.number).toMatch(/^\+[1-9]\d{6,14}$|^\d{3,6}$/);
    // The verification, with how it was done in plain words.
    const verify = s.metadata.find((m: { field_name: string }) => m.field_name === 'assured_date');
    expect(verify.updated_by).toMatch(/^checked (by phone|in a visit|by email|against its published pages)$/);
  }
  const csv = await (await request.get('/directory/hsds/services.csv')).text();
  const lines = csv.trim().split('\r\n');
  expect(lines[0].startsWith('id,organization_name,name,description')).toBe(true);
  expect(lines[0].endsWith(',assured_date,assured_method')).toBe(true);
  // Quoted fields may hold commas but never newlines, so rows = services + header.
  expect(lines.length).toBe(json.length + 1);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the directory leads by country and city to plain lists', async ({ page }) => {
    await page.goto('/es/directory/?country=PE');
    await expect(page.locator('#directory-list')).toBeVisible();
    // The finder's controls need JavaScript, so they are not shown.
    await expect(page.locator('.finder')).toBeHidden();
    const total = Number(await page.locator('#directory-list [data-total]').getAttribute('data-total'));
    expect(total).toBeGreaterThanOrEqual(25);
    // Every country's page lists its services; together, every service of the directory.
    let listed = 0;
    for (const href of await page.locator('#directory-list [data-country-page]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      await page.goto(href);
      await expect(page.locator('h1')).toContainText('Servicios en');
      const cards = page.locator('#directory-list .cards > li');
      expect(await cards.count()).toBeGreaterThan(0);
      listed += new Set(await cards.locator('a.title').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).size;
    }
    expect(listed).toBe(total);
    // A city heading on the country page leads to the city's own page.
    await page.goto('/es/directory/pe/');
    await page.locator('#directory-list h2 a').first().click();
    await expect(page).toHaveURL(/\/es\/directory\/pe\/[a-z-]+\/$/);
  });
});

/**
 * A slow phone (CPU 8× slower) whose island script is held back until
 * `release()`, so what the person does certainly happens before it runs.
 */
async function slowPhoneHolding(page: import('@playwright/test').Page, island: RegExp): Promise<() => void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
  let release!: () => void;
  const held = new Promise<void>((ok) => (release = ok));
  await page.route(island, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test.describe('on a slow phone (CPU 8× slower)', () => {
  test('a category chosen before the finder wakes up stays chosen and filters the list', async ({ page }) => {
    const release = await slowPhoneHolding(page, /\/_astro\/DirectoryFinder\.[\w-]+\.js$/);
    await page.goto('/es/directory/', { waitUntil: 'domcontentloaded' });
    const category = page.getByLabel('Categoría');
    await category.selectOption('health');
    // The island has not started: the page still says how many services there are.
    await expect(page.locator('.finder [role="status"]')).toHaveText(/^\d+ servicios$/);
    release();
    await expect(category).toHaveValue('health');
    await expect(page).toHaveURL(/category=health/, { timeout: 20_000 });
    const n = await count(page);
    expect(n).toBeGreaterThan(0);
    // Fewer than the whole directory.
    expect(n).toBeLessThan(Number(await page.locator('#directory-list [data-total]').getAttribute('data-total')));
    await expect(page.locator('#directory-list')).toBeHidden();
    const cards = page.locator('.finder .cards > li');
    await expect(cards).toHaveCount(n);
    for (const card of await cards.all()) await expect(card.locator('.tag', { hasText: 'Salud' }).first()).toBeVisible();
  });

  test('a search typed and a filter chosen before the search wakes up are both kept', async ({ page }) => {
    const release = await slowPhoneHolding(page, /\/_astro\/SiteSearch\.[\w-]+\.js$/);
    await page.goto('/es/search/', { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Tipo').selectOption('scam');
    await page.locator('#search-q').fill('dinero');
    release();
    await expect(page).toHaveURL(/q=dinero/, { timeout: 20_000 });
    await expect(page).toHaveURL(/type=scam/);
    await expect(page.getByLabel('Tipo')).toHaveValue('scam');
    await expect(page.locator('ol.results > li').first()).toBeVisible({ timeout: 20_000 });
  });
});
