import { useDeferredValue, useId, useMemo, useState } from 'react';
import { ChartBox } from '../../ui/ChartBox';
import { Staged } from '../../ui/Staged';
import { Chapter } from '../../ui/Chapter';
import { ChapterEnd } from '../../features/learning/ChapterEnd';
import { learning } from './learning';
import { meta } from './meta';
import { DataTable } from '../../ui/DataTable';
import { Figure } from '../../ui/Figure';
import { Legend } from '../../ui/Legend';
import { Tex } from '../../ui/Tex';
import { DensityPlot, type Marker } from '../../ui/charts/deferredCharts';
import { curvePoints, type Curve } from '../../ui/charts/curves';
import { formatCount, formatNumber } from '../../model/format';
import { laplacePdf, normalPdf } from '../../math/distributions';
import { histogram, niceBinWidth } from '../../math/histogram';
import { labelWithUnit, selectDataWords } from '../../model/dataWords';
import { selectSample, selectSummary, summarise } from '../../model/summary';
import { niceFloor } from '../../math/niceNumbers';
import { ParamSlider } from '../../ui/ParamSlider';
import { useLabStore } from '../../state/store';

/** −log f for both families, stacked so it fits a phone. */
export const FORESHADOW_TEX = String.raw`\begin{aligned}
\text{Normal:}\quad -\log f(x \mid \mu, \sigma) &= \frac{(x-\mu)^2}{2\sigma^2} + \text{const} \\
\text{Laplace:}\quad -\log f(x \mid m, b) &= \frac{|x-m|}{b} + \text{const}
\end{aligned}`;

/**
 * Where the reader may put one extra value, far from the rest: from a span below the data to
 * two spans above, in round steps, starting a span and a half above the largest value.
 */
export function outlierRange(min: number, max: number) {
  const span = max - min || Math.abs(max) || 1;
  const step = niceFloor(span / 100);
  const round = (x: number) => Math.round(x / step) * step;
  return { min: round(min - span), max: round(max + 2 * span), start: round(max + 1.5 * span), step };
}

