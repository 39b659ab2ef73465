/** The largest dataset the explorable takes, from a URL (`n`), a paste, a file or a link. */
export const MAX_N = 100_000;
