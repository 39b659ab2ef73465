import { memo, useEffect, useId, useMemo, useState } from 'react';
import { ChartBox } from '../../ui/ChartBox';
import { DataTable } from '../../ui/DataTable';
import { Figure } from '../../ui/Figure';
import { Legend } from '../../ui/Legend';
import { ParamSlider } from '../../ui/ParamSlider';
import { Section } from '../../ui/Section';
import { Tex } from '../../ui/Tex';
import { DensityPlot } from '../../ui/charts/deferredCharts';
import { formatNumber } from '../../model/format';
import { meanNll, optimiserStep, type Divergence, type Method, type OptimiserPoint } from '../../math/derivatives';
import type { SufficientStats } from '../../math/likelihood';
import { labelWithUnit, selectDataWords } from '../../model/dataWords';
import { selectSummary } from '../../model/summary';
import { useLabStore } from '../../state/store';
import { LikelihoodSurface, SurfaceLegend } from './LikelihoodSurface';
import { sigmaProfileRange } from './profiles';

export const UPDATE_TEX = String.raw`\mu \leftarrow \mu - \eta\,\frac{\partial\,\mathrm{NLL}/n}{\partial \mu}, \qquad \sigma \leftarrow \sigma - \eta\,\frac{\partial\,\mathrm{NLL}/n}{\partial \sigma}`;

/** Steps of one run before it stops by itself, whatever happens. */
const MAX_ITERATIONS = 2000;
/** A step smaller than this (in the data's unit) counts as converged. */
const CONVERGED = 1e-7;
const RUN_INTERVAL_MS = 40;

const DIVERGENCE_TEXT: Record<Divergence | 'overshooting', string> = {
  'sigma-not-positive': 'σ would drop to zero or below: the step overshot the valley. Lower the learning rate.',
  'not-finite': 'The numbers left the range a computer can hold: the steps are far too large. Lower the learning rate.',
  'blowing-up': 'μ has run away from the data: the steps are far too large. Lower the learning rate.',
  overshooting:
    'The NLL went up for several steps in a row: each step jumps past the bottom of the valley. Lower the learning rate.',
};

const prefersReducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

interface Run {
  path: OptimiserPoint[];
  problem: Divergence | 'overshooting' | null;
  running: boolean;
}

/**
 * The mean NLL axis: the path's values and the minimum, with a tenth of their span to spare
 * at each end, so the marker of the first step (the highest) is drawn whole, not cut by the
 * top of the chart.
 */
export function nllAxisRange(values: readonly number[], minimum: number): [number, number] {
  const [low, high] = [Math.min(minimum, ...values), Math.max(minimum, ...values)];
  const spare = 0.1 * (high - low + 0.01);
  return [low - spare, high + spare];
}

/** The step axis: from a little before step 0, so that step 0's marker is not cut by the y axis. */
export function stepAxisRange(steps: number): [number, number] {
  const last = Math.max(10, steps - 1);
  return [-0.03 * last, last];
}

const isConverged = (path: OptimiserPoint[]) => {
  const [before, end] = [path[path.length - 2], path[path.length - 1]];
  return !!before && Math.abs(end.mu - before.mu) < CONVERGED && Math.abs(end.sigma - before.sigma) < CONVERGED;
};

const isStopped = (run: Run) => run.problem !== null || run.path.length > MAX_ITERATIONS || isConverged(run.path);

/** Up to `count` more steps of a run; it stops itself on convergence, divergence or the step limit. */
function advance(stats: SufficientStats, method: Method, rate: number, run: Run, count: number): Run {
  let { path, problem } = run;
  for (let k = 0; k < count && !problem && !isConverged(path) && path.length <= MAX_ITERATIONS; k++) {
    const next = optimiserStep(stats, path[path.length - 1], method, rate);
    if (typeof next === 'string') {
      problem = next;
      break;
    }
    path = [...path, next];
    // Six rises in a row: not noise but overshooting.
    if (path.length > 6 && path.slice(-7).every((p, i, all) => i === 0 || p.meanNll > all[i - 1].meanNll)) {
      problem = 'overshooting';
    }
  }
  const result = { path, problem, running: run.running };
  return { ...result, running: result.running && !isStopped(result) };
}

