import { useId, useMemo, useState } from 'react';
import { ChartBox } from '../../ui/ChartBox';
import { DataTable } from '../../ui/DataTable';
import { Figure } from '../../ui/Figure';
import { Legend } from '../../ui/Legend';
import { LiveAnnouncement } from '../../ui/LiveAnnouncement';
import { ScrollBox } from '../../ui/ScrollBox';
import { Section } from '../../ui/Section';
import { PlainFrame } from '../../ui/charts/PlainFrame';
import { xTicksFor } from '../../ui/charts/ticks';
import { FAMILIES } from '../../math/families';
import { coverageCounts, type SampleEstimates } from '../../math/simulation';
import { studentTCdf, studentTQuantile } from '../../math/studentT';
import {
  CHI2_1_95,
  exactCoverage,
  likelihoodRatioInterval,
  lrMuInterval,
  lrSigmaInterval,
  normalStandardErrors,
  relativeLocationProfile,
  tInterval,
  waldInterval,
  Z_95,
  type Interval,
} from '../../math/uncertainty';
import { formatCount, formatNumber } from '../../model/format';
import { labelWithUnit, selectDataWords } from '../../model/dataWords';
import { selectSummary, TRUE_MU, TRUE_SIGMA, type DatasetSummary } from '../../model/summary';
import { useLabStore } from '../../state/store';
import { Prediction } from '../../features/learning/Prediction';
import { Term } from '../../features/learning/Term';
import { SampleControls } from '../../features/simulation/SampleControls';
import { useSimulation } from '../../features/simulation/useSimulation';
import { noTopMessage, type NormalFit, type Parameter } from './profiles';
import { ParameterToggle } from './ParameterToggle';
import { TopChart } from './TopChart';

const COVERAGE_SIZES = [5, 10, 40];
const MAX_SAMPLES = 2000;
/** How many of the latest samples' intervals the stack draws. */
const STACKED = 50;
const CUT = -CHI2_1_95 / 2;

type Method = 'wald' | 'lr' | 't';
const METHODS: { id: Method; name: string; uses: string }[] = [
  { id: 'wald', name: 'Wald', uses: 'μ̂ ± 1.96 · σ̂/√n' },
  { id: 'lr', name: 'Likelihood ratio', uses: 'ℓ within 1.92 of its top' },
  { id: 't', name: 't', uses: 'μ̂ ± t · s/√n' },
];

const PARABOLA = 'a parabola-shaped top (a large sample)';
const LIKELIHOOD = 'the likelihood, and a large enough sample';

/** The 95 % intervals for μ of one sample, by each method. */
function intervalsOf(mean: number, sigmaHat: number, besselSd: number, n: number): Record<Method, Interval> {
  return {
    wald: waldInterval(mean, normalStandardErrors(n, sigmaHat).mu),
    lr: lrMuInterval(mean, sigmaHat, n),
    t: tInterval(mean, besselSd, n),
  };
}

const covers = ({ lower, upper }: Interval, truth: number) => lower <= truth && truth <= upper;

/** How much wider the second interval is than the first, as a phrase: "a little" below 5 %. */
const widerBy = (narrow: Interval, wide: Interval) => {
  const ratio = (wide.upper - wide.lower) / (narrow.upper - narrow.lower);
  return ratio < 1.05 ? 'a little wider' : `${formatNumber(100 * (ratio - 1), 0)}\u00a0% wider`;
};

