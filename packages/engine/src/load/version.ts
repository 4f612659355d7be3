import { FORMAT_VERSION } from '../schema/index.js';
import type { DraftIssue } from './draft-issue.js';

/**
 * The format versions this loader reads: the current one, and 0.1, the development version, which
 * became 1.0 without an incompatible change.
 */
export const SUPPORTED_VERSIONS: readonly string[] = [FORMAT_VERSION, '1.16', '1.15', '1.14', '1.13', '1.12', '1.11', '1.10', '1.9', '1.8', '1.7', '1.6', '1.5', '1.4', '1.3', '1.2', '1.1', '1.0', '0.1'];

/**
 * Checks `version` before the schema runs, so a file written for another version says so first,
 * and the common slip `version: 0.1` (a YAML number) gets a precise fix. A missing version is left
 * to the schema (E_REQUIRED).
 */
export function checkVersion(data: unknown): DraftIssue[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !Object.prototype.hasOwnProperty.call(data, 'version')) return [];
  const v = (data as { version: unknown }).version;
  if (typeof v === 'string' && SUPPORTED_VERSIONS.includes(v)) return [];
  const expected = SUPPORTED_VERSIONS.map((s) => JSON.stringify(s)).join(' or ');
  const received = typeof v === 'string' ? JSON.stringify(v) : String(v);
  // YAML reads `version: 1.0` as the number 1: name the version it meant, quoted.
  const meant = typeof v === 'number' ? SUPPORTED_VERSIONS.find((s) => Number(s) === v) : undefined;
  if (meant !== undefined) {
    return [{ code: 'E_VERSION', path: ['version'], expected, received, message: `expected the string ${expected}, got the number ${received}`, hint: `quote it: version: "${meant}" — unquoted, YAML reads ${meant} as the number ${received}` }];
  }
  return [{
    code: 'E_VERSION', path: ['version'], expected, received,
    message: `unsupported format version ${received}; this loader reads version ${expected}`,
  }];
}
