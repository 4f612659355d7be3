import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '@casus/engine';

/** A scenario shipped with Casus. `id` is its file name without the extension. */
export interface BundledScenario {
  id: string;
  title: string;
  path: string;
}

/** The directory of bundled YAML files: `scenarios/` at the package root, from `src/` or `dist/`. */
export const SCENARIO_DIR = fileURLToPath(new URL('../scenarios/', import.meta.url));

const EXTENSIONS = new Set(['.yaml', '.yml']);

/**
 * The bundled scenarios, sorted by id. The title comes from the file itself; a file that does not
 * load still appears (titled by its id) so a broken scenario is visible rather than missing.
 */
export function listScenarios(): BundledScenario[] {
  if (!existsSync(SCENARIO_DIR)) return [];
  return readdirSync(SCENARIO_DIR)
    .filter((f) => EXTENSIONS.has(extname(f)))
    .sort()
    .map((f) => {
      const path = join(SCENARIO_DIR, f);
      const id = basename(f, extname(f));
      const loaded = loadScenario(readFileSync(path, 'utf8'), { filename: f });
      return { id, title: loaded.ok ? loaded.scenario.title : id, path };
    });
}

/**
 * Finds a scenario by file path (relative to `cwd`, default the process's) or, failing that, by
 * bundled id (`tutorial`). A file wins over a bundled id of the same name. Returns undefined when
 * neither exists or the file cannot be read; callers wanting the reason read the file themselves.
 */
export function resolveScenario(idOrPath: string, options: { cwd?: string } = {}): { path: string; text: string } | undefined {
  const asFile = resolve(options.cwd ?? process.cwd(), idOrPath);
  try {
    if (existsSync(asFile) && statSync(asFile).isFile()) return { path: asFile, text: readFileSync(asFile, 'utf8') };
  } catch {
    return undefined;
  }
  const bundled = listScenarios().find((s) => s.id === idOrPath);
  return bundled === undefined ? undefined : { path: bundled.path, text: readFileSync(bundled.path, 'utf8') };
}
