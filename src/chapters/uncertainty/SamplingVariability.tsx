import { useMemo, useState } from 'react';
import { ChartBox } from '../../ui/ChartBox';
import { DataTable } from '../../ui/DataTable';
import { Figure } from '../../ui/Figure';
import { Legend } from '../../ui/Legend';
import { LiveAnnouncement } from '../../ui/LiveAnnouncement';
import { Section } from '../../ui/Section';
import { DensityPlot } from '../../ui/charts/deferredCharts';
import { normalCurvePoints } from '../../ui/charts/curves';
import { histogram } from '../../math/histogram';
import { formatCount, formatNumber } from '../../model/format';
import { selectDataWords } from '../../model/dataWords';
import { selectSummary, TRUE_MU, TRUE_SIGMA } from '../../model/summary';
import { useLabStore } from '../../state/store';
import { Prediction } from '../../features/learning/Prediction';
import { Term } from '../../features/learning/Term';
import { SampleControls } from '../../features/simulation/SampleControls';
import { useSimulation } from '../../features/simulation/useSimulation';
import { pointsOver, relativeLogLik } from './profiles';

const SIZES = [5, 10, 40, 160];
export const MAX_SAMPLES = 2000;
/** Wide enough for μ̂ of samples of 5 (99.9 % of them within 120 ± 22), the same for every n so widths compare. */
const DOMAIN: [number, number] = [95, 145];
const BIN_WIDTH = 1;
/** How many of the latest samples' likelihood curves are drawn. */
const CURVES_SHOWN = 6;
const FLOOR = -4;

/** The standard deviation of a set of values (dividing by their count: a description, not an estimate). */
function spreadOf(values: Float64Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / values.length;
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  return Math.sqrt(squares / values.length);
}