export function ConfidenceIntervals() {
  const summary = useLabStore(selectSummary);
  const hasTop = summary.n > 1 && summary.normal.sigma > 0;
  return (
    <Section id="confidence-intervals" title="Confidence intervals, and how often they are right">
      <div className="prose">
        <p>
          A standard error says how far off an estimate typically is. A{' '}
          <Term id="confidence-interval">confidence interval</Term> turns it into a range of plausible values, built by
          a recipe that, over repeated samples, catches the true value 95&nbsp;% of the time. Two recipes come straight
          from the likelihood, and a third from the statistics course.
        </p>
        <ul>
          <li>
            <strong>Wald</strong>: the estimate ± 1.96 standard errors (1.96 is the z that leaves 2.5&nbsp;% in each
            tail of a standard Normal). It trusts the parabola of the previous section.
          </li>
          <li>
            <strong>Likelihood ratio (LR)</strong>: every value whose ℓ is within 1.92 of the top. The 1.92 is half of
            3.84, the 95&nbsp;% point of a chi-square with one degree of freedom: twice the drop from the top down to
            the true value is approximately distributed like one, the more closely the larger the sample (Wilks’
            theorem). It reads the curve itself, not its parabola.
          </li>
          <li>
            <strong>t</strong> (not from the likelihood): μ̂ ± t · s/√n, with s dividing by n − 1 and t from Student’s t
            distribution with n − 1 degrees of freedom: {formatNumber(studentTQuantile(0.975, 4), 2)} at n = 5,{' '}
            {formatNumber(studentTQuantile(0.975, 39), 2)} at n = 40, approaching 1.96 as n grows. For Normal data its
            95&nbsp;% holds at every n.
          </li>
        </ul>
      </div>
      {hasTop ? (
        <IntervalsForData summary={summary} />
      ) : (
        <div className="prose">
          <p>{noTopMessage(summary.n)}</p>
        </div>
      )}
      <Coverage />
    </Section>
  );
}

