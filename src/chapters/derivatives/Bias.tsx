import { useMemo, useState } from 'react';
import { ChartBox } from '../../ui/ChartBox';
import { DataTable } from '../../ui/DataTable';
import { Figure } from '../../ui/Figure';
import { Legend } from '../../ui/Legend';
import { ScrollBox } from '../../ui/ScrollBox';
import { Section } from '../../ui/Section';
import { DensityPlot } from '../../ui/charts/deferredCharts';
import { formatCount, formatNumber } from '../../model/format';
import { selectDataWords } from '../../model/dataWords';
import { selectSummary, TRUE_MU, TRUE_SIGMA } from '../../model/summary';
import { useLabStore } from '../../state/store';
import { Prediction } from '../../features/learning/Prediction';
import { SampleControls } from '../../features/simulation/SampleControls';
import { useSimulation } from '../../features/simulation/useSimulation';
import { Term } from '../../features/learning/Term';

const SIZES = [2, 5, 10, 40];
const TRUE_VARIANCE = TRUE_SIGMA ** 2;
const MAX_SAMPLES = 20000;

export function Bias() {
  const seed = useLabStore((s) => s.seed);
  const words = useLabStore(selectDataWords);
  // How many values the reader's data hold: the tempos' n, or the size of their own data.
  const dataCount = useLabStore((s) => (s.custom ? selectSummary(s).n : s.n));
  const [n, setN] = useState(5);
  const [samples, setSamples] = useState(0);
  // Up to 800,000 numpy-exact draws: computed in a worker, the page stays responsive.
  const { result: simulation, pending } = useSimulation(
    samples > 0 ? { kind: 'bias', seed, n, samples, loc: TRUE_MU, scale: TRUE_SIGMA } : null,
    `${seed}:${n}`,
  );
  /** How many samples the figure shows: the last finished simulation's. */
  const shown = simulation?.mleRunningMean.length ?? 0;
  const expectedMle = ((n - 1) / n) * TRUE_VARIANCE;
  const points = useMemo(() => {
    if (!simulation) return { mle: [], unbiased: [] };
    const count = simulation.mleRunningMean.length;
    const stride = Math.max(1, Math.floor(count / 300));
    const pick = (values: Float64Array) => {
      const out: { x: number; y: number }[] = [];
      for (let k = 0; k < count; k += stride) out.push({ x: k + 1, y: values[k] });
      out.push({ x: count, y: values[count - 1] });
      return out;
    };
    return { mle: pick(simulation.mleRunningMean), unbiased: pick(simulation.unbiasedRunningMean) };
  }, [simulation]);
  const lastMle = simulation?.mleRunningMean[shown - 1];
  const lastUnbiased = simulation?.unbiasedRunningMean[shown - 1];
  const draw = (more: number) => setSamples((k) => Math.min(MAX_SAMPLES, k + more));

  return (
    <Section id="bias" title="Dividing by n: the bias of σ̂²">
      <div className="prose">
        <p>
          Statistics courses teach the sample variance with n − 1 in the denominator; maximum likelihood divides by n.
          Who is right? Ask what each one does over many samples: does it hit the true σ² on average, or miss it?
        </p>
        <p>
          Try it.{' '}
          {words.custom
            ? 'Your own data have no known true distribution, so this uses the one behind the example tempos: each draw below takes a fresh sample of n songs from Normal(120, 15), in BPM,'
            : 'Each draw below takes a fresh sample of n songs from the true distribution, Normal(120, 15),'}{' '}
          with the same seeded numpy stream (seed {seed}), and computes both estimates. The lines are their running
          averages; the true variance is σ² = 225.
        </p>
        <Prediction
          id="bias-average"
          question="Before you draw: averaged over many samples, where will σ̂² (dividing by n) settle compared with the true 225?"
          options={[
            { id: 'above', label: 'Above 225' },
            { id: 'on', label: 'On 225' },
            { id: 'below', label: 'Below 225' },
          ]}
          answer="below"
          reveal={
            <p>
              Below: at (n − 1)/n · 225, which is 180 for samples of 5 and 219.4 for samples of 40. The deviations are
              measured from each sample’s own mean, which sits closer to its data than the true mean does, so the
              squares come out small. Draw samples and watch the running average settle there; dividing by n − 1 instead
              settles on 225.
            </p>
          }
        />
      </div>
      <div className="figure-frame">
        <Figure
          title={`Average variance estimate over ${formatCount(shown)} samples of n = ${n}`}
          caption={
            simulation ? (
              <>
                After {formatCount(shown)} samples{pending ? ` (drawing ${formatCount(samples)}…)` : ''}: σ̂² (divide by
                n) averages <strong data-testid="bias-mle">{formatNumber(lastMle!, 1)}</strong>, close to (n − 1)/n ·
                225 = {formatNumber(expectedMle, 1)}; s² (divide by n − 1) averages{' '}
                <strong data-testid="bias-unbiased">{formatNumber(lastUnbiased!, 1)}</strong>, close to 225.
              </>
            ) : (
              <>{pending ? `Drawing ${formatCount(samples)} samples…` : 'Press a button to draw samples.'}</>
            )
          }
          alternative={
            <DataTable
              summary="Show the running averages as a table"
              caption="Running averages of the two variance estimates"
              columns={['Samples drawn', 'Average σ̂² (divide by n)', 'Average s² (divide by n − 1)']}
              rowCount={points.mle.length}
              row={(i) => [
                formatCount(points.mle[i].x),
                formatNumber(points.mle[i].y, 2),
                formatNumber(points.unbiased[i].y, 2),
              ]}
            />
          }
        >
          <SampleControls
            legend="Sample size n"
            sizes={SIZES}
            n={n}
            onSize={(size) => {
              setN(size);
              setSamples(0);
            }}
            batches={[100, 1000]}
            requested={samples}
            max={MAX_SAMPLES}
            onDraw={draw}
            onReset={() => setSamples(0)}
          />
          <ChartBox label="Running averages of the two variance estimates, with the true variance, 225, marked.">
            {(width) => (
              <DensityPlot
                width={width}
                height={260}
                xDomain={[1, Math.max(10, shown)]}
                yMax={TRUE_VARIANCE * 1.4}
                yMin={TRUE_VARIANCE * 0.3}
                xLabel="Samples drawn"
                yLabel="Average estimate (BPM²)"
                curves={[
                  { key: 'mle', label: 'σ̂²', points: points.mle, colour: 'var(--laplace)' },
                  { key: 'unbiased', label: 's²', points: points.unbiased, colour: 'var(--series-3)' },
                ]}
                levels={[
                  { key: 'true', y: TRUE_VARIANCE, label: 'σ² = 225', colour: 'var(--text)', dash: '4 3' },
                  // Where the MLE settles is the prediction's answer: drawn once samples are.
                  ...(shown > 0
                    ? [
                        {
                          key: 'mle',
                          y: expectedMle,
                          label: `(n − 1)/n · 225 = ${formatNumber(expectedMle, 1)}`,
                          colour: 'var(--laplace)',
                          dash: '2 3',
                          labelBelow: true,
                        },
                      ]
                    : []),
                ]}
                yTickFormat={(v) => String(Math.round(v))}
              />
            )}
          </ChartBox>
          <Legend
            items={[
              { key: 'mle', label: 'Average σ̂², dividing by n (the MLE)', colour: 'var(--laplace)' },
              { key: 'u', label: 'Average s², dividing by n − 1', colour: 'var(--series-3)' },
              { key: 't', label: 'True σ² = 225', colour: 'var(--text)', dash: '4 3' },
              ...(shown > 0
                ? [{ key: 'e', label: 'Where the MLE settles: (n − 1)/n · 225', colour: 'var(--laplace)', dash: '2 3' }]
                : []),
            ]}
          />
        </Figure>
      </div>
      <div className="prose">
        <p>
          Both are right, about different things. Dividing by n − 1 makes the estimate <strong>unbiased</strong>:
          averaged over many samples it hits the true σ² exactly. The MLE is slightly{' '}
          <Term id="bias" after=":">
            biased
          </Term>{' '}
          on average it comes out low, by a factor (n − 1)/n. Maximum likelihood never aimed at unbiasedness; it picks
          the parameters under which the observed data have the highest likelihood. Note also that s² being unbiased for
          σ² does not make s unbiased for σ: a square root of an average is not the average of square roots, and s still
          comes out low on average (less so than σ̂).
        </p>
        <p>
          The bias shrinks as n grows: the factor (n − 1)/n tends to 1. Both estimators are <strong>consistent</strong>:
          with enough data each one closes in on the true value, and the gap between them vanishes.
        </p>
        <ScrollBox label="Bias by sample size">
          <table className="compare-table">
            <caption>What the MLE of the variance averages to, by sample size (true σ² = 225)</caption>
            <thead>
              <tr>
                <th scope="col">n</th>
                <th scope="col">Average σ̂² (divide by n)</th>
                <th scope="col">Bias</th>
                <th scope="col">Average s² (divide by n − 1)</th>
              </tr>
            </thead>
            <tbody>
              {[2, 5, 10, 40, 100, 1000].map((size) => (
                <tr key={size}>
                  <th scope="row">{formatCount(size)}</th>
                  <td>{formatNumber(((size - 1) / size) * TRUE_VARIANCE, 2)}</td>
                  <td>{formatNumber(-TRUE_VARIANCE / size, 2)}</td>
                  <td>225.00</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
        <p>
          The widget’s sliders could never settle which denominator is “right”: they find the maximum of the likelihood
          for the one sample you have, while bias is a question about the average over many samples. For your{' '}
          {formatCount(dataCount)} {words.items}, σ̂ = √((n − 1)/n) · s ={' '}
          {formatNumber(Math.sqrt((dataCount - 1) / dataCount), 4)} · s.
        </p>
      </div>
    </Section>
  );
}
