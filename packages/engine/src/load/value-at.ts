import type { PathSegment } from './issue.js';

/**
 * The value at `path` inside plain data, and whether it exists (a missing key is not the same as
 * a key holding null). Only own properties are read.
 */
export function valueAt(data: unknown, path: readonly PathSegment[]): { exists: boolean; value: unknown } {
  let current = data;
  for (const seg of path) {
    if (typeof current !== 'object' || current === null) return { exists: false, value: undefined };
    if (!Object.prototype.hasOwnProperty.call(current, seg)) return { exists: false, value: undefined };
    current = (current as Record<string | number, unknown>)[seg];
  }
  return { exists: true, value: current };
}

/**
 * Maps a path into the validated scenario back to the data the author wrote. The schema wraps a
 * single effect or state in a list (`effect: {…}` becomes `effect: [{…}]`); where the written data
 * holds no list, the index step is dropped so the path names what is in the file.
 */
export function alignPath(data: unknown, path: readonly PathSegment[]): PathSegment[] {
  const out: PathSegment[] = [];
  let current = data;
  let inside = true;
  for (const seg of path) {
    if (inside && typeof seg === 'number' && !Array.isArray(current) && seg === 0) continue;
    out.push(seg);
    if (inside && typeof current === 'object' && current !== null && Object.prototype.hasOwnProperty.call(current, seg)) {
      current = (current as Record<string | number, unknown>)[seg];
    } else {
      inside = false;
    }
  }
  return out;
}
