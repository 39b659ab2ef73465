// A Vite plugin (used by vite.config.ts and vitest.config.ts): typesets every fixed formula of
// the app when it is built, so that a chapter's formulas are on screen with its text, with no
// KaTeX code to download or run first (src/ui/builtFormulas.ts, src/ui/Tex.tsx).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import katex from 'katex';
import ts from 'typescript';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');
const REGISTRY = path.join(SRC, 'ui', 'builtFormulas.ts');

/**
 * The fixed formulas a module writes, in order: templates without `${…}`, displayed
 * (`String.raw`) or inline in a line of text (`inlineTex`, the same function under a name that
 * says so). What stands between the backticks is the template's raw text, which is what either
 * returns. Read from the module's syntax tree, so that a comment or a string that mentions
 * such a template is not taken for one (a doc comment of Tex.tsx was typeset, 25 kB of it).
 */
export function fixedFormulas(code, fileName = 'module.tsx') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const found = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isNoSubstitutionTemplateLiteral(node.template)) {
      const tag = node.tag.getText(source);
      if (tag === 'String.raw' || tag === 'inlineTex') {
        found.push({ mode: tag === 'inlineTex' ? 'inline' : 'display', tex: node.template.rawText ?? '' });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * KaTeX's HTML for a formula, with the settings react-katex uses (src/ui/Tex.tsx draws live
 * formulas with it): the same markup either way. A formula KaTeX cannot typeset fails the build.
 */
export function typeset(tex, displayMode) {
  return katex.renderToString(tex, { displayMode, throwOnError: true });
}

/** Appends to each module of src/ that writes fixed formulas a call registering their HTML. */
export function typesetAtBuild() {
  return {
    name: 'typeset-at-build',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!/\.tsx?$/.test(file) || !file.startsWith(SRC + path.sep) || file === REGISTRY) return null;
      if (!code.includes('String.raw`') && !code.includes('inlineTex`')) return null;
      const formulas = {};
      for (const { mode, tex } of fixedFormulas(code, file)) {
        formulas[tex] ??= {};
        try {
          formulas[tex][mode] ??= typeset(tex, mode === 'display');
        } catch (error) {
          const tag = mode === 'inline' ? 'inlineTex' : 'String.raw';
          this.error(`${file}: KaTeX cannot typeset ${tag}\`${tex}\`: ${error.message}`);
        }
      }
      if (Object.keys(formulas).length === 0) return null;
      const registration =
        `\nimport { registerBuiltFormulas as __registerBuiltFormulas } from ${JSON.stringify(REGISTRY)};\n` +
        `__registerBuiltFormulas(${JSON.stringify(formulas)});\n`;
      // Appended: every line of the module keeps its number.
      return { code: code + registration, map: null };
    },
  };
}
