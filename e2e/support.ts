import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { alive } from './global-setup.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DEMO_PASSWORD = 'mestring-demo';

/** Launches Debian's Chromium headless with the flags this closed network needs (STACK.md). */
export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts the real server (`src/server/main.ts`) as a child process, the way `npm start` does,
 * and waits until /api/health answers. `env` picks the database (MESTRING_DATA_DIR or DATABASE_URL).
 */
export async function startServer(env: Record<string, string>, timeoutMs = 150_000): Promise<RunningServer> {
  const { url, child } = spawnServer(env, 'pipe');
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  await untilHealthy(url, child.pid!, () => output, timeoutMs, () => child.kill('SIGKILL'));
  return {
    url,
    process: child,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

/** Spawns the server on a random port; its output to pipes, or to a file descriptor (a server that outlives this process). */
function spawnServer(env: Record<string, string>, output: 'pipe' | number): { url: string; child: ChildProcess } {
  const port = 30000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', output, output],
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

/** Waits until the server at `url` (process `pid`) answers /api/health; throws with its output if it exits or stays silent. */
async function untilHealthy(url: string, pid: number, output: () => string, timeoutMs: number, kill: () => void): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      /* not listening yet */
    }
    if (!alive(pid)) throw new Error(`server exited:\n${output()}`);
    if (Date.now() > deadline) {
      kill();
      throw new Error(`server did not answer within ${timeoutMs} ms:\n${output()}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * The demo server the browser test files share (one demo seed per run instead of one per file):
 * started by the first file that asks, in the directory e2e/global-setup.ts provides, which also
 * stops it after the run. Its output goes to a log file, since it outlives the file that started it.
 */
async function sharedDemoServer(): Promise<DemoServer> {
  // Up to the e2e hook timeout (180 s): one start serves the whole run, so a slow machine may have it.
  const timeoutMs = 170_000;
  const dir = inject('e2eSharedDir');
  const state = path.join(dir, 'server.json');
  const log = path.join(dir, 'server.log');
  const output = () => (existsSync(log) ? readFileSync(log, 'utf8') : '');
  if (existsSync(state)) {
    const { url, pid } = JSON.parse(readFileSync(state, 'utf8')) as { url: string; pid: number };
    await untilHealthy(url, pid, output, timeoutMs, () => process.kill(pid, 'SIGKILL'));
    return { url };
  }
  const fd = openSync(log, 'a');
  const { url, child } = spawnServer({ MESTRING_DATA_DIR: path.join(dir, 'data') }, fd);
  closeSync(fd);
  writeFileSync(state, JSON.stringify({ url, pid: child.pid }));
  child.unref();
  await untilHealthy(url, child.pid!, output, timeoutMs, () => child.kill('SIGKILL'));
  return { url };
}

/** Runs axe with WCAG 2.0/2.1/2.2 A and AA rules and fails on serious or critical violations. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`),
  ).toEqual([]);
}

/** A browser context at a given viewport (AxeBuilder needs pages from a context); `touch`: a tablet's touch screen. */
export const newContext = (browser: Browser, width = 1366, height = 768, touch = false): Promise<BrowserContext> =>
  browser.newContext({ viewport: { width, height }, locale: 'da-DK', timezoneId: 'Europe/Copenhagen', hasTouch: touch });

/**
 * Every button, and every link in a list or table, in the page's main area is at least 44 × 44 px
 * (links in running text are exempt, as in WCAG 2.5.8).
 */
export async function expectTouchTargets(page: Page, label: string): Promise<void> {
  const small = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('main button, main li a, main td a, main th a'))
      .filter((el) => el.getClientRects().length > 0 && !el.closest('p'))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 43.5 || box.width < 43.5)
      .map(({ el, box }) => `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
  expect(small, label).toEqual([]);
}

/** Logs in through the UI and waits for the start page (`landing`: its heading; admins start on Tilbud). */
export async function loginUi(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD, landing = 'Mine borgere'): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Brugernavn').fill(username);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('heading', { level: 1, name: landing }).waitFor();
}

/** The demo server as the browser tests reach it. */
export interface DemoServer {
  url: string;
}

/** What `useDemoInBrowser` sets up; read the fields inside hooks and tests. */
export interface DemoInBrowser {
  server: DemoServer;
  browser: Browser;
}

/**
 * A browser test file's set-up: the real server on an embedded database with the demo data (as
 * `npm start` makes it), and Chromium, closed after the file. The server is the one all files of the
 * run share (`sharedDemoServer`), so a file writes only what no other file reads: its own records,
 * names or users, and it undoes a change that others would see (a cover it started, say).
 * `{ own: true }`: a server of the file's own on a fresh demo, stopped and removed after it.
 */
export function useDemoInBrowser(opts: { own?: boolean } = {}): DemoInBrowser {
  const env = {} as DemoInBrowser;
  let own: { server: RunningServer; dataDir: string } | undefined;
  beforeAll(async () => {
    if (opts.own) {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'mestring-e2e-'));
      own = { dataDir, server: await startServer({ MESTRING_DATA_DIR: dataDir }) };
      env.server = own.server;
    } else {
      env.server = await sharedDemoServer();
    }
    env.browser = await launchBrowser();
  });
  afterAll(async () => {
    await env.browser?.close();
    if (own) {
      await own.server.stop();
      rmSync(own.dataDir, { recursive: true, force: true });
    }
  });
  return env;
}

/** A screenshot for the README and for reviewing the pages: e2e/screenshots/<name>.png. */
export const shot = (page: Page, name: string) => page.screenshot({ path: `e2e/screenshots/${name}.png` });

/** A screenshot at a given width (desktop 1280, tablet 768), the height kept. */
export async function shotAt(page: Page, name: string, width: number) {
  const { height } = page.viewportSize()!;
  await page.setViewportSize({ width, height });
  await shot(page, name);
}

/**
 * Opens the first citizen on Mine borgere (where staff land after login) and the tab named `tab`
 * in the record's tab bar ('Medicin', 'Hændelser', …); returns the citizen's name.
 */
export async function openCitizenTab(page: Page, tab: string): Promise<string> {
  const link = page.locator('.citizen-card').first().getByRole('heading').getByRole('link');
  await link.waitFor();
  const name = (await link.textContent())!.trim();
  await link.click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByRole('navigation', { name: `Faneblade for ${name}` }).getByRole('link', { name: tab, exact: true }).click();
  return name;
}