function IntervalsForData({ summary }: { summary: DatasetSummary }) {
  const words = useLabStore(selectDataWords);
  const familyId = useLabStore((s) => s.family);
  const [parameter, setParameter] = useState<Parameter>('mu');
  const { n } = summary;
  const fit: NormalFit = { n, mean: summary.normal.mu, sigmaHat: summary.normal.sigma };
  const errors = normalStandardErrors(n, fit.sigmaHat);
  const intervals = {
    waldMu: waldInterval(fit.mean, errors.mu),
    lrMu: lrMuInterval(fit.mean, fit.sigmaHat, n),
    tMu: tInterval(fit.mean, summary.besselSigma, n),
    waldSigma: waldInterval(fit.sigmaHat, errors.sigma),
    lrSigma: lrSigmaInterval(fit.sigmaHat, n),
  };
  const tToWald = (intervals.tMu.upper - intervals.tMu.lower) / (intervals.waldMu.upper - intervals.waldMu.lower);
  const [wald, lr] = parameter === 'mu' ? [intervals.waldMu, intervals.lrMu] : [intervals.waldSigma, intervals.lrSigma];
  const symbol = parameter === 'mu' ? 'μ' : 'σ';
  const reach = 1.4 * Math.max(fit.mean - intervals.lrMu.lower, fit.mean - intervals.waldMu.lower);
  const domain: [number, number] =
    parameter === 'mu'
      ? [fit.mean - reach, fit.mean + reach]
      : [
          Math.max(0, intervals.lrSigma.lower - 0.6 * (fit.sigmaHat - intervals.lrSigma.lower)),
          intervals.lrSigma.upper + 0.4 * (intervals.lrSigma.upper - fit.sigmaHat),
        ];
  const value = (x: number) => formatNumber(x, 2);
  const withUnit = (x: number) => words.withUnit(value(x));
  const family = FAMILIES[familyId];
  const familyInterval = useMemo(() => {
    if (familyId === 'normal') return null;
    const stats = summary.familyStats;
    const fitted = summary.fits[familyId];
    if (!fitted || !(fitted.mle[1] > 0)) return null;
    const start = fitted.mle[1] / Math.sqrt(stats.n);
    return likelihoodRatioInterval((a) => relativeLocationProfile(familyId, stats, a), fitted.mle[0], start);
  }, [familyId, summary]);

  const rows: { name: string; lower: number; upper: number; testid?: string; needs: string }[] = [
    { name: 'Wald for μ', ...intervals.waldMu, testid: 'wald-mu', needs: PARABOLA },
    { name: 'Likelihood ratio for μ', ...intervals.lrMu, testid: 'lr-mu', needs: LIKELIHOOD },
    { name: 't for μ', ...intervals.tMu, needs: 'Normal data: exact at any n' },
    { name: 'Wald for σ', ...intervals.waldSigma, needs: PARABOLA },
    { name: 'Likelihood ratio for σ', ...intervals.lrSigma, testid: 'lr-sigma', needs: LIKELIHOOD },
  ];

  return (
    <>
      <div className="figure-frame">
        <Figure
          title={`95\u00a0% intervals for ${symbol} from your ${formatCount(n)} ${words.items}`}
          caption={
            <>
              The LR interval is where the curve crosses the line 1.92 below its top: {symbol} from {withUnit(lr.lower)}{' '}
              to {withUnit(lr.upper)}. The Wald interval is where the parabola crosses it: {withUnit(wald.lower)} to{' '}
              {withUnit(wald.upper)}.{' '}
              {parameter === 'mu'
                ? `The curve is flatter than its parabola away from the top, so the LR interval is ${widerBy(wald, lr)}.`
                : 'In σ the curve is lopsided: it falls steeply towards small σ and slowly towards large σ, so the LR interval reaches further up than down, and the symmetric Wald interval misses that.'}
            </>
          }
        >
          <ParameterToggle legend="Interval for" value={parameter} onChange={setParameter} />
          <TopChart
            parameter={parameter}
            fit={fit}
            domain={domain}
            xLabel={labelWithUnit(words, symbol)}
            label={`ℓ − ℓ̂ along ${symbol} with the 95\u00a0% cut-off 1.92 below the top, and where the curve and its parabola cross it.`}
            curveLabels={{ exact: 'ℓ − ℓ̂', parabola: 'Parabola' }}
            levels={[{ key: 'cut', y: CUT, label: '−1.92', colour: 'var(--text)', dash: '4 3' }]}
            markers={[
              { key: 'lr-lower', x: lr.lower, label: 'LR', colour: 'var(--curve)' },
              { key: 'lr-upper', x: lr.upper, label: 'LR', colour: 'var(--curve)' },
              { key: 'wald-lower', x: wald.lower, label: 'Wald', colour: 'var(--laplace)', dash: '6 4' },
              { key: 'wald-upper', x: wald.upper, label: 'Wald', colour: 'var(--laplace)', dash: '6 4' },
            ]}
          />
          <Legend
            items={[
              { key: 'exact', label: 'ℓ − ℓ̂, and the LR interval’s ends (solid)', colour: 'var(--curve)' },
              {
                key: 'parabola',
                label: 'Parabola, and the Wald interval’s ends (dashed)',
                colour: 'var(--laplace)',
                dash: '6 4',
              },
              { key: 'cut', label: 'Cut-off: 3.84/2 = 1.92 below the top', colour: 'var(--text)', dash: '4 3' },
            ]}
          />
        </Figure>
      </div>
      <div className="prose">
        <ScrollBox label="The 95&nbsp;% intervals for your data">
          <table className="compare-table">
            <caption>
              95&nbsp;% intervals for your {formatCount(n)} {words.items} (μ̂ = {value(fit.mean)}, σ̂ ={' '}
              {value(fit.sigmaHat)}, s = {value(summary.besselSigma)})
            </caption>
            <thead>
              <tr>
                <th scope="col">Interval</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Relies on</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.name}>
                  <th scope="row">{row.name}</th>
                  <td data-testid={row.testid && `${row.testid}-lower`}>{value(row.lower)}</td>
                  <td data-testid={row.testid && `${row.testid}-upper`}>{value(row.upper)}</td>
                  <td>{row.needs}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
        {familyInterval ? (
          <p>
            You assumed the {family.name} family. Its likelihood has a top too, and the LR recipe works on it unchanged:
            profile ℓ over its {family.parameters[0].label.toLowerCase()} (the scale at its best for each value) and
            keep every value within 1.92 of the top. For your data that gives{' '}
            {familyId === 'lognormal'
              ? `the log-scale mean from ${value(familyInterval.lower)} to ${value(familyInterval.upper)}, a median e^μ between ${value(Math.exp(familyInterval.lower))} and ${words.withUnit(value(Math.exp(familyInterval.upper)))}`
              : `${family.parameters[0].symbol} from ${value(familyInterval.lower)} to ${words.withUnit(value(familyInterval.upper))}`}
            . The intervals in the table assume the Normal: the t interval needs it, the Wald one needs a top shaped
            like a parabola.
          </p>
        ) : (
          <p>
            {tToWald < 1.05
              ? `The three intervals for μ nearly agree for ${formatCount(n)} ${words.items}.`
              : `For only ${formatCount(n)} ${words.items} they do not agree: the t interval is ${formatNumber(tToWald, 1)}× as wide as the Wald one, and the coverage test below shows which to trust.`}{' '}
            The LR recipe needs only a likelihood, so it works for any family (choose another in{' '}
            <a href="#likelihood-widget">the widget</a> and this section profiles it); the t interval is exact only for
            Normal data, and the Wald interval only as good as the parabola.
          </p>
        )}
      </div>
    </>
  );
}

