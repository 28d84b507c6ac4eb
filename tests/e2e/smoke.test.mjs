// Browser smoke test of the built web app (dist/), run by `cargo xtask test` as
// `node --test tests/e2e/`. It starts its own static server on 127.0.0.1 (a free port),
// drives Debian's Chromium through playwright-core (no browser download), and checks what a
// person sees. Env: PGCASCADE_DIST (default <repo>/dist), CHROMIUM (default /usr/bin/chromium),
// PGCASCADE_E2E_OUT (default <repo>/target/e2e).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = path.resolve(process.env.PGCASCADE_DIST ?? path.join(repo, 'dist'));
const outDir = path.resolve(process.env.PGCASCADE_E2E_OUT ?? path.join(repo, 'target', 'e2e'));
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

const MODES = ['single-transaction', 'autocommit', 'as-written', 'whole-file', 'whole-file-tx'];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A tiny static file server for dist/, on 127.0.0.1 only. */
function serveDist() {
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      let rel = decodeURIComponent(url.pathname);
      if (rel.endsWith('/')) rel += 'index.html';
      const file = path.join(dist, path.normalize(rel));
      if (!file.startsWith(dist + path.sep)) {
        res.writeHead(403).end();
        return;
      }
      const body = await fs.readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

let server;
let browser;
let base;

before(async () => {
  await fs.access(path.join(dist, 'index.html')).catch(() => {
    throw new Error(`${dist}/index.html is missing: run \`trunk build --release\` first`);
  });
  server = await serveDist();
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

/** True for URLs that stay on this machine's loopback server (or carry their data inline). */
function isLocal(url) {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
  return u.hostname === '127.0.0.1';
}

test('playground loads, shows editor, modes and trace, and follows input', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const requests = [];
  const problems = [];
  // Nothing may leave 127.0.0.1: record every request, and refuse any that would.
  await context.route('**/*', (route) =>
    isLocal(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));

  try {
    await page.goto(`${base}/`, { waitUntil: 'load' });
    const app = page.getByTestId('app');
    await app.waitFor({ timeout: 30_000 });
    assert.equal(await page.title(), 'pgcascade — PostgreSQL migration playground');

    // The editor opens with the abort-cascade example.
    const input = page.getByTestId('migration-input');
    assert.match(await input.inputValue(), /CREATE TABLE users/);

    // The five runner modes, in the core's order.
    const select = page.getByTestId('mode-select');
    assert.deepEqual(await select.locator('option').allTextContents(), MODES);
    assert.equal(await select.inputValue(), 'single-transaction');

    // The trace table shows the abort cascade: the runner's BEGIN, five statements, its COMMIT;
    // the second CREATE TABLE fails with 42P07 and everything after it with 25P02.
    await page.getByTestId('trace-table').waitFor();
    const status = page.getByTestId('status');
    assert.match(await status.textContent(), /^5 statements · 7 steps in the trace · /);
    const rows = page.getByTestId('trace-row');
    assert.equal(await rows.count(), 7);
    assert.deepEqual(await rows.getByTestId('sqlstate').allTextContents(), [
      '—', '—', '42P07', '25P02', '25P02', '25P02', '—',
    ]);
    assert.match(await rows.nth(2).textContent(), /relation "users" already exists/);

    await fs.mkdir(outDir, { recursive: true });
    await page.screenshot({ path: path.join(outDir, 'smoke.png'), fullPage: true });

    // Editing the migration re-simulates: the status line follows the statement count.
    await input.fill('CREATE TABLE t (id int);\nSELECT 1;\nSELECT $$ ; $$;\n');
    await page.waitForFunction(
      () => document.querySelector('[data-testid=status]')?.textContent.startsWith('3 statements'),
      null,
      { timeout: 5_000 },
    );

    await select.selectOption('autocommit');
    assert.match(await status.textContent(), /^3 statements · .* · mode autocommit$/);
    await page.screenshot({ path: path.join(outDir, 'smoke-edited.png'), fullPage: true });

    assert.deepEqual(problems, [], 'no page errors or console errors');
    assert.ok(requests.length >= 3, `page, script and wasm were fetched: ${requests.join(', ')}`);
    const remote = requests.filter((u) => !isLocal(u));
    assert.deepEqual(remote, [], 'no request leaves 127.0.0.1');
    assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the wasm module was loaded');
  } finally {
    await context.close();
  }
});
