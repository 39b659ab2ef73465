/**
 * The one direction of imports (docs/architecture.md): the lint rule that enforces it fires
 * on imports against the direction, and the sources hold no import cycle.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src');

/** A lint rule's messages for a file with this text at this place under src/. */
async function ruleErrors(rule: string, file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: path.join(SRC, file) });
  return result.messages.filter((m) => m.ruleId === rule).map((m) => m.message);
}

const layerErrors = (file: string, code: string) => ruleErrors('layers/direction', file, code);

describe('lint keeps imports going one way', () => {
  it.each([
    ['math/x.ts', "import { useLabStore } from '../state/store';", 'math may not import from state'],
    ['model/x.ts', "import type { LabState } from '../state/store';", 'model may not import from state'],
    ['state/x.ts', "import { Tex } from '../ui/Tex';", 'state may not import from ui'],
    ['ui/x.ts', "import { useLabStore } from '../state/store';", 'ui may not import from state'],
    [
      'ui/charts/x.ts',
      "export { Term } from '../../features/learning/Term';",
      'ui may not import from features/learning',
    ],
    [
      'features/widget/x.ts',
      "import { Story } from '../../chapters/story/Story';",
      'features/widget may not import from chapters/story',
    ],
    [
      'features/widget/x.ts',
      "import { Term } from '../learning/Term';",
      'A feature may not import from another feature: features/widget imports features/learning',
    ],
    [
      'chapters/story/x.tsx',
      "const load = () => import('../likelihood/Likelihood');",
      'A chapter may not import from another chapter: chapters/story imports chapters/likelihood',
    ],
    ['chapters/story/x.ts', "import { chapters } from '../../app/manifest';", 'chapters/story may not import from app'],
  ])('%s: %s', async (file, code, message) => {
    const errors = await layerErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it.each([
    ['app/x.ts', "import { meta } from '../chapters/story/meta';"],
    ['chapters/story/x.ts', "import { Term } from '../../features/learning/Term';"],
    ['chapters/story/x.ts', "import type { ChapterMeta } from '../chapterModule';"],
    ['features/widget/x.ts', "import { useLabStore } from '../../state/store';"],
    ['ui/x.ts', "import { formatNumber } from '../model/format';"],
    ['state/x.ts', "import { summarise } from '../model/summary';"],
    ['model/x.ts', "import { FAMILIES } from '../math/families';"],
    ['x.ts', "import { App } from './app/App';"],
  ])('%s may: %s', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});

const importErrors = (file: string, code: string) => ruleErrors('no-restricted-imports', file, code);

describe('lint keeps Recharts in the chart kit, behind the text', () => {
  it.each([
    ['chapters/likelihood/x.tsx', "import { usePlotArea } from 'recharts';"],
    ['chapters/likelihood/x.tsx', "import { DensityPlot } from '../../ui/charts/DensityPlot';"],
    ['features/widget/x.tsx', "import { CursorLine } from '../../ui/charts/Layers';"],
    ['ui/x.tsx', "import { CategoryBarChart } from './charts/CategoryBarChart';"],
    ['app/x.tsx', "import * as kit from '../ui/charts/kit';"],
  ])('%s may not: %s', async (file, code) => {
    const errors = await importErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('deferredCharts');
  });

  it.each([
    ['chapters/likelihood/x.tsx', "import { DensityPlot, type Marker } from '../../ui/charts/deferredCharts';"],
    ['chapters/story/x.tsx', "import { StripPlot } from '../../ui/charts/StripPlot';"],
    ['ui/charts/x.tsx', "import { usePlotArea } from 'recharts';"],
  ])('%s may: %s', async (file, code) => {
    expect(await importErrors(file, code)).toEqual([]);
  });
});

describe("lint keeps KaTeX's code behind the text: fixed formulas come typeset, live ones fetch it", () => {
  it.each([
    ['chapters/likelihood/x.tsx', "import { BlockMath } from 'react-katex';"],
    ['features/widget/x.tsx', "import katex from 'katex';"],
    ['ui/x.tsx', "import { InlineMath } from './typesetter';"],
    ['app/x.tsx', "import * as typesetter from '../ui/typesetter';"],
  ])('%s may not: %s', async (file, code) => {
    const errors = await importErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('ui/Tex');
  });

  it.each([
    ['chapters/likelihood/x.tsx', "import { Tex } from '../../ui/Tex';"],
    ['ui/x.tsx', "import 'katex/dist/katex.min.css';"],
    ['ui/x.ts', "import mainRegular from 'katex/dist/fonts/KaTeX_Main-Regular.woff2?url';"],
    ['ui/typesetter.ts', "export { BlockMath } from 'react-katex';"],
    ['ui/liveFormulas.ts', "const typesetter = () => import('./typesetter');"],
  ])('%s may: %s', async (file, code) => {
    expect(await importErrors(file, code)).toEqual([]);
  });
});

/** Every module under src/ and the modules it imports (static, re-exported or dynamic). */
function importGraph(): Map<string, string[]> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) files.push(full);
    }
  };
  walk(SRC);
  const resolve = (from: string, spec: string) => {
    const base = path.resolve(path.dirname(from), spec.split('?')[0]);
    return ['', '.ts', '.tsx'].map((ext) => base + ext).find((p) => fs.existsSync(p) && fs.statSync(p).isFile());
  };
  const pattern = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;
  return new Map(
    files.map((file) => {
      const text = fs.readFileSync(file, 'utf8');
      const targets = [...text.matchAll(pattern)].map((m) => resolve(file, m[1]));
      expect(targets, `an unresolved import in ${file}`).not.toContain(undefined);
      return [file, targets as string[]];
    }),
  );
}

/** An import cycle, as the files on it, or null. */
function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): string[] | null => {
    if (state.get(file) === 'done') return null;
    if (state.get(file) === 'open') return [...stack.slice(stack.indexOf(file)), file];
    state.set(file, 'open');
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      const cycle = visit(target);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(file, 'done');
    return null;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return null;
}

describe('the sources', () => {
  it('hold no import cycle', () => {
    const graph = importGraph();
    // The graph is the real one: every source file, and their imports.
    expect(graph.size).toBeGreaterThan(100);
    expect([...graph.values()].flat().length).toBeGreaterThan(300);
    const cycle = findCycle(graph);
    expect(cycle?.map((file) => path.relative(SRC, file)).join(' → ') ?? null).toBeNull();
  });

  it('the cycle finder finds one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
    ]);
    expect(findCycle(graph)).toEqual(['a', 'b', 'c', 'a']);
  });
});
