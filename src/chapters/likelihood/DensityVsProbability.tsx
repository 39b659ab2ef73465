import { createContext, memo, useContext, useDeferredValue, useId, useMemo, useState } from 'react';
import { ChartBox } from '../../ui/ChartBox';
import { DataTable } from '../../ui/DataTable';
import { Figure } from '../../ui/Figure';
import { Legend } from '../../ui/Legend';
import { CategoryBarChart, DensityPlot, type HorizontalMarker, PathLayer } from '../../ui/charts/deferredCharts';
import { NumberField } from '../../ui/NumberField';
import { ParamSlider } from '../../ui/ParamSlider';
import { ScrollBox } from '../../ui/ScrollBox';
import { normalCurvePoints } from '../../ui/charts/curves';
import { niceCeil } from '../../math/niceNumbers';
import { AXIS_TOPS } from '../../ui/charts/ticks';
import { formatNumber, formatSmall } from '../../model/format';
import { normalIntervalProbability, normalPdf } from '../../math/distributions';
import { selectSummary } from '../../model/summary';
import { useLabStore } from '../../state/store';
import { ParamsSection } from '../../features/params/ParamsSection';
import { useSettledValue } from '../../ui/useSettledValue';

/** A discrete variable to contrast with tempo: the share of songs in each time signature. */
const TIME_SIGNATURES = [
  { metre: '3/4', p: 0.15 },
  { metre: '4/4', p: 0.7 },
  { metre: '6/8', p: 0.1 },
  { metre: '5/4', p: 0.05 },
];

/** Widths the demo curve can take: narrow enough that its peak rises far above 1. */
const WIDTH_RANGE = { min: 0.1, max: 30 };

/** The discrete contrast: static, so it never re-renders while the curve changes. */
const TimeSignatureFigure = memo(function TimeSignatureFigure() {
  return (
    <div className="figure-frame">
      <Figure
        title="Discrete: probabilities of each time signature"
        caption={<>Every bar is between 0 and 1, and the bars add up to exactly 1.</>}
        alternative={
          <DataTable
            summary="Show the probabilities as a table"
            caption="Probability of each time signature"
            columns={['Time signature', 'Probability']}
            rowCount={TIME_SIGNATURES.length}
            row={(i) => [TIME_SIGNATURES[i].metre, formatNumber(TIME_SIGNATURES[i].p, 2)]}
          />
        }
      >
        <ChartBox label="Bar chart of time-signature probabilities: 3/4 0.15, 4/4 0.70, 6/8 0.10, 5/4 0.05.">
          {(chartWidth) => (
            <CategoryBarChart
              width={chartWidth}
              height={170}
              data={TIME_SIGNATURES}
              categoryKey="metre"
              xLabel="Time signature"
              yLabel="Probability"
              yMax={1}
              bars={[{ key: 'p', colour: 'var(--series-3)' }]}
            />
          )}
        </ChartBox>
      </Figure>
    </div>
  );
});

/** The curve, the shaded interval and the density × width rectangle, for the layers inside the memoised frame. */
const CurvePoints = createContext<{ curve: Point[]; shaded: Point[]; rectangle: Point[] }>({
  curve: [],
  shaded: [],
  rectangle: [],
});

type Point = { x: number; y: number };

function CurveLayers() {
  const { curve, shaded, rectangle } = useContext(CurvePoints);
  return (
    <>
      {shaded.length > 1 && <PathLayer points={shaded} colour="var(--series-4)" fill />}
      <PathLayer points={rectangle} colour="var(--text)" width={1.5} dash="5 3" />
      <PathLayer points={curve} colour="var(--curve)" width={2.5} />
    </>
  );
}

/**
 * The tempos the chart shows: the whole range, or, once the curve and the interval together
 * would fill less than a quarter of it (a spike a few pixels wide), a window around them with
 * round ends.
 */