export function Assumption({ number }: { number: number }) {
  const id = useId();
  const observed = useLabStore(selectSample);
  const observedSummary = useLabStore(selectSummary);
  const words = useLabStore(selectDataWords);
  // One value added far from the rest (the reader's what-if, not their data): the mean follows
  // it, the median barely moves. The fits follow in a deferred render, so the slider answers first.
  const range = outlierRange(observedSummary.min, observedSummary.max);
  const [withOutlier, setWithOutlier] = useState(false);
  const [outlier, setOutlier] = useState(range.start);
  const shownOutlier = useDeferredValue(withOutlier ? Math.min(range.max, Math.max(range.min, outlier)) : null);
  const sample = useMemo(
    () => (shownOutlier === null ? observed : Float64Array.from([...observed, shownOutlier])),
    [observed, shownOutlier],
  );
  const summary = useMemo(
    () => (shownOutlier === null ? observedSummary : summarise(sample)),
    [observedSummary, sample, shownOutlier],
  );
  // The data as a plural: "tempos" for the seeded songs, "values" for the reader's own.
  const data = words.custom ? words.items : 'tempos';
  const Data = data.charAt(0).toUpperCase() + data.slice(1);
  const { normal, laplace, n } = summary;
  const xDomain: [number, number] = [summary.muRange.min, summary.muRange.max];
  const degenerate = !(normal.sigma > 0 && laplace.scale > 0);

  const { bins, curves, markers, peak } = useMemo(() => {
    const bins = histogram(sample, niceBinWidth(summary.min, summary.max, n));
    const domain: [number, number] = [summary.muRange.min, summary.muRange.max];
    const curves: Curve[] = degenerate
      ? []
      : [
          {
            key: 'normal',
            label: `Best Normal: μ̂ = ${formatNumber(normal.mu)}, σ̂ = ${formatNumber(normal.sigma)}`,
            points: curvePoints((x) => normalPdf(x, normal.mu, normal.sigma), domain, 200),
            colour: 'var(--normal)',
          },
          {
            key: 'laplace',
            label: `Best Laplace: m̂ = ${formatNumber(laplace.location)}, b̂ = ${formatNumber(laplace.scale)}`,
            points: curvePoints((x) => laplacePdf(x, laplace.location, laplace.scale), domain, 400),
            colour: 'var(--laplace)',
            dash: '7 4',
          },
        ];
    const markers: Marker[] = [
      { key: 'mean', x: normal.mu, label: 'Mean', colour: 'var(--normal)' },
      { key: 'median', x: laplace.location, label: 'Median', colour: 'var(--laplace)', dash: '3 3' },
    ];
    const peak = Math.max(
      ...bins.map((b) => b.density),
      degenerate ? 0 : normalPdf(0, 0, normal.sigma),
      degenerate ? 0 : laplacePdf(0, 0, laplace.scale),
    );
    return { bins, curves, markers, peak };
  }, [sample, summary, n, normal, laplace, degenerate]);

  const gap = Math.abs(normal.mu - laplace.location);

  return (
    <Chapter id={meta.id} number={number} title={meta.title}>
      <div className="prose">
        <p>
          Be honest about what we know. We have a sample of {formatCount(n)} {data}. We do <em>not</em> know what
          process produced them. To get anywhere, we make an assumption:{' '}
          <strong>the {data} came from a Normal distribution</strong>, with some μ and σ we have yet to find.
        </p>
        <p>
          That assumption is not a side detail; MLE cannot start without one. Maximum likelihood asks “under which
          parameters do these data have the highest likelihood?”, and a likelihood only has a meaning once a family of
          distributions has been chosen. Choose a different family and the same recipe produces a different estimator.
        </p>
        <p>
          Here is that effect on our data. Assume a <strong>Normal</strong> and the best centre turns out to be the{' '}
          <strong>mean</strong> of the {data}. Assume a <strong>Laplace</strong> distribution (a sharper peak with
          heavier tails) and the best centre is the <strong>median</strong> instead. On the {data} as they are, the two
          sit {words.withUnit(formatNumber(Math.abs(observedSummary.normal.mu - observedSummary.laplace.location)))}{' '}
          apart; add one {words.item} far from the rest, below the chart, and watch them part.
        </p>
      </div>

      <Staged>
        <div className="figure-frame">
          <Figure
            title="Same data, two assumptions, two answers"
            caption={
              degenerate ? (
                <>With a single {words.item} there is no spread to estimate, so neither family has a best fit.</>
              ) : (
                <>
                  Grey bars: the {data} (histogram, area 1). Solid line: the best-fitting Normal, centred at the mean{' '}
                  {words.withUnit(formatNumber(normal.mu))}. Dashed line: the best-fitting Laplace, centred at the
                  median {words.withUnit(formatNumber(laplace.location))}. Here the two centres are{' '}
                  <strong data-testid="centre-gap">{words.withUnit(formatNumber(gap))}</strong> apart.
                  {shownOutlier !== null && (
                    <>
                      {' '}
                      The one added {words.item} moved the mean by{' '}
                      <strong data-testid="mean-shift">
                        {words.withUnit(formatNumber(Math.abs(normal.mu - observedSummary.normal.mu)))}
                      </strong>{' '}
                      and the median by{' '}
                      <strong data-testid="median-shift">
                        {words.withUnit(formatNumber(Math.abs(laplace.location - observedSummary.laplace.location)))}
                      </strong>
                      .
                    </>
                  )}
                </>
              )
            }
            alternative={
              <DataTable
                summary="Show the two fits as a table"
                caption={`Best-fitting Normal and Laplace distributions for these ${data}`}
                columns={[
                  'Assumed family',
                  labelWithUnit(words, 'Best centre'),
                  labelWithUnit(words, 'Best spread'),
                  'Log-likelihood at the best fit',
                ]}
                rowCount={2}
                row={(i) =>
                  i === 0
                    ? [
                        'Normal',
                        `${formatNumber(normal.mu)} (mean)`,
                        `σ̂ = ${formatNumber(normal.sigma)}`,
                        formatNumber(summary.normalMaxLogLik),
                      ]
                    : [
                        'Laplace',
                        `${formatNumber(laplace.location)} (median)`,
                        `b̂ = ${formatNumber(laplace.scale)}`,
                        formatNumber(summary.laplaceMaxLogLik),
                      ]
                }
              />
            }
          >
            <ChartBox
              label={`Histogram of the ${data} with the best Normal centred at the mean, ${words.withUnit(formatNumber(normal.mu))}, and the best Laplace centred at the median, ${words.withUnit(formatNumber(laplace.location))}.`}
            >
              {(width) => (
                <DensityPlot
                  width={width}
                  height={280}
                  xDomain={xDomain}
                  yMax={peak * 1.05}
                  xLabel={words.axis}
                  yLabel={`Density (${words.perUnit})`}
                  bins={bins}
                  curves={curves}
                  markers={markers}
                />
              )}
            </ChartBox>
            <Legend
              items={[
                { key: 'bars', label: `${Data} (histogram, area 1)`, colour: 'var(--histogram)', kind: 'box' },
                ...curves.map((c) => ({ key: c.key, label: c.label, colour: c.colour, dash: c.dash })),
                { key: 'mean', label: `Mean ${formatNumber(normal.mu)} (vertical line)`, colour: 'var(--normal)' },
                {
                  key: 'median',
                  label: `Median ${formatNumber(laplace.location)} (dotted vertical line)`,
                  colour: 'var(--laplace)',
                  dash: '3 3',
                },
              ]}
            />
            <label className="settings__check">
              <input
                id={`${id}-outlier`}
                type="checkbox"
                checked={withOutlier}
                onChange={(event) => setWithOutlier(event.target.checked)}
              />
              Add one {words.item} far from the rest
            </label>
            {withOutlier && (
              <ParamSlider
                label={`The added ${words.item}’s ${words.quantity}`}
                unit={words.unit}
                value={outlier}
                min={range.min}
                max={range.max}
                step={range.step}
                onChange={setOutlier}
                description={`Only here, to compare the two centres: the rest of the page keeps your ${formatCount(observedSummary.n)} ${words.items}.`}
              />
            )}
          </Figure>
        </div>
      </Staged>

      <div className="prose">
        <p>
          Which one is right? <strong>MLE does not say.</strong> It answers a narrower question: <em>if</em> the data
          come from this family, which member fits best? Choosing the family is our decision, made before any fitting,
          from what we know about how the data arise. (Comparing families is a separate question, called model
          selection; the log-likelihoods in the table under the chart are one ingredient of it, not a verdict.)
        </p>
        <p>
          For the rest of this explorable we assume Normal. Keep the Laplace in mind, though: it comes back. Take the
          negative log of each density and look at what is left once the constants are set aside:
        </p>
        <Tex block label="Negative log-densities of the Normal and the Laplace">
          {FORESHADOW_TEX}
        </Tex>
        <p>
          The Normal punishes a miss by its <strong>square</strong>; the Laplace by its <strong>absolute size</strong>.
          Squared error and absolute error: if those sound like the loss functions of machine learning, that is no
          accident. When we later fit a model to data, the “misses” will be residuals, and picking a loss will turn out
          to be the same act as picking a distribution.
        </p>
      </div>
      <ChapterEnd chapter={meta.id} learning={learning} />
    </Chapter>
  );
}