export function SamplingVariability() {
  const summary = useLabStore(selectSummary);
  const words = useLabStore(selectDataWords);
  const seed = useLabStore((s) => s.seed);
  const [n, setN] = useState(10);
  const [count, setCount] = useState(0);
  const { result, pending } = useSimulation(
    count > 0 ? { kind: 'samples', n, count, loc: TRUE_MU, scale: TRUE_SIGMA } : null,
    String(n),
  );
  const drawn = result?.means.length ?? 0;
  const last = drawn - 1;
  const expectedSpread = TRUE_SIGMA / Math.sqrt(n);
  const spread = drawn > 1 ? spreadOf(result!.means) : NaN;
  const ours = { n: summary.n, mean: summary.normal.mu, sigmaHat: summary.normal.sigma };

  const bins = useMemo(() => (result ? histogram(result.means, BIN_WIDTH) : []), [result]);
  const tallest = bins.reduce((top, bin) => Math.max(top, bin.count), 0);
  const theory = useMemo(
    () => normalCurvePoints(TRUE_MU, expectedSpread, DOMAIN).map(({ x, y }) => ({ x, y: y * drawn * BIN_WIDTH })),
    [expectedSpread, drawn],
  );
  const curves = useMemo(() => {
    if (!result) return [];
    const shown = [];
    for (let k = Math.max(0, result.means.length - CURVES_SHOWN); k < result.means.length; k++) {
      const fit = { n: result.n, mean: result.means[k], sigmaHat: result.sigmas[k] };
      shown.push({
        key: `sample-${k + 1}`,
        label: `Sample ${k + 1}`,
        points: pointsOver((mu) => relativeLogLik('mu', fit, mu), DOMAIN, FLOOR),
        colour: 'var(--series-3)',
        strokeWidth: 1.5,
      });
    }
    return shown;
  }, [result]);
  const ourCurve = useMemo(
    () => ({
      key: 'ours',
      label: `Your ${formatCount(summary.n)} songs`,
      points: pointsOver(
        (mu) => relativeLogLik('mu', { n: summary.n, mean: summary.normal.mu, sigmaHat: summary.normal.sigma }, mu),
        DOMAIN,
        FLOOR,
      ),
      colour: 'var(--focus)',
      strokeWidth: 2.5,
    }),
    [summary],
  );
  // The reader's own curve belongs on this BPM axis only for the tempos, and only with a top (two songs or more).
  const showOurs = !words.custom && summary.n > 1 && summary.normal.sigma > 0;
  const draw = (more: number) => setCount((k) => Math.min(MAX_SAMPLES, k + more));
  const latest =
    drawn > 0
      ? `Sample ${formatCount(drawn)} of ${n} songs: μ̂ = ${formatNumber(result!.means[last], 2)}, σ̂ = ${formatNumber(result!.sigmas[last], 2)}.`
      : '';
  const spreadText =
    drawn > 1
      ? `Over ${formatCount(drawn)} samples of n = ${n}, μ̂ spreads with a standard deviation of ${formatNumber(spread, 2)} BPM.`
      : '';

  return (
    <Section id="sampling-variability" title="Another day, another sample">
      <div className="prose">
        <p>
          The sliders found one best μ and one best σ. But they are estimates from one sample, and a different sample
          would have given different numbers. How far could they be from the truth?
        </p>
        <p>
          {words.custom ? (
            <>
              Your own data have no known truth to compare with, so this section borrows the example’s: songs whose
              tempos are drawn from Normal(120, 15). Your {formatCount(summary.n)} {words.items} gave μ̂ ={' '}
              {words.withUnit(formatNumber(ours.mean, 2))} and σ̂ = {words.withUnit(formatNumber(ours.sigmaHat, 2))}; the
              charts below are in BPM, on the example’s scale.
            </>
          ) : (
            <>
              The example’s songs were drawn from Normal(120, 15), so here the truth is known: μ = 120 and σ = 15.{' '}
              {summary.n > 1
                ? `Your ${formatCount(summary.n)} songs (seed ${seed}) gave μ̂ = ${formatNumber(ours.mean, 2)} and σ̂ = ${formatNumber(ours.sigmaHat, 2)}: close, not equal.`
                : `Your single song (seed ${seed}) gave μ̂ = ${formatNumber(ours.mean, 2)}, and no σ̂ worth the name: one song has no spread.`}
            </>
          )}{' '}
          Below, each draw is another playlist of n songs from Normal(120, 15), sample k drawn exactly as numpy draws it
          after <code>np.random.seed(k)</code>, and fitted by maximum likelihood. The spread of the estimates over many
          samples is their{' '}
          <Term id="sampling-distribution" after=".">
            sampling distribution
          </Term>
        </p>
        <Prediction
          id="sampling-spread"
          question="Samples of 40 songs instead of 10: four times the data. What happens to how widely μ̂ spreads around 120?"
          options={[
            { id: 'quarter', label: 'It shrinks to a quarter of its width' },
            { id: 'half', label: 'It shrinks to half of its width' },
            { id: 'same', label: 'It stays as wide: each song is as noisy' },
          ]}
          answer="half"
          reveal={
            <p>
              Half. The spread of μ̂ is σ/√n: 15/√10 = 4.74 BPM for samples of 10 and 15/√40 = 2.37 BPM for samples of
              40. Four times the data buys twice the precision, not four times: the noise of single songs partly cancels
              in their average, and only as the square root of their number. Draw samples of both sizes and compare.
            </p>
          }
        />
      </div>
      <div className="figure-frame">
        <Figure
          title={`μ̂ over ${drawn > 0 ? `${formatCount(drawn)} ${drawn === 1 ? 'sample' : 'samples'}` : 'samples'} of n = ${n} songs from Normal(120, 15)`}
          caption={
            drawn > 0 ? (
              <>
                {latest} {spreadText} Theory says σ/√n = 15/√{n} = {formatNumber(expectedSpread, 2)} BPM.
                {pending ? ` Drawing ${formatCount(count)} samples…` : ''}
              </>
            ) : (
              <>{pending ? `Drawing ${formatCount(count)} samples…` : 'Press a button to draw samples.'}</>
            )
          }
          alternative={
            <DataTable
              summary="Show the samples’ estimates as a table"
              caption={`Estimates from each sample of n = ${n} songs`}
              columns={['Sample k (seed)', 'μ̂ (BPM)', 'σ̂ (BPM)']}
              rowCount={drawn}
              row={(k) => [formatCount(k + 1), formatNumber(result!.means[k], 2), formatNumber(result!.sigmas[k], 2)]}
            />
          }
        >
          <SampleControls
            legend="Songs per sample, n"
            sizes={SIZES}
            n={n}
            onSize={(size) => {
              setN(size);
              setCount(0);
            }}
            batches={[1, 100, 1000]}
            requested={count}
            max={MAX_SAMPLES}
            onDraw={draw}
            onReset={() => setCount(0)}
          />
          <LiveAnnouncement text={pending ? '' : `${latest} ${spreadText}`} />
          <ChartBox
            label={`Histogram of μ̂ from ${formatCount(drawn)} samples of ${n} songs, with the spread theory predicts and the true mean, 120, marked.`}
          >
            {(width) => (
              <DensityPlot
                width={width}
                height={220}
                xDomain={DOMAIN}
                yMax={Math.max(4, tallest, ...theory.map((p) => p.y))}
                xLabel="μ̂ of a sample (BPM)"
                yLabel="Samples"
                bins={bins}
                binValue="count"
                integerTicks
                curves={drawn > 1 ? [{ key: 'theory', label: 'Theory', points: theory, colour: 'var(--normal)' }] : []}
                markers={[{ key: 'truth', x: TRUE_MU, label: 'μ = 120', colour: 'var(--text)', dash: '4 3' }]}
              />
            )}
          </ChartBox>
          <Legend
            items={[
              {
                key: 'bars',
                label: 'Samples whose μ̂ falls in each 1-BPM bin',
                colour: 'var(--histogram)',
                kind: 'box',
              },
              { key: 'theory', label: 'Theory: Normal(120, 15/√n), scaled to the count', colour: 'var(--normal)' },
              { key: 'truth', label: 'True mean μ = 120', colour: 'var(--text)', dash: '4 3' },
            ]}
          />
          <ChartBox
            label={`Each of the last ${Math.min(drawn, CURVES_SHOWN)} samples’ log-likelihood for μ, below its top, beside your data’s.`}
          >
            {(width) => (
              <DensityPlot
                width={width}
                height={200}
                xDomain={DOMAIN}
                yMax={0}
                yMin={FLOOR}
                xLabel="μ (BPM)"
                yLabel="ℓ − ℓ̂"
                curves={showOurs ? [...curves, ourCurve] : curves}
                markers={[{ key: 'truth', x: TRUE_MU, label: 'μ = 120', colour: 'var(--text)', dash: '4 3' }]}
              />
            )}
          </ChartBox>
          <Legend
            items={[
              {
                key: 'samples',
                label: `Log-likelihood of μ for each of the last ${CURVES_SHOWN} samples drawn (σ at its best)`,
                colour: 'var(--series-3)',
              },
              ...(showOurs ? [{ key: 'ours', label: ourCurve.label, colour: 'var(--focus)' }] : []),
              { key: 'truth', label: 'True mean μ = 120', colour: 'var(--text)', dash: '4 3' },
            ]}
          />
        </Figure>
      </div>
      <div className="prose">
        <p>
          Each estimate lands somewhere near 120, never twice in the same place. As n grows the histogram narrows like
          1/√n, and so does each sample’s likelihood curve (the second chart shows each one from its own top, so their
          widths compare): a small sample’s curve is wide and flat-topped, a large one’s narrow and sharp. The width of
          the curve you can see in one sample tells how widely its estimate would scatter over samples you cannot see.
          That is the next section.
        </p>
      </div>
    </Section>
  );
}
