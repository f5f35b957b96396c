// `npm run screenshot`: opens the seed article in the code-server host (test/host) with the extension loaded,
// shows the News views beside the highlighted text, and saves the workbench as media/screenshot.png for README.md.
// SEED picks another file of seeds/, THEME another colour theme, OUT another output path. SHOT=corpus shows
// the Corpus view and the Share of Voice panel instead (media/corpus.png); SHOT=review a review in progress,
// made from the keyboard as a person would (media/review.png).
import * as fs from 'fs';
import { createRequire } from 'module';
import * as os from 'os';
import * as path from 'path';
import {
  freePort,
  privateHome,
  ROOT,
  startCodeServer,
  stopProcessGroup,
  waitForServer,
  workbenchUrl,
} from '../test/host/codeServer.mjs';
import { ensureHost } from '../test/host/install.mjs';

const SEED = process.env.SEED ?? '000_b46657698715220a.txt';
const THEME = process.env.THEME ?? 'Default Dark Modern';
const CORPUS = process.env.SHOT === 'corpus';
const REVIEW = process.env.SHOT === 'review';
const OUT = path.resolve(ROOT, process.env.OUT ?? (CORPUS ? 'media/corpus.png' : REVIEW ? 'media/review.png' : 'media/screenshot.png'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(fs.existsSync);
// The review picture is smaller: with three pictures in the README the .vsix has to stay under 1 MB.
const VIEWPORT = REVIEW ? { width: 1160, height: 720 } : { width: 1440, height: 860 };

if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) {
  console.error('dist/extension.js is missing: run `npm run build` first (npm run screenshot does)');
  process.exit(1);
}
ensureHost('screenshot');
// playwright-core belongs to the test host, not to the extension.
const { chromium } = createRequire(path.join(ROOT, 'test', 'host', 'package.json'))('playwright-core');

/** A quiet profile: the chosen theme, no start page, tips, minimap or chat, so the article and views get the room. */
function writeSettings(tmp) {
  const dir = path.join(tmp, 'user-data', 'User');
  fs.mkdirSync(dir, { recursive: true });
  const settings = {
    // The browser's colour scheme decides over workbench.colorTheme in code-server, so name the theme for both.
    'workbench.colorTheme': THEME,
    'window.autoDetectColorScheme': true,
    'workbench.preferredDarkColorTheme': THEME,
    'workbench.preferredLightColorTheme': THEME,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'window.commandCenter': false,
    'editor.minimap.enabled': false,
    'chat.commandCenter.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.layoutControl.enabled': false,
    'editor.fontSize': 14,
    // The click that puts the cursor in a quote would otherwise mark every occurrence of the word under it.
    'editor.occurrencesHighlight': 'off',
    'editor.selectionHighlight': false,
  };
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
}

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** Drags the sash between the side bar and the editor so that claims and their line numbers fit. */
async function widenSideBar(page, width) {
  const sideBar = await page.locator('.part.sidebar').boundingBox();
  if (!sideBar) return;
  const x = sideBar.x + sideBar.width;
  const y = sideBar.y + sideBar.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(sideBar.x + width, y, { steps: 10 });
  await page.mouse.up();
}

async function capture(page, workspace) {
  await page.waitForSelector('.monaco-workbench', { timeout: 120000 });
  // Quick Open rather than a click in the Explorer: it does not depend on the Explorer's layout.
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(SEED);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: SEED }).first().waitFor({ timeout: 30000 });
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .view-lines').first().waitFor();

  if (CORPUS) return captureCorpus(page, workspace);
  await runCommand(page, 'News: Focus on Speakers View');
  const speakers = page.locator('.pane', { hasText: 'Speakers' }).locator('.monaco-list-row');
  await speakers.first().waitFor({ timeout: 60000 });
  // A review shows the check marks after the claims: a wider side bar keeps them in sight.
  await widenSideBar(page, REVIEW ? 540 : 470);
  if (REVIEW) return captureReview(page, workspace);
  // Back to the article with the cursor in a quote (the last line that opens with one), which the Speakers view
  // then reveals and selects.
  await page.locator('.monaco-editor .view-line', { hasText: /^[“"«„]/ }).last().click();
  await page.waitForTimeout(2500); // decorations and the trees settle after the debounce
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  await page.screenshot({ path: OUT });
  console.log(`screenshot: ${path.relative(ROOT, OUT)} (${SEED} from ${path.relative(ROOT, workspace) || workspace}, ${THEME})`);
}

/**
 * A review half done from the keyboard: two claims accepted (Alt+. then Alt+Y), a third one's kind corrected,
 * the cursor on the next unreviewed claim; check marks in the editor and the Speakers view, the suggestions
 * lighter, and the status bar's count.
 */
async function captureReview(page, workspace) {
  await page.locator('.monaco-editor .view-line').first().click();
  const settle = () => page.waitForTimeout(1200);
  for (let i = 0; i < 2; i++) {
    await page.keyboard.press('Alt+.');
    await settle();
    await page.keyboard.press('Alt+Y');
    await settle();
  }
  await page.keyboard.press('Alt+.');
  await settle();
  await runCommand(page, 'News: Change Claim Kind…');
  // The kinds' list (one of them marked "now"), then the first kind that is not the claim's own.
  const kinds = page.locator('.quick-input-list .monaco-list-row');
  await kinds.filter({ hasText: 'now' }).first().waitFor({ timeout: 30000 });
  await kinds.filter({ hasNotText: 'now' }).first().click();
  await settle();
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Alt+.');
  await page.locator('.statusbar-item', { hasText: 'reviewed' }).first().waitFor({ timeout: 30000 });
  await page.waitForTimeout(2500); // decorations and the trees settle after the debounce
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  await page.screenshot({ path: OUT });
  console.log(`screenshot: ${path.relative(ROOT, OUT)} (a review of ${SEED} from ${path.relative(ROOT, workspace) || workspace}, ${THEME})`);
}

/** The Corpus view with the most quoted speaker expanded, beside the Share of Voice charts over the workspace. */
async function captureCorpus(page, workspace) {
  await runCommand(page, 'News: Focus on Corpus View');
  const corpus = page.locator('.pane', { hasText: 'Corpus' }).locator('.monaco-list-row');
  await corpus.first().waitFor({ timeout: 60000 });
  await widenSideBar(page, 470);
  await page.locator('.pane', { hasText: 'Corpus' }).locator('.monaco-list-row', { hasText: 'Agnieszka Małecka' }).first().click();
  await runCommand(page, 'News: Show Share of Voice');
  await page.frameLocator('iframe.webview').frameLocator('iframe').locator('canvas').first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(2500); // the charts and the tree settle
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  await page.screenshot({ path: OUT });
  console.log(`screenshot: ${path.relative(ROOT, OUT)} (Corpus view and Share of Voice over ${path.relative(ROOT, workspace) || workspace}, ${THEME})`);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-shot-'));
const workspace = path.join(tmp, 'seeds');
fs.cpSync(path.join(ROOT, 'seeds'), workspace, { recursive: true });
writeSettings(tmp);
const log = fs.createWriteStream(path.join(tmp, 'code-server.log'));
let server;
let browser;
let status = 0;
try {
  const port = await freePort();
  server = startCodeServer({ port, tmp, folder: workspace, output: log });
  await waitForServer(port, server, 60000);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'], env: { ...process.env, ...privateHome(tmp) } });
  const page = await browser.newPage({ viewport: VIEWPORT, colorScheme: 'dark' });
  await page.goto(workbenchUrl(port, workspace));
  await capture(page, workspace);
} catch (err) {
  console.error(`screenshot: ${err instanceof Error ? err.message : String(err)}`);
  status = 1;
} finally {
  await browser?.close().catch(() => {});
  if (server) await stopProcessGroup(server);
  await new Promise((resolve) => log.end(resolve));
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(status);
