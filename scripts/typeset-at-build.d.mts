/** Types for typeset-at-build.mjs, so the TypeScript configs can import it. */
import type { Plugin } from 'vite';

export function typeset(tex: string, displayMode: boolean): string;
export function typesetAtBuild(): Plugin;
export function fixedFormulas(code: string, fileName?: string): { mode: 'display' | 'inline'; tex: string }[];
