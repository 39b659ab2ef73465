/**
 * A link to one section of a chapter paints it before the chapter's other sections do their
 * work: their sample streams, curves and profiles are computed only once their part arrives
 * (ui/Staged). Before, the likelihood chapter's other sections computed theirs in the render
 * that painted the linked widget (about 25 ms, and cross-entropy's stream about 18 ms, of the 430–500 ms before its largest paint), and
 * curvature drew its 640 songs (about 12 ms) before confidence intervals, just below it, painted
 * (it now draws them only when a size other than the reader's own asks for them).
 */
import { act, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DensityVsProbability } from '../../src/chapters/likelihood/DensityVsProbability';
import { ProbabilityVsLikelihood } from '../../src/chapters/likelihood/ProbabilityVsLikelihood';
import { WhyLog } from '../../src/chapters/likelihood/WhyLog';
import { NegativeLogLikelihood } from '../../src/chapters/likelihood/NegativeLogLikelihood';
import { CrossEntropy } from '../../src/chapters/likelihood/CrossEntropy';
import { logLikelihoodProfile } from '../../src/chapters/likelihood/profiles';
import { binaryCrossEntropy } from '../../src/math/crossEntropy';
import { Curvature } from '../../src/chapters/uncertainty/Curvature';
import { numpyNormalSample } from '../../src/math/rng';
import { normalCurvePoints } from '../../src/ui/charts/curves';
import { runningProducts } from '../../src/math/underflow';
import { Stager, StagingContext } from '../../src/ui/Staged';

vi.mock('../../src/math/underflow', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/math/underflow')>();
  return { ...original, runningProducts: vi.fn(original.runningProducts) };
});
vi.mock('../../src/chapters/likelihood/profiles', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/chapters/likelihood/profiles')>();
  return { ...original, logLikelihoodProfile: vi.fn(original.logLikelihoodProfile) };
});
vi.mock('../../src/math/crossEntropy', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/math/crossEntropy')>();
  return { ...original, binaryCrossEntropy: vi.fn(original.binaryCrossEntropy) };
});
vi.mock('../../src/math/rng', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/math/rng')>();
  return { ...original, numpyNormalSample: vi.fn(original.numpyNormalSample) };
});
vi.mock('../../src/ui/charts/curves', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/ui/charts/curves')>();
  return { ...original, normalCurvePoints: vi.fn(original.normalCurvePoints) };
});

afterEach(() => vi.clearAllMocks());

/** A page reached by a link to a section elsewhere: the sections here wait for their turn. */
function linkedElsewhere(section: ReactNode) {
  const stager = new Stager('a-section-elsewhere');
  render(<StagingContext value={stager}>{section}</StagingContext>);
  return stager;
}

describe('a section away from the linked one', () => {
  it.each([
    ['why-log', <WhyLog key="why-log" />, runningProducts],
    ['probability-vs-likelihood', <ProbabilityVsLikelihood key="pvl" />, normalCurvePoints],
    ['density-vs-probability', <DensityVsProbability key="dvp" />, normalCurvePoints],
    ['negative-log-likelihood', <NegativeLogLikelihood key="nll" />, logLikelihoodProfile],
    // Its six songs come from the seeded stream (about 18 ms to draw).
    ['cross-entropy', <CrossEntropy key="ce" />, binaryCrossEntropy],
  ])('%s stands with its heading and id, and computes nothing until its part arrives', (id, section, work) => {
    const stager = linkedElsewhere(section);
    expect(document.getElementById(id)?.querySelector('h3')).toBeTruthy();
    expect(work).not.toHaveBeenCalled();
    act(() => stager.releaseAll());
    expect(work).toHaveBeenCalled();
  });

  it('curvature stands with its heading and id, renders its body only once its part arrives, and even then leaves its 640-song stream undrawn', () => {
    const longStreams = () => vi.mocked(numpyNormalSample).mock.calls.filter(([, n]) => n === 640);
    const standardError = () => document.querySelector('[data-testid="se-mu"]');
    const stager = linkedElsewhere(<Curvature />);
    expect(document.getElementById('curvature')?.querySelector('h3')).toBeTruthy();
    expect(standardError()).toBeNull();
    act(() => stager.releaseAll());
    expect(standardError()).not.toBeNull();
    // Drawn when a size other than the reader's own asks for it (uncertaintyChapter.test).
    expect(longStreams()).toHaveLength(0);
  });
});
