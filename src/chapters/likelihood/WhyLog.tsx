import { createContext, memo, useContext, useDeferredValue, useMemo, useState } from 'react';
import { ChartBox } from '../../ui/ChartBox';
import { DataTable } from '../../ui/DataTable';
import { Figure } from '../../ui/Figure';
import { Legend } from '../../ui/Legend';
import { ParamSlider } from '../../ui/ParamSlider';
import { ScrollBox } from '../../ui/ScrollBox';
import { Tex } from '../../ui/Tex';
import { DensityPlot, type HorizontalMarker, CursorLine, PathLayer } from '../../ui/charts/deferredCharts';
import { formatCount, formatNumber, formatPowerOfTen, formatSmall } from '../../model/format';
import { normalLogPdf, normalPdf } from '../../math/distributions';
import { FLOAT_LIMITS, firstZeroProduct, runningProducts } from '../../math/underflow';
import { STREAM_LENGTH, selectStream, selectSummary } from '../../model/summary';
import { selectDataWords } from '../../model/dataWords';
import { useLabStore } from '../../state/store';
import { SameMaximiserFigure } from './SameMaximiserFigure';
import { ParamsSection } from '../../features/params/ParamsSection';

export const LOG_SUM_TEX = String.raw`\log \prod_{i=1}^{n} f(x_i) = \sum_{i=1}^{n} \log f(x_i)`;

/** The floors: the smallest positive number of each format, as log10. */
const FLOORS: (HorizontalMarker & { format: string })[] = [
  {
    key: 'f32n',
    format: 'float32',
    y: Math.log10(FLOAT_LIMITS.float32.minNormal),
    label: 'float32 smallest normal',
    colour: 'var(--series-2)',
    dash: '6 3',
    inLegend: true,
  },
  {
    key: 'f32s',
    format: 'float32',
    y: Math.log10(FLOAT_LIMITS.float32.minSubnormal),
    label: 'float32 smallest subnormal',
    colour: 'var(--series-2)',
    dash: '2 2',
    inLegend: true,
  },
  {
    key: 'f64n',
    format: 'float64',
    y: Math.log10(FLOAT_LIMITS.float64.minNormal),
    label: 'float64 smallest normal',
    colour: 'var(--series-4)',
    dash: '6 3',
    inLegend: true,
  },
  {
    key: 'f64s',
    format: 'float64',
    y: Math.log10(FLOAT_LIMITS.float64.minSubnormal),
    label: 'float64 smallest subnormal',
    colour: 'var(--series-4)',
    dash: '2 2',
    inLegend: true,
  },
];

const FORMATS = [
  { name: 'float16 (half)', bits: 16, exponent: 5, mantissa: 10, normal: '6.1 × 10⁻⁵', subnormal: '6.0 × 10⁻⁸' },
  { name: 'bfloat16', bits: 16, exponent: 8, mantissa: 7, normal: '1.2 × 10⁻³⁸', subnormal: '9.2 × 10⁻⁴¹' },
  { name: 'float32 (single)', bits: 32, exponent: 8, mantissa: 23, normal: '1.2 × 10⁻³⁸', subnormal: '1.4 × 10⁻⁴⁵' },
  { name: 'float64 (double)', bits: 64, exponent: 11, mantissa: 52, normal: '2.2 × 10⁻³⁰⁸', subnormal: '4.9 × 10⁻³²⁴' },
];

