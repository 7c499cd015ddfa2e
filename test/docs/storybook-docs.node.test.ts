import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { createServer, defaultClientConditions, type ViteDevServer } from 'vite';
import { defaultRoles } from '@dangjian/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { serveStatic, type StaticServer } from './support/static-server.js';

/**
 * The documentation as a reader gets it: Storybook built from a clean checkout (no package
 * built first), its docs pages opened in Chromium. The args tables come from the Custom
 * Elements Manifest; "Show code" gives a snippet that runs when pasted into a page.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const artifacts = `${root}test/.artifacts/docs/`;
// Outside the checkout: the linters would otherwise read the built bundle.
const storybookDir = mkdtempSync(join(tmpdir(), 'dj-storybook-'));

let site: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const cli = createRequire(import.meta.url)
    .resolve('storybook/package.json')
    .replace(/package\.json$/, 'dist/bin/dispatcher.js');
  execFileSync(process.execPath, [cli, 'build', '--quiet', '-o', storybookDir], { cwd: root, stdio: 'ignore' });
  site = await serveStatic(storybookDir);
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(storybookDir, { recursive: true, force: true });
});

/** A docs page, loaded until `ready` is there (a component page's args table by default). */
async function docsPage(id: string, ready = 'table.docblock-argstable tbody tr'): Promise<Page> {
  // Scoped to the docs container: Storybook's hidden error overlay has tables and headings too.
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${site.url}/iframe.html?id=${encodeURIComponent(id)}&viewMode=docs`);
  await page.waitForSelector(`#storybook-docs ${ready}`, { timeout: 30_000 });
  expect(errors).toEqual([]);
  return page;
}

/**
 * Entries of a rule table that cite an article, counted straight from the JSON text: objects
 * with an `"article": "…"` key, outside the `sources` list (which cites articles too).
 */
function citingEntries(file: string): number {
  const table = JSON.parse(readFileSync(`${root}packages/core/rules/${file}.json`, 'utf8')) as Record<string, unknown>;
  const { sources: _sources, ...rest } = table;
  return JSON.stringify(rest).match(/"article":"/g)?.length ?? 0;
}

/** The args table's rows, name → description, by category (attributes, events, css shadow parts…). */
async function argsTable(page: Page): Promise<Map<string, Map<string, string>>> {
  const rows = await page.$$eval('table.docblock-argstable tbody tr', (trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll('td'), (cell) => (cell as HTMLElement).innerText.trim())),
  );
  const table = new Map<string, Map<string, string>>();
  let category = '';
  for (const cells of rows) {
    // A category's heading row: a collapse button "Hide attributes items" and the heading.
    const heading = /^(?:Hide|Show) (.+) items/.exec(cells[0] ?? '');
    if (heading) {
      category = heading[1]!.toLowerCase();
      table.set(category, new Map());
    } else if (cells.length > 1) {
      // The description cell also holds the type and any control: its first line is the description.
      table.get(category)?.set(cells[0]!, cells[1]?.split('\n')[0] ?? '');
    }
  }
  return table;
}