/** One sample's interval, and whether it catches the truth. */
interface Stacked {
  k: number;
  interval: Interval;
  hit: boolean;
}

function Coverage() {
  const id = useId();
  const [n, setN] = useState(5);
  const [count, setCount] = useState(0);
  const [method, setMethod] = useState<Method>('wald');
  const { result, pending } = useSimulation(
    count > 0 ? { kind: 'samples', n, count, loc: TRUE_MU, scale: TRUE_SIGMA } : null,
    String(n),
  );
  const drawn = result?.means.length ?? 0;
  const counts = useMemo(() => (result ? coverageCounts(result, TRUE_MU) : null), [result]);
  const stacked = useMemo(() => (result ? latestIntervals(result, method) : []), [result, method]);
  const tQuantile = studentTQuantile(0.975, n - 1);
  const draw = (more: number) => setCount((k) => Math.min(MAX_SAMPLES, k + more));
  const share = (c: number) => percent(c / drawn);
  const longRun = exactCoverage(n);
  const domain = stackDomain(stacked, n);
  const [atFive, atForty] = [exactCoverage(5), exactCoverage(40)];
  // s with z: 2·F(z) − 1 under t with 4 degrees of freedom (the Wald recipe with s in place of σ̂).
  const withS = 2 * studentTCdf(Z_95, 4) - 1;
  const chosen = METHODS.find((m) => m.id === method)!;
  const missed = stacked.filter((s) => !s.hit).length;
  const announcement =
    counts && !pending
      ? `After ${formatCount(drawn)} samples of ${n}: Wald covers 120 in ${counts.wald}, likelihood ratio in ${counts.lr}, t in ${counts.t}.`
      : '';

  return (
    <>
      <div className="prose">
        <h4>95&nbsp;% of what?</h4>
        <p>
          An interval from one sample either contains the true μ or it does not. The 95&nbsp;% is a promise about the
          recipe: applied to sample after sample, it should catch the truth 95 times in 100. That can be checked. Draw
          samples from Normal(120, 15) again, build every sample’s interval, and count how many contain 120: the
          interval’s{' '}
          <Term id="coverage" after=".">
            coverage
          </Term>
        </p>
        <Prediction
          id="coverage-small-n"
          question="Samples of only 5 songs. What share of their Wald intervals, μ̂ ± 1.96 · σ̂/√n, will contain the true mean 120?"
          options={[
            { id: 'about', label: 'About 95\u00a0%, as the recipe promises' },
            { id: 'fewer', label: 'Clearly fewer than 95\u00a0% of them' },
            { id: 'more', label: 'Clearly more than 95\u00a0% of them' },
          ]}
          answer="fewer"
          reveal={
            <p>
              Fewer: 857 of the first 1,000 samples, under 86&nbsp;%. Two things make the Wald interval too narrow for
              small samples. The bigger: 1.96 treats σ as known, when it is estimated from only 5 songs and often comes
              out well below 15. The smaller: σ̂ divides by n, shrinking every interval by a further √(4/5) (the bias of
              the previous chapter, now with consequences). The t interval uses s and t₀.₉₇₅ with 4 degrees of freedom,
              2.78, whose wider tails allow for the noise in s. It covers 956 of the 1,000.
            </p>
          }
        />
      </div>
      <div className="figure-frame">
        <Figure
          title={
            drawn > 0
              ? `${chosen.name} intervals of the latest ${formatCount(stacked.length)} ${stacked.length === 1 ? 'sample' : 'samples'} of n = ${n}`
              : `${chosen.name} intervals of samples of n = ${n}`
          }
          caption={
            drawn > 0 ? (
              <>
                Each line is one sample’s 95&nbsp;% interval for μ, the newest at the top; {missed} of the{' '}
                {stacked.length} drawn here miss 120.
                {pending ? ` Drawing ${formatCount(count)} samples…` : ''}
              </>
            ) : (
              <>{pending ? `Drawing ${formatCount(count)} samples…` : 'Press a button to draw samples.'}</>
            )
          }
          alternative={
            <DataTable
              summary="Show these intervals as a table"
              caption={`${chosen.name} intervals of the latest samples of n = ${n}`}
              columns={['Sample k (seed)', 'From', 'To', 'Contains 120']}
              rowCount={stacked.length}
              row={(i) => [
                formatCount(stacked[i].k),
                formatNumber(stacked[i].interval.lower, 2),
                formatNumber(stacked[i].interval.upper, 2),
                stacked[i].hit ? 'yes' : 'no',
              ]}
            />
          }
        >
          <SampleControls
            legend="Songs per sample, n"
            sizes={COVERAGE_SIZES}
            n={n}
            onSize={(size) => {
              setN(size);
              setCount(0);
            }}
            batches={[100, 1000]}
            requested={count}
            max={MAX_SAMPLES}
            onDraw={draw}
            onReset={() => setCount(0)}
          />
          <fieldset className="toggle">
            <legend>Intervals drawn</legend>
            {METHODS.map((m) => (
              <label key={m.id}>
                <input type="radio" name={`${id}-method`} checked={method === m.id} onChange={() => setMethod(m.id)} />
                {m.name}
              </label>
            ))}
          </fieldset>
          <LiveAnnouncement text={announcement} />
          <ChartBox
            label={`The latest ${stacked.length} samples’ ${chosen.name} intervals for μ, one per row, with the true mean 120 marked; ${missed} miss it.`}
          >
            {(width) => <IntervalStack width={width} stacked={stacked} domain={domain} />}
          </ChartBox>
          <Legend
            items={[
              { key: 'hit', label: 'Interval that contains 120', colour: 'var(--series-3)' },
              {
                key: 'miss',
                label: 'Interval that misses 120 (thick, with a dot at the estimate)',
                colour: 'var(--bad)',
              },
              { key: 'truth', label: 'True mean μ = 120', colour: 'var(--text)', dash: '4 3' },
            ]}
          />
          <ScrollBox label="Coverage by recipe">
            <table className="compare-table">
              <caption>
                How many of the {drawn > 0 ? `${formatCount(drawn)} ` : ''}samples’ 95&nbsp;% intervals contain the true
                μ = 120 (n = {n}; σ̂ divides by n, s by n − 1)
              </caption>
              <thead>
                <tr>
                  <th scope="col">Recipe</th>
                  <th scope="col" className="hide-narrow">
                    Interval
                  </th>
                  <th scope="col">Contain 120</th>
                  <th scope="col">Share</th>
                  <th scope="col">Long run</th>
                </tr>
              </thead>
              <tbody>
                {METHODS.map((m) => (
                  <tr key={m.id}>
                    <th scope="row">{m.name}</th>
                    <td className="hide-narrow">
                      {m.id === 't' ? `μ̂ ± ${formatNumber(tQuantile, 2)} · s/√n` : m.uses}
                    </td>
                    <td className="nowrap" data-testid={`coverage-${m.id}`}>
                      {counts ? `${counts[m.id]} of ${drawn}` : '–'}
                    </td>
                    <td className="nowrap">{counts ? share(counts[m.id]) : '–'}</td>
                    <td className="nowrap">{percent(longRun[m.id])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </Figure>
      </div>
      <div className="prose">
        <p>
          Draw 1,000 samples at each size. A share from 1,000 samples is only good to about ±1.5 percentage points, so
          the next 1,000 give slightly different numbers; the last column gives the long-run share, exact for Normal
          data, from Student’s t distribution. At n = 40 the three recipes nearly agree ({percent(atForty.wald)},{' '}
          {percent(atForty.lr)} and {percent(atForty.t)} in the long run). At n = 5 the Wald interval covers{' '}
          {percent(atFive.wald)} and the LR interval {percent(atFive.lr)}: both use σ̂ and lean on large-sample
          approximations. The t interval keeps its 95&nbsp;% at every n.
        </p>
        <p>
          That is why a statistics course reaches for t and not z with small samples. The n − 1 of{' '}
          <a href="#bias">the bias section</a> helps a little: s in place of σ̂ alone lifts the coverage at n = 5 from{' '}
          {percent(atFive.wald)} to {percent(withS)}. Most of the gap is closed by t’s wider multiplier,{' '}
          {formatNumber(studentTQuantile(0.975, 4), 2)} instead of {Z_95.toFixed(2)}, which allows for s itself being a
          noisy estimate of σ from 5 songs. For large n, t, z and the likelihood ratio agree; for any family other than
          the Normal, the likelihood ratio is the recipe that carries over.
        </p>
      </div>
    </>
  );
}

const percent = (share: number) => `${formatNumber(100 * share, 1)}\u00a0%`;

/**
 * The x range of the interval stack: every interval drawn, whole, and the truth; before any
 * are drawn, the width a typical t interval of this n would need.
 */
function stackDomain(stacked: Stacked[], n: number): [number, number] {
  let [low, high] = [TRUE_MU - (3 * TRUE_SIGMA) / Math.sqrt(n), TRUE_MU + (3 * TRUE_SIGMA) / Math.sqrt(n)];
  for (const { interval } of stacked) [low, high] = [Math.min(low, interval.lower), Math.max(high, interval.upper)];
  const pad = 0.03 * (high - low);
  return [low - pad, high + pad];
}

/** The latest samples' intervals by one recipe, oldest first. */
function latestIntervals(estimates: SampleEstimates, method: Method): Stacked[] {
  const { n, means, sigmas, besselSigmas } = estimates;
  const stacked: Stacked[] = [];
  for (let k = Math.max(0, means.length - STACKED); k < means.length; k++) {
    const interval = intervalsOf(means[k], sigmas[k], besselSigmas[k], n)[method];
    stacked.push({ k: k + 1, interval, hit: covers(interval, TRUE_MU) });
  }
  return stacked;
}

const STACK_MARGIN = { top: 8, right: 16, bottom: 40, left: 16 };

/** One horizontal line per sample's interval, the misses thick and dotted at their estimate. */
function IntervalStack({ width, stacked, domain }: { width: number; stacked: Stacked[]; domain: [number, number] }) {
  const rowHeight = 5;
  const height = STACK_MARGIN.top + STACK_MARGIN.bottom + STACKED * rowHeight;
  return (
    <PlainFrame
      width={width}
      height={height}
      margin={STACK_MARGIN}
      xDomain={domain}
      xTicks={xTicksFor(domain, width)}
      xLabel="μ (BPM)"
      yDomain={[0, STACKED]}
    >
      {({ x, y, top, bottom }) => (
        <>
          {stacked.map(({ k, interval, hit }, row) => {
            const level = y(row + 0.5);
            return (
              <g key={k}>
                <line
                  x1={x(interval.lower)}
                  x2={x(interval.upper)}
                  y1={level}
                  y2={level}
                  stroke={hit ? 'var(--series-3)' : 'var(--bad)'}
                  strokeWidth={hit ? 1.5 : 3}
                />
                {!hit && <circle cx={x((interval.lower + interval.upper) / 2)} cy={level} r={2.5} fill="var(--bad)" />}
              </g>
            );
          })}
          {/* Over the intervals, so that the truth they are judged by stays visible. */}
          <line
            x1={x(TRUE_MU)}
            x2={x(TRUE_MU)}
            y1={top}
            y2={bottom}
            stroke="var(--text)"
            strokeWidth={1.5}
            strokeDasharray="4 3"
          />
        </>
      )}
    </PlainFrame>
  );
}