/** The float formats, as a table: static, so it never re-renders. */
const FloatFormatsTable = memo(function FloatFormatsTable() {
  return (
    <ScrollBox label="Floating-point formats and their smallest positive numbers">
      <table className="compare-table">
        <caption>Floating-point formats and their smallest positive numbers</caption>
        <thead>
          <tr>
            <th scope="col">Format</th>
            <th scope="col">Bits</th>
            <th scope="col">Exponent bits</th>
            <th scope="col">Mantissa bits</th>
            <th scope="col">Smallest normal</th>
            <th scope="col">Smallest subnormal</th>
          </tr>
        </thead>
        <tbody>
          {FORMATS.map((f) => (
            <tr key={f.name}>
              <th scope="row">{f.name}</th>
              <td>{f.bits}</td>
              <td>{f.exponent}</td>
              <td>{f.mantissa}</td>
              <td>{f.normal}</td>
              <td>{f.subnormal}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
});

/** The x-axis ranges the underflow charts zoom through as the reader multiplies more songs. */
const ZOOM_STEPS = [10, 20, 50, 100, 200, 500, STREAM_LENGTH];

/** About 200 points of a running series over 1 … xMax, for drawing. */
function sampledPoints(values: Float64Array, xMax: number) {
  const step = Math.max(1, Math.floor(xMax / 200));
  const points: { x: number; y: number }[] = [];
  for (let k = 1; k <= xMax; k += step) points.push({ x: k, y: values[k - 1] });
  if (points[points.length - 1].x !== xMax) points.push({ x: xMax, y: values[xMax - 1] });
  return points;
}

/**
 * A product as a format computes it, for the log axis: log10 of each step while it is
 * positive, then, from the step where it becomes exactly 0, the chart's floor `bottom`
 * (log10 of 0 is −∞): the line plunges to the bottom edge and stays there.
 */
export function computedPoints(steps: Float64Array, xMax: number, bottom: number) {
  const first = steps.findIndex((p, i) => i < xMax && p === 0);
  // A density far enough out is 0 in float32 on its own: then the product is 0 from the first song.
  const points =
    first === 0
      ? []
      : sampledPoints(
          steps.map((p) => (p === 0 ? bottom : Math.log10(p))),
          first < 0 ? xMax : first,
        );
  if (first >= 0) points.push({ x: first + 1, y: bottom }, { x: xMax, y: bottom });
  return points;
}

/** How many songs the reader is multiplying: read by the running paths only. */
const SongCount = createContext(1);

interface Series {
  key: string;
  points: { x: number; y: number }[];
  colour: string;
  width?: number;
  dash?: string;
}

/** The series up to the reader's n, and a cursor at n. */
function RunningPaths({ series }: { series: Series[] }) {
  const n = useContext(SongCount);
  return (
    <>
      {series.map((s) => (
        <PathLayer
          key={s.key}
          points={s.points.filter((p) => p.x <= n)}
          colour={s.colour}
          width={s.width ?? 2.5}
          dash={s.dash}
        />
      ))}
      <CursorLine x={n} colour="var(--text-muted)" />
    </>
  );
}

interface RunningChartProps {
  series: Series[];
  xMax: number;
  yMin: number;
  xLabel: string;
  yLabel: string;
  levels?: HorizontalMarker[];
  description: string;
}

/** Running series against n. Memoised: while n moves within a zoom step, only the paths move. */
const RunningChart = memo(function RunningChart(props: RunningChartProps) {
  const { series, xMax, yMin, xLabel, yLabel, levels, description } = props;
  return (
    <ChartBox label={description}>
      {(width) => (
        <DensityPlot
          width={width}
          height={260}
          xDomain={[1, xMax]}
          yMax={0}
          yMin={yMin}
          xLabel={xLabel}
          yLabel={yLabel}
          levels={levels}
          yTickFormat={(v) => String(Math.round(v))}
        >
          <RunningPaths series={series} />
        </DensityPlot>
      )}
    </ChartBox>
  );
});

export function WhyLog() {
  return (
    <ParamsSection id="why-log" title="Why take the log? Because the product vanishes">
      {({ mu, sigma }) => <WhyLogBody mu={mu} sigma={sigma} />}
    </ParamsSection>
  );
}

/** The section's content (see ParamsSection: it renders once the section's part arrives). */
function WhyLogBody({ mu, sigma }: { mu: number; sigma: number }) {
  const stream = useLabStore(selectStream);
  const words = useLabStore(selectDataWords);
  const summary = useLabStore(selectSummary);
  // The best fit's peak density: the typical size of one factor in the product.
  const peak = 1 / (Math.max(summary.normal.sigma, summary.sigmaRange.min) * Math.sqrt(2 * Math.PI));
  const [size, setSize] = useState(40);

  const { log10Products, logSums, float32, float64, float32Steps, float64Steps } = useMemo(() => {
    const densities = Array.from(stream, (x) => normalPdf(x, mu, sigma));
    const log10Products = new Float64Array(stream.length);
    const logSums = new Float64Array(stream.length);
    let sum = 0;
    stream.forEach((x, i) => {
      sum += normalLogPdf(x, mu, sigma);
      logSums[i] = sum;
      log10Products[i] = sum / Math.LN10;
    });
    return {
      log10Products,
      logSums,
      float32: firstZeroProduct(densities, 'float32'),
      float64: firstZeroProduct(densities, 'float64'),
      float32Steps: runningProducts(densities, 'float32'),
      float64Steps: runningProducts(densities, 'float64'),
    };
  }, [stream, mu, sigma]);

  const n = Math.min(size, STREAM_LENGTH);
  // The charts zoom in steps, so their frames (axes, floors, markers) change only when n
  // crosses a step; between steps only the running path and its cursor move. A zoom re-renders
  // both Recharts frames (30–40 ms here), so it follows in a deferred render: the step that
  // crosses paints its readouts and paths at once, and the axes widen a frame or two later.
  const xMax = useDeferredValue(ZOOM_STEPS.find((z) => z >= n) ?? STREAM_LENGTH);
  const charts = useMemo(() => {
    const exact = sampledPoints(log10Products, xMax);
    const sumPoints = sampledPoints(logSums, xMax);
    // Room below the lowest value and the float64 floors once the product nears them: the
    // bottom edge stands for exactly 0, where a computed product lands when it underflows.
    const lowest = Math.min(...exact.map((p) => p.y));
    const productMin = Math.min(-50, lowest * 1.08, ...FLOORS.filter((f) => f.y > lowest * 1.5).map((f) => f.y * 1.08));
    const product: Series[] = [
      { key: 'f32', points: computedPoints(float32Steps, xMax, productMin), colour: 'var(--series-2)', width: 5 },
      { key: 'f64', points: computedPoints(float64Steps, xMax, productMin), colour: 'var(--series-4)', width: 5 },
      { key: 'exact', points: exact, colour: 'var(--curve)', width: 1.5, dash: '5 3' },
    ];
    return {
      product,
      sum: [{ key: 'sum', points: sumPoints, colour: 'var(--series-3)' }],
      productMin,
      sumMin: Math.min(-10, Math.min(...sumPoints.map((p) => p.y)) * 1.08),
      floors: FLOORS.filter((f) => f.y >= productMin),
    };
  }, [log10Products, logSums, float32Steps, float64Steps, xMax]);

  const value = (steps: Float64Array) => (steps[n - 1] === 0 ? '0 (underflow)' : formatSmall(steps[n - 1]));
  const underflowText = (first: number | null) => (first === null ? 'never' : String(first));

  return (
    <>
      <div className="prose">
        <p>
          The likelihood multiplies one density per {words.item}.{' '}
          {peak < 1 ? (
            <>
              Each density here is a small number (around {formatSmall(peak, 2)} {words.perUnit} near the centre, far
              less in the tails), so every extra {words.item} shrinks the product by another factor of about{' '}
              {formatCount(Math.round(1 / peak))} or more. The product falls <strong>exponentially</strong> with the
              number of {words.items}.
            </>
          ) : (
            <>
              Your values are so close together that densities near the centre exceed 1 (about {formatSmall(peak, 2)}{' '}
              {words.perUnit}): there the product grows instead, but every value in the tails still shrinks it, and away
              from the best fit it still falls <strong>exponentially</strong> with the number of {words.items}.
            </>
          )}
        </p>
        <p>
          A computer cannot follow it down for long. Floating-point numbers have a smallest positive value; below it the
          product becomes exactly <strong>0</strong>, and then every likelihood is 0 and no μ or σ can be told apart
          from another. Below, the computer really multiplies the densities at your μ = {formatNumber(mu, 1)} and σ ={' '}
          {formatNumber(sigma, 1)}, in single precision (float32) and in double precision (float64). The first{' '}
          {formatCount(Math.min(summary.n, STREAM_LENGTH))} {words.items} are your data;{' '}
          {words.custom ? (
            summary.n < STREAM_LENGTH && <>beyond them, your values are taken again from the start, in turn.</>
          ) : (
            <>
              beyond them, the same numpy stream continues (<code>np.random.normal(120, 15, 1000)</code> with your
              seed).
            </>
          )}
        </p>
      </div>

      <div className="figure-frame">
        <Figure
          title={`Multiplying ${formatCount(n)} densities`}
          caption={
            <>
              First chart, on a log scale: the product as float32 and float64 really compute it, over the dashed true
              size (from a sum of logs, which never underflows; float64 covers it until it falls below float64’s
              floors), and each format’s floors, its smallest normal and smallest subnormal number. Where a computed
              product becomes exactly 0, its line drops to the bottom edge: float32 at n ={' '}
              <strong data-testid="underflow-float32">{underflowText(float32)}</strong>, float64 at n ={' '}
              <strong data-testid="underflow-float64">{underflowText(float64)}</strong> (counted up to{' '}
              {formatCount(STREAM_LENGTH)} songs). Second chart: the sum of the logs, an ordinary number all the way.
              {charts.floors.length < FLOORS.length && ' Multiply more songs to reach the float64 floors.'}
            </>
          }
          alternative={
            <DataTable
              summary="Show the products as a table"
              caption="The running product of densities: exact, in float64 and in float32, and the running sum of logs"
              columns={['Songs multiplied', 'Exact product', 'float64 product', 'float32 product', 'Sum of logs']}
              rowCount={n}
              limit={300}
              row={(i) => [
                i + 1,
                formatPowerOfTen(log10Products[i]),
                float64Steps[i] === 0 ? '0' : formatSmall(float64Steps[i]),
                float32Steps[i] === 0 ? '0' : formatSmall(float32Steps[i]),
                formatNumber(logSums[i]),
              ]}
            />
          }
        >
          <SongCount.Provider value={n}>
            <div className="chart-pair">
              <RunningChart
                series={charts.product}
                xMax={xMax}
                yMin={charts.productMin}
                xLabel="Songs multiplied (n)"
                yLabel="log₁₀ of the product"
                levels={charts.floors}
                description={`The log10 of the running product falls in a straight line; computed in float32 it drops to exactly 0 at n = ${float32 ?? 'never'}, in float64 at n = ${float64 ?? 'never'}.`}
              />
              <RunningChart
                series={charts.sum}
                xMax={xMax}
                yMin={charts.sumMin}
                xLabel="Songs summed (n)"
                yLabel="Sum of log-densities"
                description="The running sum of log-densities, an ordinary finite number at every n."
              />
            </div>
          </SongCount.Provider>
          <Legend
            items={[
              {
                key: 'p',
                label: 'The true product (log₁₀, from the sum of logs)',
                colour: 'var(--curve)',
                dash: '5 3',
              },
              { key: 'f32', label: 'Computed in float32', colour: 'var(--series-2)' },
              { key: 'f64', label: 'Computed in float64', colour: 'var(--series-4)' },
              ...charts.floors.map((f) => ({ key: f.key, label: `Floor: ${f.label}`, colour: f.colour, dash: f.dash })),
              { key: 's', label: 'Sum of log-densities (what we compute instead)', colour: 'var(--series-3)' },
            ]}
          />
          <ParamSlider
            label="Songs multiplied"
            unit="songs"
            value={size}
            min={1}
            max={STREAM_LENGTH}
            step={1}
            onChange={(v) => setSize(Math.round(v))}
          />
          <dl className="readout" aria-live="polite">
            <div>
              <dt>Exact product of {formatCount(n)} densities</dt>
              <dd>{formatPowerOfTen(log10Products[n - 1])}</dd>
            </div>
            <div>
              <dt>Computed in float64</dt>
              <dd>{value(float64Steps)}</dd>
            </div>
            <div>
              <dt>Computed in float32</dt>
              <dd>{value(float32Steps)}</dd>
            </div>
            <div>
              <dt>Sum of the logs</dt>
              <dd>{formatNumber(logSums[n - 1])}</dd>
            </div>
          </dl>
        </Figure>
      </div>

      <div className="prose">
        <FloatFormatsTable />
        <p>
          Every format also spends one bit on the sign. <strong>Subnormal</strong> numbers trade precision for reach:
          below the smallest normal number they keep fewer and fewer significant bits until nothing is left.
        </p>
        <p>
          <strong>Why not just use float64?</strong> It only postpones the problem. Each number takes twice the memory
          of float32, and on GPUs and other accelerators double precision runs several times slower, often far more on
          consumer cards, which is why deep learning trains in float32, or in 16-bit formats: float16, whose floor is
          far higher, or bfloat16, which reaches as low as float32 but keeps only 8 significant bits (2 to 3 decimal
          digits). And even float64 gives up here, at n = {float64 ?? 'more than 1,000'} songs for your μ and σ: with
          1,000 songs the true likelihood is around {formatPowerOfTen(log10Products[STREAM_LENGTH - 1])}. Because the
          product shrinks exponentially with n, <strong>no floating-point format saves you</strong>.
        </p>
        <p>
          The logarithm does. It turns the product into a sum of ordinary numbers, which stays finite however many songs
          there are:
        </p>
        <Tex block label="The log of a product is the sum of the logs">
          {LOG_SUM_TEX}
        </Tex>
        <p>
          And it changes nothing about <em>where</em> the maximum is. The logarithm is strictly increasing: if one
          likelihood is bigger than another, so is its log. Whatever μ maximises L(μ) also maximises ℓ(μ):
        </p>
      </div>

      <SameMaximiserFigure summary={summary} sigma={sigma} />
    </>
  );
}
