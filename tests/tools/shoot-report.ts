/**
 * Re-shoots docs/images/report.png, the README's picture of a report: `casus run korea-2024` with
 * the README's seed, `casus report`, and the top of the page in Debian's Chromium (playwright-core,
 * no downloaded browser). Run after the model or the report changes:
 *
 *   pnpm build && ./node_modules/.bin/tsx tests/tools/shoot-report.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'packages/cli/dist/bin.js');
const out = join(root, 'docs/images/report.png');
const dir = mkdtempSync(join(tmpdir(), 'casus-shot-'));
try {
  const result = join(dir, 'korea-2024.json');
  execFileSync(process.execPath, [bin, 'run', 'korea-2024', '--runs', '20000', '--seed', '1', '--out', result, '--quiet'], { stdio: 'inherit' });
  execFileSync(process.execPath, [bin, 'report', result, '--out', join(dir, 'report.html'), '--quiet'], { stdio: 'inherit' });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1300 }, colorScheme: 'light' });
    await page.goto(pathToFileURL(join(dir, 'report.html')).href, { waitUntil: 'load' });
    await page.screenshot({ path: out, clip: { x: 0, y: 0, width: 1200, height: 1300 } });
  } finally {
    await browser.close();
  }
  console.log(`wrote ${out}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