export function chartWindow(
  range: [number, number],
  mu: number,
  width: number,
  a: number,
  b: number,
): [number, number] {
  const half = 1.25 * Math.max(4 * width, Math.abs(a - mu), Math.abs(b - mu));
  if (2 * half >= (range[1] - range[0]) / 4) return range;
  const step = niceCeil(half / 2, [1, 2, 5, 10]);
  return [Math.floor((mu - half) / step) * step, Math.ceil((mu + half) / step) * step];
}

/**
 * How far density × width may stray from the exact area and still be called an
 * approximation of it: 10 %, or both so small that neither shows at 3 significant figures.
 */
export function approximatesArea(approximation: number, exact: number): boolean {
  if (exact < 1e-12) return approximation < 1e-12;
  return Math.abs(approximation - exact) <= 0.1 * exact;
}

const DENSITY_ONE: HorizontalMarker[] = [
  { key: 'one', y: 1, label: 'density 1', colour: 'var(--text-muted)', dash: '4 3' },
];

/**
 * The chart's frame: axes and the line at density 1. Memoised on its round y top, so while
 * the width slider moves only the two paths inside are drawn again.
 */
const CurveFrame = memo(function CurveFrame(props: { width: number; domain: [number, number]; yTop: number }) {
  return (
    <DensityPlot
      width={props.width}
      height={240}
      xDomain={props.domain}
      yMax={props.yTop}
      xLabel="Tempo (BPM)"
      yLabel="Density (per BPM)"
      levels={props.yTop > 1 ? DENSITY_ONE : []}
    >
      <CurveLayers />
    </DensityPlot>
  );
});

/** Density × width beside the exact probability, in words, for the interval and curve given. */
function DensityTimesWidth({ mu, width, a, b }: { mu: number; width: number; a: number; b: number }) {
  const probability = normalIntervalProbability(a, b, mu, width);
  const densityAtMid = normalPdf((a + b) / 2, mu, width);
  const approximation = densityAtMid * (b - a);
  const approximates = approximatesArea(approximation, probability);
  // How far the curve's height changes across the interval (its peak, where μ lies inside).
  const [densityAtA, densityAtB] = [normalPdf(a, mu, width), normalPdf(b, mu, width)];
  const lowest = Math.min(densityAtA, densityAtB);
  const highest = mu >= a && mu <= b ? normalPdf(mu, mu, width) : Math.max(densityAtA, densityAtB);
  return (
    <>
      <p>
        Think of density as <strong>probability per BPM</strong>, the way speed is distance per hour. A car doing 100
        km/h for one minute has not driven 100 km. A density of {formatSmall(densityAtMid)} per BPM at the middle of an
        interval {formatNumber(b - a, 1)} BPM wide makes a rectangle (dashed) of area {formatSmall(densityAtMid)} ×{' '}
        {formatNumber(b - a, 1)} = {formatSmall(approximation)}.
      </p>
      <p data-testid="density-times-width" data-approximates={approximates}>
        {approximates ? (
          <>
            Here that is close to the exact probability, the shaded area, {formatSmall(probability)}: across this
            interval the curve is nearly flat, so the rectangle and the area under the curve almost coincide.
          </>
        ) : (
          <>
            Here that is <strong>not</strong> the probability: the exact area is {formatSmall(probability)}. Density ×
            width stands in for the area only where the curve is nearly flat across the interval, and this curve is not:
            between {formatNumber(a, 1)} and {formatNumber(b, 1)} BPM its height ranges from {formatSmall(lowest)} to{' '}
            {formatSmall(highest)} per BPM. Narrow the interval, or widen the curve, and the two agree.
          </>
        )}{' '}
        A density above 1 just means that probability is packed into less than one BPM.
      </p>
    </>
  );
}

export function DensityVsProbability() {
  return (
    <ParamsSection id="density-vs-probability" title="Density is not probability">
      {({ mu }) => <DensityVsProbabilityBody mu={mu} />}
    </ParamsSection>
  );
}

