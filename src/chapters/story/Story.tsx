import { useMemo } from 'react';
import { ChartBox } from '../../ui/ChartBox';
import { Staged } from '../../ui/Staged';
import { Chapter } from '../../ui/Chapter';
import { ChapterEnd } from '../../features/learning/ChapterEnd';
import { learning } from './learning';
import { meta } from './meta';
import { DataTable } from '../../ui/DataTable';
import { Figure } from '../../ui/Figure';
import { Legend } from '../../ui/Legend';
import { Section } from '../../ui/Section';
import { DataPanel } from '../../features/dataset/DataPanel';
import { curvePoints, type Curve } from '../../ui/charts/curves';
import { HistogramPlot } from '../../ui/charts/HistogramPlot';
import { StripPlot } from '../../ui/charts/StripPlot';
import { formatCount, formatNumber } from '../../model/format';
import { normalPdf } from '../../math/distributions';
import { histogram, niceBinWidth } from '../../math/histogram';
import { TRUE_MU, TRUE_SIGMA, selectSample, selectSummary, type DatasetSummary } from '../../model/summary';
import { selectDataWords } from '../../model/dataWords';
import { useLabStore } from '../../state/store';
import { downloadText, tempoCsv, tempoCsvFilename } from '../../features/dataset/tempoCsv';
import { Term } from '../../features/learning/Term';

const STYLES = [
  { colour: 'var(--series-1)', dash: undefined },
  { colour: 'var(--series-2)', dash: '8 4' },
  { colour: 'var(--series-3)', dash: '2 3' },
  { colour: 'var(--series-4)', dash: '12 3 2 3' },
];

/** Members of the Normal family to draw over the tempos: none of them is "the" answer. */
const TEMPO_CANDIDATES = [
  { mu: 100, sigma: 10 },
  { mu: 125, sigma: 8 },
  { mu: 115, sigma: 15 },
  { mu: 135, sigma: 25 },
];

/**
 * For other data, four members placed the same way relative to the best fit (too far left
 * and narrow, a little right and narrow, about right, too far right and wide), on round numbers.
 */
function candidatesFor(summary: DatasetSummary): { mu: number; sigma: number }[] {
  const { mu, sigma } = summary.normal;
  const spread = sigma > 0 ? sigma : summary.sigmaRange.min * 10;
  const round = (x: number) => Number((Math.round(x / (summary.unit / 5)) * (summary.unit / 5)).toPrecision(6));
  return [
    { mu: round(mu - 1.2 * spread), sigma: round(0.7 * spread) },
    { mu: round(mu + 0.5 * spread), sigma: round(0.55 * spread) },
    { mu: round(mu - 0.2 * spread), sigma: round(spread) },
    { mu: round(mu + 1.2 * spread), sigma: round(1.7 * spread) },
  ].map((c) => ({ mu: c.mu, sigma: Math.max(c.sigma, summary.sigmaRange.min) }));
}

/** Decimals that show a round bin width as it is (5 → 0, 2.5 → 1, 0.25 → 2). */
const decimalsOf = (x: number) => Math.min(6, (String(Number(x.toPrecision(6))).split('.')[1] ?? '').length);