export function GradientDescent() {
  const id = useId();
  const summary = useLabStore(selectSummary);
  const words = useLabStore(selectDataWords);
  const setParams = useLabStore((s) => s.setParams);
  const { stats } = summary;
  const fresh = (): Run => {
    const { mu, sigma } = useLabStore.getState();
    return { path: [{ mu, sigma, meanNll: meanNll(stats, mu, sigma) }], problem: null, running: false };
  };
  const [method, setMethod] = useState<Method>('gradient-descent');
  const [rate, setRate] = useState(30);
  const [run, setRun] = useState<Run>(fresh);
  const { path, problem, running } = run;
  const last = path[path.length - 1];
  const converged = isConverged(path);
  const [sigmaLow, sigmaHigh] = sigmaProfileRange(summary);
  const outside = path.some(
    (p) => p.mu < summary.muRange.min || p.mu > summary.muRange.max || p.sigma < sigmaLow || p.sigma > sigmaHigh,
  );
  const rises = useMemo(() => path.filter((p, i) => i > 0 && p.meanNll > path[i - 1].meanNll + 1e-12).length, [path]);
  const stopped = isStopped(run);
  const step = (count: number) => setRun((r) => advance(stats, method, rate, r, count));

  // Run: a few steps per tick, only after the reader presses Run.
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(
      () => setRun((r) => advance(stats, method, rate, r, method === 'newton' ? 1 : 5)),
      RUN_INTERVAL_MS,
    );
    return () => clearInterval(timer);
  }, [running, stats, method, rate]);

  const toggleRun = () => {
    if (running) setRun((r) => ({ ...r, running: false }));
    // With reduced motion there is no animation: the whole run happens at once.
    else if (prefersReducedMotion())
      setRun((r) => advance(stats, method, rate, { ...r, running: false }, MAX_ITERATIONS + 1));
    else setRun((r) => ({ ...r, running: true }));
  };
  const reset = () => setRun(fresh());

  const best = meanNll(stats, summary.normal.mu, summary.normal.sigma);

  return (
    <Section id="gradient-descent" title="How a machine finds the top: gradient descent">
      <div className="prose">
        <p>
          With two parameters we could solve the equations by hand. A model with millions of parameters cannot be solved
          that way; it is fitted by walking downhill. Optimisers minimise, so the quantity is the negative
          log-likelihood, here divided by n (the mean NLL, as machine-learning losses are), and each step moves against
          the slope, scaled by a <strong>learning rate</strong> η:
        </p>
        <Tex block label="The gradient descent update">
          {UPDATE_TEX}
        </Tex>
        <p>
          Start from your slider position, then step, or run. Too small a learning rate crawls; too large a one
          overshoots the valley and oscillates or flies off. Newton’s method also uses the curvature (the second
          derivatives) and needs only a handful of steps.
        </p>
      </div>
      <div className="figure-frame">
        <Figure
          title={`${method === 'newton' ? 'Newton’s method' : `Gradient descent, η = ${rate}`}: ${path.length - 1} steps`}
          caption={
            <>
              Now at μ = <strong data-testid="gd-mu">{formatNumber(last.mu, 2)}</strong>, σ ={' '}
              <strong data-testid="gd-sigma">{formatNumber(last.sigma, 2)}</strong>, mean NLL ={' '}
              {formatNumber(last.meanNll, 4)}. The maximum of ℓ is at μ = {formatNumber(summary.normal.mu, 2)}, σ ={' '}
              {formatNumber(summary.normal.sigma, 2)} (mean NLL {formatNumber(best, 4)}).{' '}
              {converged && !problem && (
                <strong>Converged: the path has reached the maximum, to display precision.</strong>
              )}
            </>
          }
          alternative={
            <DataTable
              summary="Show the path as a table"
              caption="Each step of the optimiser"
              columns={['Step', labelWithUnit(words, 'μ'), labelWithUnit(words, 'σ'), 'Mean NLL']}
              rowCount={path.length}
              row={(i) => [
                i,
                formatNumber(path[i].mu, 3),
                formatNumber(path[i].sigma, 3),
                formatNumber(path[i].meanNll, 5),
              ]}
            />
          }
        >
          <fieldset className="toggle">
            <legend>Method</legend>
            <label>
              <input
                type="radio"
                name={`${id}-method`}
                checked={method === 'gradient-descent'}
                onChange={() => setMethod('gradient-descent')}
              />
              gradient descent
            </label>
            <label>
              <input
                type="radio"
                name={`${id}-method`}
                checked={method === 'newton'}
                onChange={() => setMethod('newton')}
              />
              Newton’s method
            </label>
          </fieldset>
          <ParamSlider
            label="Learning rate η"
            unit="per step"
            value={rate}
            min={1}
            max={1000}
            step={1}
            onChange={(v) => setRate(Math.round(v))}
            description={
              method === 'newton'
                ? 'Newton’s method picks its own step; η is used only where it falls back.'
                : 'About 30 converges from the default start. Much larger rates leap far past the top on the first step: try 400 and watch the path leave the picture.'
            }
          />
          <div className="button-row">
            <button type="button" onClick={() => step(1)} disabled={running || stopped}>
              Step
            </button>
            <button type="button" onClick={() => step(10)} disabled={running || stopped}>
              10 steps
            </button>
            <button type="button" onClick={toggleRun} disabled={stopped && !running}>
              {running ? 'Pause' : 'Run'}
            </button>
            <button type="button" className="button--quiet" onClick={reset}>
              Reset to my sliders
            </button>
            <button type="button" className="button--quiet" onClick={() => setParams(last.mu, last.sigma)}>
              Move my sliders here
            </button>
          </div>
          <p className="widget__hint" role="status">
            {problem
              ? DIVERGENCE_TEXT[problem]
              : path.length > MAX_ITERATIONS
                ? 'Stopped after 2,000 steps.'
                : outside
                  ? 'The path has left the picture: the first steps jumped far past the top because the learning rate is too large for this start. Lower the learning rate.'
                  : rises > 0
                    ? `${rises === 1 ? 'One step' : `${rises} steps`} made the NLL go up instead of down: the learning rate is too large, and steps jump past the bottom of the valley. Lower the learning rate.`
                    : ''}
          </p>
          <OptimiserCharts path={path} best={best} />
          <Legend
            items={[
              { key: 'p', label: 'Optimiser path and its mean NLL', colour: '#e4572e' },
              { key: 'b', label: 'Minimum mean NLL (the maximum of ℓ)', colour: 'var(--text-muted)', dash: '4 3' },
            ]}
          />
          <SurfaceLegend />
        </Figure>
      </div>
    </Section>
  );
}