/** The section's content (see ParamsSection: it renders once the section's part arrives). */
function DensityVsProbabilityBody({ mu }: { mu: number }) {
  const id = useId();
  const summary = useLabStore(selectSummary);
  const [width, setWidth] = useState(6);
  // The interval starts 4 BPM wide around the centre, e.g. 118–122 when μ is 120.
  const [from, setFrom] = useState(() => Math.round(useLabStore.getState().mu) - 2);
  const [to, setTo] = useState(() => Math.round(useLabStore.getState().mu) + 2);
  const domain = useMemo((): [number, number] => [summary.muRange.min, summary.muRange.max], [summary]);
  const [a, b] = [Math.min(from, to), Math.max(from, to)];
  const [lo, hi] = chartWindow(domain, mu, width, a, b);
  const shown = useMemo((): [number, number] => [lo, hi], [lo, hi]);
  const zoomed = lo !== domain[0] || hi !== domain[1];

  const curve = useMemo(() => normalCurvePoints(mu, width, shown, 160), [mu, width, shown]);
  const shaded = useMemo(
    () => normalCurvePoints(mu, width, [a, b], 60).filter((p) => p.x >= a && p.x <= b),
    [mu, width, a, b],
  );
  const peak = normalPdf(mu, mu, width);
  // A new window or y top re-renders the Recharts frame (10–30 ms): it follows in a deferred
  // render, so the step that changes it paints the paths and numbers at once, the axes just after.
  const frameDomain = useDeferredValue(shown);
  const frameTop = useDeferredValue(niceCeil(Math.max(peak, 0.05) * 1.05, AXIS_TOPS));
  const probability = normalIntervalProbability(a, b, mu, width);
  const totalArea = normalIntervalProbability(-1e6, 1e6, mu, width);
  const midpoint = (a + b) / 2;
  const densityAtMid = normalPdf(midpoint, mu, width);
  // The rectangle whose area density × width is: beside the shaded area, the reader sees whether the two match.
  const rectangle = useMemo(
    () => [
      { x: a, y: 0 },
      { x: a, y: densityAtMid },
      { x: b, y: densityAtMid },
      { x: b, y: 0 },
    ],
    [a, b, densityAtMid],
  );
  const curves = useMemo(() => ({ curve, shaded, rectangle }), [curve, shaded, rectangle]);
  // The prose below the figure restates these numbers in sentences: it catches up once the
  // controls rest (re-wrapping two paragraphs at every step doubled the area each frame repainted).
  const settled = useSettledValue(useMemo(() => ({ mu, width, a, b }), [mu, width, a, b]));

  return (
    <>
      <div className="prose">
        <p>
          A discrete variable, like the time signature of a song, has a <strong>probability</strong> for each value.
          Each probability lies between 0 and 1, and together they add up to 1.
        </p>
      </div>
      <TimeSignatureFigure />

      <div className="prose">
        <p>
          Tempo is <strong>continuous</strong>: between {formatNumber(a, 0)} and {formatNumber(b, 0)} BPM (the interval
          in the figure) lie infinitely many tempos, and the chance of hitting any one of them exactly is 0. So a
          continuous distribution gives a <strong>density</strong> instead, and probabilities are <em>areas</em> under
          it. The rules change accordingly: the total area is 1, but the curve itself may rise above 1. Narrow the curve
          below and watch.
        </p>
      </div>

      <div className="figure-frame">
        <Figure
          title={`Continuous: a Normal density centred at μ = ${formatNumber(mu, 1)}, width σ = ${formatNumber(width, 1)} BPM`}
          caption={
            <>
              Peak density: <strong className={peak > 1 ? 'callout' : undefined}>{formatSmall(peak)} per BPM</strong>
              {peak > 1 ? ' — above 1, and nothing is wrong. ' : '. '}
              Total area under the curve: <strong>{formatNumber(totalArea, 3)}</strong>, whatever the width. Shaded: P(
              {formatNumber(a, 1)} ≤ tempo ≤ {formatNumber(b, 1)}) = <strong>{formatSmall(probability)}</strong>.
              {zoomed && (
                <span data-testid="zoom-note" data-from={lo} data-to={hi}>
                  {' '}
                  The axis is zoomed in to {formatNumber(lo, 0)}–{formatNumber(hi, 0)} BPM, or the narrow curve would be
                  a thin spike.
                </span>
              )}
            </>
          }
          alternative={
            <DataTable
              summary="Show these numbers as a table"
              caption="The demo curve's peak, total area, interval probability and density at the interval's midpoint"
              columns={['Quantity', 'Value']}
              rowCount={4}
              row={(i) =>
                [
                  ['Peak density (per BPM)', formatSmall(peak)],
                  ['Total area', formatNumber(totalArea, 3)],
                  [`P(${formatNumber(a, 1)} ≤ tempo ≤ ${formatNumber(b, 1)})`, formatSmall(probability)],
                  [`Density at ${formatNumber(midpoint, 1)} BPM (per BPM)`, formatSmall(densityAtMid)],
                ][i]
              }
            />
          }
        >
          <ChartBox label="A Normal density with the interval between the two chosen tempos shaded.">
            {(chartWidth) => (
              <CurvePoints.Provider value={curves}>
                <CurveFrame width={chartWidth} domain={frameDomain} yTop={frameTop} />
              </CurvePoints.Provider>
            )}
          </ChartBox>
          <Legend
            items={[
              { key: 'd', label: 'Density (per BPM)', colour: 'var(--curve)' },
              { key: 'i', label: 'Area = probability of the interval', colour: 'var(--series-4)', kind: 'box' },
              { key: 'r', label: 'Density at the middle × width', colour: 'var(--text)', dash: '5 3' },
            ]}
          />
          <ParamSlider
            label="Curve width (standard deviation of this demo curve)"
            unit="BPM"
            value={width}
            min={WIDTH_RANGE.min}
            max={WIDTH_RANGE.max}
            step={0.1}
            onChange={setWidth}
            description="Below about 0.4 BPM the peak passes 1."
          />
          <fieldset className="interval-inputs">
            <legend>Interval</legend>
            <label htmlFor={`${id}-from`}>From (BPM)</label>
            <NumberField id={`${id}-from`} value={from} onChange={setFrom} />
            <label htmlFor={`${id}-to`}>to (BPM)</label>
            <NumberField id={`${id}-to`} value={to} onChange={setTo} />
            <button
              type="button"
              className="button--quiet"
              onClick={() => {
                setFrom(Math.round(mu) - 2);
                setTo(Math.round(mu) + 2);
              }}
            >
              Centre it on μ
            </button>
          </fieldset>
        </Figure>
      </div>

      <div className="prose">
        <DensityTimesWidth {...settled} />
        <ScrollBox label="Discrete and continuous, side by side">
          <table className="compare-table">
            <caption>Discrete and continuous, side by side</caption>
            <thead>
              <tr>
                <td />
                <th scope="col">Discrete (coins, dice, time signatures)</th>
                <th scope="col">Continuous (tempo, height)</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">What f gives</th>
                <td>a probability P(X = x)</td>
                <td>a density f(x), per unit of x</td>
              </tr>
              <tr>
                <th scope="row">Range</th>
                <td>0 to 1</td>
                <td>0 to anything: it can exceed 1</td>
              </tr>
              <tr>
                <th scope="row">Adds up to 1 by</th>
                <td>summing over values</td>
                <td>integrating (area under the curve)</td>
              </tr>
            </tbody>
          </table>
        </ScrollBox>
        <p>
          Likelihoods of continuous data multiply densities, not probabilities. That is why a likelihood can be larger
          than 1, and a log-likelihood positive; we come back to this below.
        </p>
      </div>
    </>
  );
}
