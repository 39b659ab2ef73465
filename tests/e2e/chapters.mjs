/** The chapter ids in reading order, as src/app/manifest.ts composes them (a unit test keeps the two equal). */
export const CHAPTER_IDS = ['story', 'assumption', 'likelihood', 'derivatives', 'uncertainty', 'residuals'];
