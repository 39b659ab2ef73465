/**
 * KaTeX's HTML for every fixed formula of the app (a template with no live part), typeset when
 * the app was built (scripts/typeset-at-build.mjs): each module that writes such a formula
 * registers it as it loads. A formula is then on screen with the text around it, without
 * KaTeX's code (a fifth of the page's script) or its typesetting.
 *
 * A fixed formula is written `String.raw\`…\`` to be displayed on a line of its own, and
 * `inlineTex\`…\`` to stand in a line of text: the build typesets it the way it is shown.
 */
interface Typeset {
  inline?: string;
  display?: string;
}
const built = new Map<string, Typeset>();

/** A fixed formula to be shown inline: `String.raw` under a name the build looks for. */
export const inlineTex = String.raw;

/** Called by the code the build appends to a module (scripts/typeset-at-build.mjs). */
export function registerBuiltFormulas(formulas: Record<string, Typeset>): void {
  for (const [tex, html] of Object.entries(formulas)) built.set(tex, { ...built.get(tex), ...html });
}

/** The formula as typeset at build time, if it was (in that mode). */
export function builtFormula(tex: string, display: boolean): string | undefined {
  return built.get(tex)?.[display ? 'display' : 'inline'];
}
