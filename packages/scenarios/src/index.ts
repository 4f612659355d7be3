import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_SCHEMA, load } from 'js-yaml';
import { loadScenario, type ScenarioResolver } from '@casus/engine';

/** A scenario shipped with Casus. `id` is its file name without the extension. */
export interface BundledScenario {
  id: string;
  title: string;
  path: string;
}

/** The directory of bundled YAML files: `scenarios/` at the package root, from `src/` or `dist/`. */
export const SCENARIO_DIR = fileURLToPath(new URL('../scenarios/', import.meta.url));

const EXTENSIONS = new Set(['.yaml', '.yml']);

/** The bundled scenario files, sorted by id, without reading them. */
export function bundledScenarioFiles(): { id: string; path: string }[] {
  if (!existsSync(SCENARIO_DIR)) return [];
  return readdirSync(SCENARIO_DIR)
    .filter((f) => EXTENSIONS.has(extname(f)))
    .sort()
    .map((f) => ({ id: basename(f, extname(f)), path: join(SCENARIO_DIR, f) }));
}

/**
 * The bundled scenarios, sorted by id, with their titles. A title is read from the file's own
 * `title` (a quick YAML read; every bundled variant gives its own); a file that gives none is
 * loaded, its base included, for the title it inherits, and titled by its id if it does not load,
 * so a broken scenario is visible rather than missing. Loading every scenario for its title cost
 * `casus list` about a second (now about half of one, most of it starting Node and the engine).
 */
export function listScenarios(): BundledScenario[] {
  return bundledScenarioFiles().map(({ id, path }) => {
    const text = readFileSync(path, 'utf8');
    const own = ownTitle(text);
    if (own !== undefined) return { id, title: own, path };
    const loaded = loadScenario(text, { filename: basename(path), resolve: scenarioResolver({ baseDir: SCENARIO_DIR }) });
    return { id, title: loaded.ok ? loaded.scenario.title : id, path };
  });
}

/** The `title` a scenario file gives at its top level, if it reads as YAML and gives one. */
function ownTitle(text: string): string | undefined {
  try {
    const data = load(text, { schema: CORE_SCHEMA }) as { title?: unknown } | null;
    return typeof data === 'object' && data !== null && typeof data.title === 'string' ? data.title : undefined;
  } catch {
    return undefined;
  }
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
  // By file name alone: loading every bundled scenario (variants re-parse their bases) to find one
  // would cost a command ~1 s and ~50 MB of garbage.
  const bundled = bundledScenarioFiles().find((s) => s.id === idOrPath);
  return bundled === undefined ? undefined : { path: bundled.path, text: readFileSync(bundled.path, 'utf8') };
}

/**
 * Resolves `extends` references for the loader: a reference that looks like a path (it has a slash
 * or a .yaml/.yml/.json ending) is read relative to the file that names it; anything else is a
 * bundled scenario id. `baseDir` is the directory of the top file (default: `cwd`). Base files are
 * named relative to `cwd` in messages.
 */
export function scenarioResolver(options: { cwd?: string; baseDir?: string } = {}): ScenarioResolver {
  const cwd = options.cwd ?? process.cwd();
  const real = new Map<string, string>();
  return (ref, from) => {
    const dir = from !== undefined && real.has(from) ? dirname(real.get(from)!) : options.baseDir ?? cwd;
    let path: string | undefined;
    if (/[\\/]|\.(ya?ml|json)$/i.test(ref)) {
      const p = resolve(dir, ref);
      if (existsSync(p) && statSync(p).isFile()) path = p;
    } else {
      const p = join(SCENARIO_DIR, `${ref}.yaml`);
      if (existsSync(p)) path = p;
    }
    if (path === undefined) return undefined;
    const shown = path.startsWith(SCENARIO_DIR) ? basename(path) : relative(cwd, path) || basename(path);
    real.set(shown, path);
    try {
      return { text: readFileSync(path, 'utf8'), filename: shown };
    } catch {
      return undefined;
    }
  };
}
