/**
 * Formulas (src/ui/Tex.tsx): a fixed one comes typeset from the build (scripts/typeset-at-build.mjs,
 * src/ui/builtFormulas.ts), the same markup react-katex gives, with no KaTeX code fetched; one
 * with live numbers holds its place until KaTeX (src/ui/typesetter.ts) is in.
 */
import { act, render } from '@testing-library/react';
import katex from 'katex';
import { BlockMath, InlineMath } from 'react-katex';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixedFormulas, typeset } from '../../scripts/typeset-at-build.mjs';
import { FAMILY_LOG_LIKELIHOOD_TEX, FAMILY_MLE_TEX } from '../../src/features/widget/widgetMath';
import { LOSS_ROWS } from '../../src/chapters/residuals/LossTable';
import { builtFormula } from '../../src/ui/builtFormulas';
import { Tex as LoadedTex } from '../../src/ui/Tex';

type TexModule = typeof import('../../src/ui/Tex');

/** A fresh copy of Tex whose KaTeX arrives when `arrive` is called. */
async function texWithKatexOnHold() {
  const katexCode = { asked: false };
  let arrive = () => {};
  const gate = new Promise<void>((resolve) => (arrive = resolve));
  vi.resetModules();
  vi.doMock('../../src/ui/typesetter', async () => {
    katexCode.asked = true;
    await gate;
    return vi.importActual('../../src/ui/typesetter');
  });
  const tex: TexModule = await import('../../src/ui/Tex');
  // The fixed formulas register as their modules load: load this one into the fresh registry.
  await import('../../src/features/widget/widgetMath');
  return { Tex: tex.Tex, arrive, katexCode };
}

afterEach(() => {
  vi.doUnmock('../../src/ui/typesetter');
  vi.resetModules();
});

const nextPaints = () =>
  act(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(painted, 0)))));

describe('a fixed formula', () => {
  it('comes typeset from the build, displayed or inline as it is written', () => {
    const displayed = FAMILY_LOG_LIKELIHOOD_TEX.normal;
    expect(builtFormula(displayed, true)).toBe(katex.renderToString(displayed, { displayMode: true }));
    const inline = LOSS_ROWS[0].formula;
    expect(builtFormula(inline, false)).toBe(katex.renderToString(inline, { displayMode: false }));
    // Only the way it is shown: a formula written inline is not typeset for display too.
    expect(builtFormula(inline, true)).toBeUndefined();
    for (const tex of Object.values(FAMILY_MLE_TEX)) expect(builtFormula(tex, true)).toBe(typeset(tex, true));
  });

  it('is drawn with the markup react-katex gives it (react-katex adds a test id of its own)', () => {
    const same = (ours: Element, theirs: Element) => {
      expect(ours.tagName).toBe(theirs.tagName);
      expect(ours.innerHTML).toBe(theirs.innerHTML);
    };
    const displayed = FAMILY_LOG_LIKELIHOOD_TEX.laplace;
    same(
      render(<LoadedTex block>{displayed}</LoadedTex>).container.querySelector('.scroll-box')!.firstElementChild!,
      render(<BlockMath math={displayed} />).container.firstElementChild!,
    );
    const inline = LOSS_ROWS[1].formula;
    same(
      render(<LoadedTex>{inline}</LoadedTex>).container.firstElementChild!,
      render(<InlineMath math={inline} />).container.firstElementChild!,
    );
  });

  it('is on screen at once, without KaTeX’s code, which it never asks for', async () => {
    const { Tex, katexCode } = await texWithKatexOnHold();
    const { container } = render(<Tex block>{FAMILY_LOG_LIKELIHOOD_TEX.normal}</Tex>);
    expect(container.querySelector('.katex-display')).not.toBeNull();
    expect(container.querySelector('.formula-placeholder')).toBeNull();
    await nextPaints();
    expect(katexCode.asked).toBe(false);
  });

  it('is found in the code itself, not in a comment or a string that mentions one', () => {
    const code = [
      '/** A `String.raw` template with no live part) is typeset when the app is built. `ok` */',
      'const shown = String.raw`x^{2} \\le \\frac{1}{2}`;',
      "const told = 'String.raw`a` and inlineTex`b` in a string';",
      'const inText = <p>{inlineTex`\\mu`} and {String.raw`\\sigma = ${sigma}`}</p>;',
      '// inlineTex`c` in a line comment',
    ].join('\n');
    expect(fixedFormulas(code)).toEqual([
      { mode: 'display', tex: String.raw`x^{2} \le \frac{1}{2}` },
      { mode: 'inline', tex: String.raw`\mu` },
    ]);
  });

  it('fails the build when KaTeX cannot typeset it', () => {
    expect(() => typeset(String.raw`\frac{1}{`, true)).toThrow(/KaTeX parse error/);
  });
});

describe('a formula with live numbers', () => {
  const live = String.raw`\begin{aligned} \ell &= -40\log 12.5 \\ &= -136.02 \end{aligned}`;

  it('holds its place, as a part still arriving, then is typeset once KaTeX is in', async () => {
    const { Tex, arrive, katexCode } = await texWithKatexOnHold();
    let container!: HTMLElement;
    await act(async () => {
      ({ container } = render(<Tex block>{live}</Tex>));
    });
    const box = container.querySelector<HTMLElement>('.formula-placeholder')!;
    expect(box.classList.contains('chapter-placeholder')).toBe(true);
    expect(box.getAttribute('aria-busy')).toBe('true');
    // Its height, a little over a line per row, and the box around it at least as tall once
    // it is typeset (checked in a browser: tests/e2e/loading.test.mjs).
    expect(box.style.height).toBe('3.6em');
    const mathBlock = container.querySelector<HTMLElement>('.math-block--live')!;
    expect(mathBlock.style.minHeight).toBe('calc(1em + 3.6em + 0.5rem)');
    expect(katexCode.asked).toBe(false);
    // Asked for once that box is on screen: the text around it never waits.
    await nextPaints();
    expect(katexCode.asked).toBe(true);
    await act(async () => arrive());
    await vi.waitFor(() => expect(container.querySelector('.formula-placeholder')).toBeNull());
    expect(container.querySelector('.katex-display')?.textContent).toContain('136.02');
    expect(container.querySelector('.math-block--live')).toBe(mathBlock);
  });
});