const twoDecimals = (v: number) => String(Number(v.toFixed(2)));

/**
 * The path over the surface and its mean NLL by step. Memoised on the path: moving the
 * learning rate changes the next steps, not the ones drawn, so it redraws neither chart.
 */
const OptimiserCharts = memo(function OptimiserCharts({ path, best }: { path: OptimiserPoint[]; best: number }) {
  // At most 300 points of the NLL curve and 150 of the path, always with the latest step.
  const nllStride = Math.max(1, Math.ceil(path.length / 300));
  const nllSeries = path
    .filter((_, i) => i % nllStride === 0 || i === path.length - 1)
    .map((p, i, kept) => ({ x: i === kept.length - 1 ? path.length - 1 : i * nllStride, y: p.meanNll }));
  const pathStride = Math.max(1, Math.ceil(path.length / 150));
  const drawn = path.filter((_, i) => i % pathStride === 0 || i === path.length - 1);
  const nllRange = nllAxisRange(
    nllSeries.map((p) => p.y),
    best,
  );
  return (
    <div className="chart-pair">
      <LikelihoodSurface
        label="The optimiser's path over the log-likelihood surface"
        paths={[{ points: drawn, colour: '#e4572e', label: 'path' }]}
      />
      <ChartBox label="The mean negative log-likelihood at each step, falling towards its minimum.">
        {(width) => (
          <DensityPlot
            width={width}
            height={Math.round(Math.min(360, Math.max(240, width * 0.6)))}
            xDomain={stepAxisRange(path.length)}
            yMin={nllRange[0]}
            yMax={nllRange[1]}
            xLabel="Step"
            yLabel="Mean NLL"
            curves={[{ key: 'nll', label: 'Mean NLL', points: nllSeries, colour: '#e4572e' }]}
            levels={[{ key: 'best', y: best, label: 'minimum', colour: 'var(--text-muted)', dash: '4 3' }]}
            yTickFormat={twoDecimals}
          />
        )}
      </ChartBox>
    </div>
  );
});
