/**
 * The engine's version, recorded in every result next to the seed scheme: results computed by
 * different engine versions are never merged. Kept in step with package.json by a test.
 */
export const ENGINE_VERSION = '0.17.0';
