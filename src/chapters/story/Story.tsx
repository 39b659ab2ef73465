import { useMemo } from 'react';
import { ChartBox } from '../../components/ChartBox';
import { Chapter } from '../../components/Chapter';
import { DataTable } from '../../components/DataTable';
import { Figure } from '../../components/Figure';
import { Legend } from '../../components/Legend';
import { DensityPlot, curvePoints, type Curve } from '../../components/charts/DensityPlot';
import { StripPlot } from '../../components/charts/StripPlot';
import { formatCount, formatNumber } from '../../components/format';
import { normalPdf } from '../../math/distributions';
import { histogram, niceBinWidth } from '../../math/histogram';
import { TRUE_MU, TRUE_SIGMA, selectSample, selectSummary } from '../../state/derived';
import { useLabStore } from '../../state/store';
import { downloadText, tempoCsv, tempoCsvFilename } from './tempoCsv';

/** Members of the Normal family to draw over the data: none of them is "the" answer. */
const CANDIDATES = [
  { mu: 100, sigma: 10, colour: 'var(--series-1)', dash: undefined },
  { mu: 125, sigma: 8, colour: 'var(--series-2)', dash: '8 4' },
  { mu: 115, sigma: 15, colour: 'var(--series-3)', dash: '2 3' },
  { mu: 135, sigma: 25, colour: 'var(--series-4)', dash: '12 3 2 3' },
];

export function Story({ number }: { number: number }) {
  const sample = useLabStore(selectSample);
  const summary = useLabStore(selectSummary);
  const seed = useLabStore((s) => s.seed);
  const setParams = useLabStore((s) => s.setParams);
  const n = sample.length;
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
    [xDomain[0], xDomain[1]],
  );
  const familyPeak = Math.max(...CANDIDATES.map((c) => normalPdf(c.mu, c.mu, c.sigma)), ...bins.map((b) => b.density));

  const snippet = `import numpy as np\nnp.random.seed(${seed})\ntempos = np.random.normal(loc=${TRUE_MU}, scale=${TRUE_SIGMA}, size=${n})`;

  return (
    <Chapter id="story" number={number} title="The songwriter’s dilemma">
      <div className="prose">
        <p>
          Picture a musician going through their catalogue. They have written <strong>{formatCount(n)} songs</strong>,
          and for each one they have measured the tempo: how many beats per minute (BPM) it runs at. Here they are, one
          dot per song.
        </p>
      </div>

      <div className="figure-frame">
        <Figure
          title={`The ${formatCount(n)} tempos`}
          caption={
            <>
              Top: each dot is one song, placed by its tempo (the vertical spread only keeps dots from hiding each
              other). Bottom: the same tempos counted in {formatNumber(binWidth, binWidth % 1 ? 1 : 0)}-BPM bins. They
              run from {formatNumber(summary.min, 1)} to {formatNumber(summary.max, 1)} BPM and bunch up around{' '}
              {formatNumber(summary.normal.mu, 0)}.
              {n > 1000 && ' With this many songs the dots show 1,000 evenly spaced quantiles.'}
            </>
          }
          alternative={
            <DataTable
              summary={`Show the ${formatCount(n)} tempos as a table`}
              caption="Measured tempo of each song"
              columns={['Song', 'Tempo (BPM)']}
              rowCount={n}
              row={(i) => [i + 1, formatNumber(sample[i], 2)]}
              note={<p className="data-table__note">The CSV download holds every value at full precision.</p>}
            />
          }
        >
          <ChartBox
            label={`Strip plot of ${n} song tempos from ${formatNumber(summary.min, 1)} to ${formatNumber(summary.max, 1)} BPM.`}
          >
            {(width) => <StripPlot width={width} values={sample} xDomain={xDomain} xLabel="Tempo (BPM)" />}
          </ChartBox>
          <ChartBox
            label={`Histogram of the tempos in ${formatNumber(binWidth, 1)}-BPM bins; the tallest bin holds ${maxCount} songs.`}
          >
            {(width) => (
              <DensityPlot
                width={width}
                height={220}
                xDomain={xDomain}
                yMax={maxCount}
                integerTicks
                xLabel="Tempo (BPM)"
                yLabel="Songs per bin"
                bins={bins}
                binValue="count"
                yTickFormat={(v) => String(v)}
              />
            )}
          </ChartBox>
        </Figure>
        <div className="button-row">
          <button type="button" onClick={() => downloadText(tempoCsv(sample), tempoCsvFilename(seed, n))}>
            Download data (CSV)
          </button>
        </div>
      </div>

      <div className="prose">
        <p>
          These numbers were not typed in by hand: they are the same {formatCount(n)} values that numpy produces with
          the three lines below, so a notebook in class and this page agree to the last digit.
        </p>
        <pre className="code" tabIndex={0} aria-label="Python code that makes the same tempos">
          <code>{snippet}</code>
        </pre>
        <h3 id="story-question">The question</h3>
        <p>
          <strong>Which distribution do these tempos follow?</strong> The histogram rises to a single hump and falls
          away on both sides, roughly symmetrically. That shape suggests a Normal (bell-shaped) distribution.
        </p>
        <p>
          But “Normal” is not one curve. It is a whole family, and each member is fixed by two numbers: the centre{' '}
          <strong>μ</strong> (where the bell peaks) and the spread <strong>σ</strong> (how wide it is). Every choice of
          μ and σ gives a different bell. Here are four of them over the same data, on a scale where the area under each
          curve, and under the histogram, is 1.
        </p>
      </div>

      <div className="figure-frame">
        <Figure
          title="Four members of the Normal family, over the tempos"
          caption={
            <>
              Grey bars: the tempos as a histogram scaled to area 1 (density per BPM). Lines: four Normal curves. Some
              sit in the wrong place, some are too narrow or too wide. Infinitely many others lie in between.
            </>
          }
          alternative={
            <DataTable
              summary="Show the candidate curves as a table"
              caption="Candidate Normal curves and their peak density"
              columns={['Curve', 'μ (BPM)', 'σ (BPM)', 'Peak density (per BPM)']}
              rowCount={CANDIDATES.length}
              row={(i) => {
                const c = CANDIDATES[i];
                return [`Candidate ${i + 1}`, c.mu, c.sigma, formatNumber(normalPdf(c.mu, c.mu, c.sigma), 4)];
              }}
            />
          }
        >
          <ChartBox label="Histogram of the tempos with four Normal curves of different centres and widths.">
            {(width) => (
              <DensityPlot
                width={width}
                height={260}
                xDomain={xDomain}
                yMax={familyPeak * 1.05}
                xLabel="Tempo (BPM)"
                yLabel="Density (per BPM)"
                bins={bins}
                curves={candidates}
              />
            )}
          </ChartBox>
          <Legend
            items={[
              { key: 'bars', label: 'Tempos (histogram, area 1)', colour: 'var(--histogram)', kind: 'box' },
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

      <div className="prose">
        <p>
          So the real task is to <strong>pick μ and σ</strong>: find the member of the family that best explains the{' '}
          {formatCount(n)} tempos we actually measured. Turning “best explains” into something we can compute is what{' '}
          <strong>Maximum Likelihood Estimation</strong> (MLE) does.
        </p>
      </div>
    </Chapter>
  );
}
