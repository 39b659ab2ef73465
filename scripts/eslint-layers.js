/**
 * The one direction of imports (docs/architecture.md): each folder of src/ may import only
 * from the layers below it, and never from a sibling chapter or a sibling feature.
 *
 *   app (the shell, and main.tsx)
 *   chapters/<id>            one chapter each
 *   features/<name>          dataset, widget, learning, params, embed, scorm, simulation
 *   ui                       store-free components and charts
 *   state                    the store, the URL contract, progress
 *   model                    the dataset and what is derived from it
 *   math                     pure maths
 */
import path from 'node:path';

const SRC = path.resolve(import.meta.dirname, '..', 'src');

/** Each layer, and the layers it may import from (besides its own folder). */
const ALLOWED = {
  math: [],
  model: ['math'],
  state: ['model', 'math'],
  ui: ['model', 'math'],
  features: ['ui', 'state', 'model', 'math'],
  chapters: ['features', 'ui', 'state', 'model', 'math'],
  app: ['chapters', 'features', 'ui', 'state', 'model', 'math'],
};
/** Layers whose subfolders are independent modules: a chapter, a feature. */
const MODULAR = new Set(['chapters', 'features']);

/**
 * Where a file under src/ sits: its layer and, in a modular layer, its module. A file at the
 * root of a modular layer (chapters/chapterModule.ts) is the contract its modules share.
 */
function placeOf(file) {
  const relative = path.relative(SRC, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const parts = relative.split(path.sep);
  if (parts.length === 1) return { layer: 'app', module: null }; // src/main.tsx: the shell's entry
  const [layer, module] = parts;
  return { layer, module: MODULAR.has(layer) && parts.length > 2 ? module : null };
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports go one way: app → chapters → features → ui/state → model → math.' },
    messages: {
      upward: '{{from}} may not import from {{to}} (imports go down the layers: see docs/architecture.md).',
      sideways: 'A {{kind}} may not import from another {{kind}}: {{from}} imports {{to}}.',
    },
    schema: [],
  },
  create(context) {
    const here = placeOf(context.filename);
    if (!here || !(here.layer in ALLOWED)) return {};
    function check(node) {
      const spec = node.source && node.source.type === 'Literal' ? node.source.value : null;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const there = placeOf(path.resolve(path.dirname(context.filename), spec.split('?')[0]));
      if (!there) return;
      const from = here.module ? `${here.layer}/${here.module}` : here.layer;
      const to = there.module ? `${there.layer}/${there.module}` : there.layer;
      if (there.layer === here.layer) {
        // Within a modular layer: a module keeps to itself and the shared contract.
        if (there.module && here.module !== there.module)
          context.report({ node, messageId: 'sideways', data: { kind: here.layer.replace(/s$/, ''), from, to } });
        return;
      }
      if (!ALLOWED[here.layer].includes(there.layer)) context.report({ node, messageId: 'upward', data: { from, to } });
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { direction: rule } };
