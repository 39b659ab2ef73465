/** Types for chapters.mjs, which the unit tests import to check it against the manifest. */
export declare const CHAPTER_IDS: readonly string[];
