/** Types for scorm-manifest.mjs, so TypeScript tests can import it. */
export function scormManifest(version: string): string;