export function Story({ number }: { number: number }) {
  const sample = useLabStore(selectSample);
  const summary = useLabStore(selectSummary);
  const seed = useLabStore((s) => s.seed);
  const words = useLabStore(selectDataWords);
  const setParams = useLabStore((s) => s.setParams);
  const n = sample.length;
  const custom = words.custom;
  const CANDIDATES = useMemo(
    () => (custom ? candidatesFor(summary) : TEMPO_CANDIDATES).map((c, i) => ({ ...c, ...STYLES[i] })),
    [custom, summary],
  );
  const xDomain: [number, number] = [summary.muRange.min, summary.muRange.max];

  const bins = useMemo(() => histogram(sample, niceBinWidth(summary.min, summary.max, n)), [sample, summary, n]);
  const binWidth = bins.length ? bins[0].end - bins[0].start : 1;
  const maxCount = Math.max(...bins.map((b) => b.count));
  const candidates: Curve[] = useMemo(
    () =>
      CANDIDATES.map((c) => ({
        key: `${c.mu}-${c.sigma}`,
        label: `μ = ${c.mu}, σ = ${c.sigma}`,
        points: curvePoints((x) => normalPdf(x, c.mu, c.sigma), xDomain),
        colour: c.colour,
        dash: c.dash,
      })),
    // xDomain is rebuilt each render; its two numbers are the real dependencies.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [CANDIDATES, xDomain[0], xDomain[1]],
  );
  const familyPeak = Math.max(...CANDIDATES.map((c) => normalPdf(c.mu, c.mu, c.sigma)), ...bins.map((b) => b.density));

  const snippet = `import numpy as np\nnp.random.seed(${seed})\ntempos = np.random.normal(loc=${TRUE_MU}, scale=${TRUE_SIGMA}, size=${n})`;

  return (
    <Chapter id={meta.id} number={number} title={meta.title}>
      <div className="prose">
        {custom ? (
          <p>
            You brought your own data: <strong>{formatCount(n)} values</strong>
            {words.quantity !== 'value' && <> of {words.quantity}</>}
            {words.unit && <> in {words.unit}</>}. The story below was told about a songwriter’s tempos, but every
            chart, slider and number on this page now uses your values. Here they are, one dot per value.
          </p>
        ) : (
          <p>
            Picture a musician going through their catalogue. They have written <strong>{formatCount(n)} songs</strong>,
            and for each one they have measured the tempo: how many beats per minute (BPM) it runs at. Here they are,
            one dot per song.
          </p>
        )}
      </div>

      <Staged>
        <div className="figure-frame">
          <Figure
            title={`The ${formatCount(n)} ${custom ? 'values' : 'tempos'}`}
            caption={
              <>
                Top: each dot is one {words.item}, placed by its {words.quantity} (the vertical spread only keeps dots
                from hiding each other). Bottom: the same {words.items} counted in bins{' '}
                {words.withUnit(formatNumber(binWidth, decimalsOf(binWidth)))} wide. They run from{' '}
                {formatNumber(summary.min, summary.decimals)} to{' '}
                {words.withUnit(formatNumber(summary.max, summary.decimals))}, with a mean of{' '}
                {formatNumber(summary.normal.mu, summary.decimals)}.
                {n > 1000 && ` With this many ${words.items} the dots show 1,000 evenly spaced quantiles.`}
              </>
            }
            alternative={
              <DataTable
                summary={`Show the ${formatCount(n)} ${custom ? 'values' : 'tempos'} as a table`}
                caption={custom ? 'Your values, in the order given' : 'Measured tempo of each song'}
                columns={[custom ? 'Value' : 'Song', words.axis]}
                rowCount={n}
                row={(i) => [i + 1, formatNumber(sample[i], 2)]}
                note={<p className="data-table__note">The CSV download holds every value at full precision.</p>}
              />
            }
          >
            <ChartBox
              label={`Strip plot of ${n} ${custom ? 'values' : 'song tempos'} from ${formatNumber(summary.min, summary.decimals)} to ${words.withUnit(formatNumber(summary.max, summary.decimals))}.`}
            >
              {(width) => <StripPlot width={width} values={sample} xDomain={xDomain} xLabel={words.axis} />}
            </ChartBox>
            <ChartBox
              label={`Histogram of the ${custom ? 'values' : 'tempos'} in bins ${words.withUnit(formatNumber(binWidth, decimalsOf(binWidth)))} wide; the tallest bin holds ${maxCount} ${words.items}.`}
            >
              {(width) => (
                <HistogramPlot
                  width={width}
                  height={220}
                  xDomain={xDomain}
                  yMax={maxCount}
                  integerTicks
                  xLabel={words.axis}
                  yLabel={`${custom ? 'Values' : 'Songs'} per bin`}
                  bins={bins}
                  binValue="count"
                />
              )}
            </ChartBox>
          </Figure>
          <div className="button-row">
            {!custom && (
              <button type="button" onClick={() => downloadText(tempoCsv(sample), tempoCsvFilename(seed, n))}>
                Download data (CSV)
              </button>
            )}
            <a className="button button--quiet" href="#your-data">
              {custom ? 'Change your data' : 'Use your own data'}
            </a>
          </div>
        </div>
      </Staged>

      <div className="prose">
        {!custom && (
          <>
            <p>
              These numbers were not typed in by hand: they are the same {formatCount(n)} values that numpy produces
              with the three lines below, so a notebook in class and this page agree to the last digit.
            </p>
            <pre className="code" tabIndex={0} aria-label="Python code that makes the same tempos">
              <code>{snippet}</code>
            </pre>
          </>
        )}
        <h3 id="story-question">The question</h3>
        {custom ? (
          <p>
            <strong>Which distribution do these values follow?</strong> Look at the histogram. A single hump that falls
            away evenly on both sides suggests a Normal (bell-shaped) distribution, the usual first guess and the one
            this page starts with. A long tail on one side, or a few values far from the rest, are warnings: the
            likelihood widget lets you try other families and compare.
          </p>
        ) : (
          <p>
            <strong>Which distribution do these tempos follow?</strong> The histogram rises to a single hump and falls
            away on both sides, roughly symmetrically. That shape suggests a Normal (bell-shaped) distribution.
          </p>
        )}
        <p>
          But “Normal” is not one curve. It is a whole family, and each member is fixed by two numbers: the centre{' '}
          <strong>μ</strong> (where the bell peaks) and the spread <strong>σ</strong> (how wide it is). Every choice of
          μ and σ gives a different bell. Here are four of them over the same data, on a scale where the area under each
          curve, and under the histogram, is 1.
        </p>
      </div>

      <Staged>
        <div className="figure-frame">
          <Figure
            title={`Four members of the Normal family, over the ${custom ? 'values' : 'tempos'}`}
            caption={
              <>
                Grey bars: the {custom ? 'values' : 'tempos'} as a histogram scaled to area 1 (density {words.perUnit}).
                Lines: four Normal curves. Some sit in the wrong place, some are too narrow or too wide. Infinitely many
                others lie in between.
              </>
            }
            alternative={
              <DataTable
                summary="Show the candidate curves as a table"
                caption="Candidate Normal curves and their peak density"
                columns={[
                  'Curve',
                  words.unit ? `μ (${words.unit})` : 'μ',
                  words.unit ? `σ (${words.unit})` : 'σ',
                  `Peak density (${words.perUnit})`,
                ]}
                rowCount={CANDIDATES.length}
                row={(i) => {
                  const c = CANDIDATES[i];
                  return [`Candidate ${i + 1}`, c.mu, c.sigma, formatNumber(normalPdf(c.mu, c.mu, c.sigma), 4)];
                }}
              />
            }
          >
            <ChartBox
              label={`Histogram of the ${custom ? 'values' : 'tempos'} with four Normal curves of different centres and widths.`}
            >
              {(width) => (
                <HistogramPlot
                  width={width}
                  height={260}
                  xDomain={xDomain}
                  yMax={familyPeak * 1.05}
                  xLabel={words.axis}
                  yLabel={`Density (${words.perUnit})`}
                  bins={bins}
                  curves={candidates}
                />
              )}
            </ChartBox>
            <Legend
              items={[
                {
                  key: 'bars',
                  label: `${custom ? 'Values' : 'Tempos'} (histogram, area 1)`,
                  colour: 'var(--histogram)',
                  kind: 'box',
                },
                ...candidates.map((c) => ({ key: c.key, label: c.label, colour: c.colour, dash: c.dash })),
              ]}
            />
          </Figure>
          <div className="button-row" role="group" aria-label="Try a candidate in the likelihood widget">
            {CANDIDATES.map((c) => (
              <a
                key={`${c.mu}-${c.sigma}`}
                className="button button--quiet"
                href="#likelihood-widget"
                onClick={() => setParams(c.mu, c.sigma)}
              >
                Try μ = {c.mu}, σ = {c.sigma}
              </a>
            ))}
          </div>
        </div>
      </Staged>

      <div className="prose">
        <p>
          So the real task is to <strong>pick μ and σ</strong>: find the member of the family that best explains the{' '}
          {formatCount(n)} {custom ? 'values' : 'tempos'} we actually measured. Turning “best explains” into something
          we can compute is what <Term id="mle">Maximum Likelihood Estimation</Term> (MLE) does.
        </p>
      </div>

      <Section id="your-data" title="Use your own data">
        <div className="prose">
          <p>
            Everything on this page also works on numbers of your own: song tempos you measured, exam scores, reaction
            times. Paste them, choose a file, or load an example; every chapter then follows your data, and the
            likelihood widget lets you choose which distribution to assume. The seeded tempos are one click away.
          </p>
        </div>
        <DataPanel />
      </Section>
      <ChapterEnd chapter={meta.id} learning={learning} />
    </Chapter>
  );
}
