// ENGINE_VERSION, recorded in results and checked by merge, is the package's own version.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ENGINE_VERSION } from './version.js';

describe('ENGINE_VERSION', () => {
  it('matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(ENGINE_VERSION).toBe(pkg.version);
  });
});