describe('Storybook docs pages', () => {
  it('list attributes (kebab-case), events and CSS parts with their descriptions', async () => {
    const page = await docsPage('components-org-tree-党组织架构--docs');
    const table = await argsTable(page);
    const eventRow = await page.locator('table.docblock-argstable tbody tr', { hasText: 'dj-org-select' }).innerText();
    await page.close();

    expect(table.get('attributes')?.get('expand-depth')).toMatch(/How many levels start expanded/);
    expect(table.get('events')?.get('dj-org-select')).toMatch(/A reader chose an org/);
    expect(eventRow).toContain('DjOrgSelectEvent — detail: { orgId: string; org: Org }');
    expect(table.get('css shadow parts')?.get('search')).toMatch(/The search text box/);
    expect(table.get('css custom properties')?.get('--dj-org-tree-indent')).toMatch(/Indent per level/);
    expect(table.get('slots')?.get('empty')).toMatch(/Shown when there are no orgs/);
    // Public properties only: no internal state in a reader's table.
    const properties = [...(table.get('properties')?.keys() ?? [])];
    expect(properties).toContain('orgs');
    expect(properties.filter((name) => /^[_#]/.test(name))).toEqual([]);
  });

  it('give, under "Show code", a snippet that runs as copied: rows appear and a click is heard', async () => {
    const page = await docsPage('components-org-tree-党组织架构--docs');
    // The first story block on the page is the primary story, DataIn.
    await page.locator('button', { hasText: 'Show code' }).first().click();
    const snippet = await page.locator('pre.prismjs').first().innerText();
    await page.close();
    expect(snippet).toContain('.orgs = [');
    expect(snippet).toContain("addEventListener('dj-org-select'");

    // A portal page built by Vite (as with any bundler), holding nothing but the pasted snippet.
    const pageDir = `${artifacts}snippet/`;
    mkdirSync(pageDir, { recursive: true });
    writeFileSync(`${pageDir}index.html`, `<!doctype html>\n<html lang="zh-CN"><body>\n${snippet}\n</body></html>\n`);
    const vite: ViteDevServer = await createServer({
      root: pageDir,
      configFile: false,
      logLevel: 'silent',
      resolve: { conditions: ['source', ...defaultClientConditions] },
      server: { host: '127.0.0.1', port: 0 },
    });
    await vite.listen();
    try {
      const portal = await browser.newPage();
      const logged: string[] = [];
      portal.on('console', (message) => logged.push(message.text()));
      await portal.goto(vite.resolvedUrls!.local[0]!);
      const rows = portal.locator('dj-org-tree [role="treeitem"]');
      await rows.first().waitFor({ timeout: 60_000 });
      expect(await rows.count()).toBeGreaterThan(5);
      await portal.getByRole('treeitem', { name: /^龙锦社区党委/ }).click();
      await expect.poll(() => logged).toContainEqual(expect.stringMatching(/^selected lj 龙锦社区党委$/));
      await portal.close();
    } finally {
      await vite.close();
    }
  });

  it('have the guides: Getting started (provider, REST, server), Theming (generated tokens and parts), i18n', async () => {
    const guide = await docsPage('getting-started--docs', 'pre');
    const text = (await guide.locator('#storybook-docs').textContent()) ?? '';
    await guide.close();
    for (const topic of [
      'npm install @dangjian/core',
      '<dj-provider>',
      'createRestBackend',
      'createRestHandler',
      'ondj-org-select',
    ]) {
      expect(text).toContain(topic);
    }

    const theming = await docsPage('theming--docs', 'table');
    const tables = await theming.locator('#storybook-docs table').allInnerTexts();
    await theming.close();
    expect(tables[0]).toMatch(/--dj-color-primary\s+Accent/);
    expect(tables.join('\n')).toMatch(/item-selected\s+The selected row/);

    const languages = await docsPage('languages-i18n--docs', 'pre');
    expect(await languages.locator('#storybook-docs').textContent()).toContain('lang="en"');
    await languages.close();
  });

  it.each([
    ['rules-org-thresholds-组织设置--docs', 'org-thresholds'],
    ['rules-meetings-三会一课--docs', 'meetings'],
    ['rules-member-development-发展党员--docs', 'development'],
    ['rules-party-dues-党费--docs', 'dues'],
    ['rules-membership-status-党员状态--docs', 'membership-status'],
  ])('give each rule table a page generated from its JSON: %s', async (id, file) => {
    const page = await docsPage(id, 'table tbody tr');
    const rows = await page.locator('#storybook-docs table tbody tr').count();
    const articles = await page.locator('#storybook-docs table tbody tr td:nth-child(4)').allInnerTexts();
    await page.close();
    expect(rows).toBe(citingEntries(file));
    expect(articles.filter((article) => !/^第.+[条章点]/.test(article))).toEqual([]);
  });

  it('give "Who may do what" as a table generated from the role data, with every rule and its reason', async () => {
    const page = await docsPage('core-who-may-do-what--docs', 'table tbody tr');
    const [matrix = '', legend = ''] = await page.locator('#storybook-docs table').allInnerTexts();
    await page.close();
    const rules = Object.values(defaultRoles).flatMap((role) => role.rules);
    for (const rule of rules) {
      expect(legend).toContain(rule.id!);
      expect(legend).toContain(rule.reason['zh-CN']);
    }
    // The branch secretary may see phones in its subtree, not reorganise orgs.
    const row = (action: string) => matrix.split('\n').find((line) => line.startsWith(action)) ?? '';
    expect(row('member.disclose')).toContain('(phone)');
    expect(row('org.dissolve')).toContain('✗');
  });
});

describe('Storybook recipe pages', () => {
  it.each([
    ['recipes-plain-html-no-bundler--docs', ['plain-html/index.html', 'plain-html/app.js']],
    ['recipes-jquery--docs', ['jquery/index.html', 'jquery/app.js']],
    ['recipes-vue-3--docs', ['vue3/vite.config.js', 'vue3/src/main.js', 'vue3/src/App.vue']],
    ['recipes-react-19--docs', ['react19/src/main.tsx']],
    ['recipes-vue-2-7-webpack-4--docs', ['vue2-webpack4/webpack.config.cjs', 'vue2-webpack4/src/main.js']],
  ])('%s shows the code npm test runs, whole', async (id, files) => {
    const page = await docsPage(id, 'pre');
    const blocks = (await page.locator('#storybook-docs pre').allInnerTexts()).map((block) => block.trim());
    await page.close();
    for (const file of files) expect(blocks).toContain(readFileSync(`${root}recipes/${file}`, 'utf8').trim());
  });
});

describe('Storybook engine pages', () => {
  const readme = readFileSync(`${root}packages/core/src/engines/README.md`, 'utf8');
  const engines = [...readme.matchAll(/^\| `(\w+Report)` *\|([^|]*)\|([^|]*)\|$/gm)].map(([, name, data]) => ({
    name: name!,
    data: data!.trim(),
  }));

  it('exist for every engine of the README (which engine-shape.test.ts checks against the code)', () => {
    expect(engines.length).toBeGreaterThan(15);
    const pages = new Set(readdirSync(`${root}stories/engines`).filter((file) => file.endsWith('.mdx')));
    expect(engines.filter(({ name }) => !pages.has(`${name}.mdx`))).toEqual([]);
  });

  it.each([
    ['complianceReport', 'meetings.'],
    ['pledgeReport', 'pledge.overdue'],
    ['scoreLedgerReport', 'points.'],
    ['wishReport', undefined],
  ])('%s: what its data holds and the rules its findings name, with articles', async (name, rulePrefix) => {
    const page = await docsPage(`engines-${name.toLowerCase()}--docs`, '[data-engine]');
    const text = (await page.locator('#storybook-docs [data-engine]').innerText()) ?? '';
    const ruleIds = await page.locator('#storybook-docs [data-engine] tbody td:first-child').allInnerTexts();
    await page.close();
    expect(text).toContain(engines.find((engine) => engine.name === name)!.data);
    if (rulePrefix) {
      expect(ruleIds.length).toBeGreaterThan(0);
      expect(ruleIds.every((id) => id.startsWith(rulePrefix))).toBe(true);
    } else {
      expect(text).toContain('reports figures only');
    }
  });
});
