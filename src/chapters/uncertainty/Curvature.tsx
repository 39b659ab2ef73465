import { useId, useMemo, useState } from 'react';
import { DataTable } from '../../ui/DataTable';
import { Figure } from '../../ui/Figure';
import { Legend } from '../../ui/Legend';
import { Section } from '../../ui/Section';
import { Tex } from '../../ui/Tex';
import { formatCount, formatNumber, texNumber } from '../../model/format';
import { labelWithUnit, selectDataWords } from '../../model/dataWords';
import { selectSummary, TRUE_MU, TRUE_SIGMA } from '../../model/summary';
import { sufficientStats } from '../../math/likelihood';
import { numpyNormalSample } from '../../math/rng';
import { useLabStore } from '../../state/store';
import { Term } from '../../features/learning/Term';
import { normalStandardErrors } from '../../math/uncertainty';
import { noTopMessage, topOf, type NormalFit, type Parameter } from './profiles';
import { ParameterToggle } from './ParameterToggle';
import { TopChart } from './TopChart';

/** Sample sizes to compare, each the first n songs of the reader's seeded stream (the first 40 are their songs). */
const STREAM_SIZES = [10, 40, 160, 640];

/** The curvatures at the top and the standard errors they give, with the reader's numbers: one line each (phones). */
export const curvatureTex = (fit: NormalFit) => {
  const { mu, sigma } = normalStandardErrors(fit.n, fit.sigmaHat);
  const sigmaHat = texNumber(fit.sigmaHat, 4);
  return [
    String.raw`\frac{\partial^2 \ell}{\partial \mu^2}\Big|_{\hat\mu,\hat\sigma} = -\frac{n}{\hat\sigma^2} = -\frac{${fit.n}}{${sigmaHat}^2} = ${texNumber(-fit.n / fit.sigmaHat ** 2, 4)}`,
    String.raw`\mathrm{SE}(\hat\mu) = \frac{1}{\sqrt{n/\hat\sigma^2}} = \frac{\hat\sigma}{\sqrt{n}} = \frac{${sigmaHat}}{\sqrt{${fit.n}}} = ${texNumber(mu, 4)}`,
    String.raw`\frac{\partial^2 \ell}{\partial \sigma^2}\Big|_{\hat\mu,\hat\sigma} = -\frac{2n}{\hat\sigma^2} = -\frac{2 \cdot ${fit.n}}{${sigmaHat}^2} = ${texNumber((-2 * fit.n) / fit.sigmaHat ** 2, 4)}`,
    String.raw`\mathrm{SE}(\hat\sigma) = \frac{\hat\sigma}{\sqrt{2n}} = \frac{${sigmaHat}}{\sqrt{2 \cdot ${fit.n}}} = ${texNumber(sigma, 4)}`,
  ];
};

const TEX_LABELS = [
  'Curvature in μ at the top',
  'The standard error of μ̂',
  'Curvature in σ at the top',
  'The standard error of σ̂',
];

/**
 * The fit a size option stands for: the reader's data, or the first n songs of their seeded
 * stream (numpy's draws are a prefix stream: the first 40 of 640 are the 40 songs). Drawn here,
 * not through the shared sample cache, whose few places belong to the reader's data.
 */
function fitOf(option: number | 'data', stream: () => Float64Array, data: NormalFit): NormalFit {
  if (option === 'data' || option === data.n) return data;
  const { n, mean, centredSumOfSquares } = sufficientStats(stream().subarray(0, option));
  return { n, mean, sigmaHat: Math.sqrt(centredSumOfSquares / n) };
}

export function Curvature() {
  return (
    <Section id="curvature" title="The sharper the top, the surer the estimate">
      <CurvatureBody />
    </Section>
  );
}

/**
 * The section's content, on its own so that nothing of it is computed before its part arrives
 * (ui/Staged): a link to the next section, confidence intervals, paints without that work.
 */
function CurvatureBody() {
  const id = useId();
  const summary = useLabStore(selectSummary);
  const words = useLabStore(selectDataWords);
  const seed = useLabStore((s) => s.seed);
  // Drawn when first wanted (a size other than the reader's own, or the table opened), not as
  // the section arrives: 640 of numpy's draws took 10–15 ms of that first render.
  const stream = useMemo(() => {
    let drawn: Float64Array | null = null;
    return () => (drawn ??= numpyNormalSample(seed, Math.max(...STREAM_SIZES), TRUE_MU, TRUE_SIGMA));
  }, [seed]);
  const [parameter, setParameter] = useState<Parameter>('mu');
  const data: NormalFit = { n: summary.n, mean: summary.normal.mu, sigmaHat: summary.normal.sigma };
  // The example's songs continue as a longer numpy stream; the reader's own data do not.
  const options: (number | 'data')[] = words.custom
    ? ['data']
    : [...new Set([...STREAM_SIZES, summary.n])].sort((a, b) => a - b);
  const [chosen, setChosen] = useState<number | 'data' | null>(null);
  const option = chosen !== null && options.includes(chosen) ? chosen : words.custom ? 'data' : summary.n;
  const hasTop = summary.n > 1 && summary.normal.sigma > 0;
  const errors = normalStandardErrors(summary.n, summary.normal.sigma);
  const unitLabel = (label: string) => labelWithUnit(words, label);
  const unit = words.unit ? ` ${words.unit}` : '';

  const fit = fitOf(option, stream, data);
  const top = topOf(parameter, fit);
  const smallest = words.custom ? summary.n : Math.min(...options.filter((o) => o !== 'data'));
  // One width for every size, so the tops compare: wide enough for the smallest sample's curve,
  // centred on the sample shown.
  const halfWidth = (4 * data.sigmaHat) / Math.sqrt(smallest);
  const domain: [number, number] =
    parameter === 'mu' ? [fit.mean - halfWidth, fit.mean + halfWidth] : [0.4 * fit.sigmaHat, 2 * fit.sigmaHat];
  const symbol = parameter === 'mu' ? 'μ' : 'σ';
  const sizeName = (o: number | 'data') =>
    o === 'data' ? `your ${formatCount(summary.n)} ${words.items}` : o === summary.n ? `your ${o} songs` : `${o} songs`;

  return (
    <>
      <div className="prose">
        <p>
          You never see the other samples, only your own. But your own likelihood already says how much they would
          scatter. If ℓ falls steeply away from its top, values a little off μ̂ explain the data much worse, and the data
          pin μ down; if the top is flat, many values explain them almost as well.
        </p>
        <p>
          Steepness near a top is the second derivative, the{' '}
          <Term id="curvature" after=".">
            curvature
          </Term>{' '}
          The derivation checked that it is negative at (μ̂, σ̂), which makes the point a maximum (
          <a href="#derivation">its last step</a>). Its size, −∂²ℓ/∂μ², is the{' '}
          <Term id="observed-information" after=":">
            observed information
          </Term>{' '}
          how much the data tell about μ. One over its square root estimates the{' '}
          <Term id="standard-error" after=",">
            standard error
          </Term>{' '}
          the typical distance of an estimate from the truth over repeated samples.
        </p>
      </div>
      {hasTop ? (
        <>
          {curvatureTex(data).map((tex, i) => (
            <Tex key={i} block label={TEX_LABELS[i]}>
              {tex}
            </Tex>
          ))}
          <div className="prose">
            <p>
              For your {formatCount(summary.n)} {words.items}: SE(μ̂) = σ̂/√n ={' '}
              <strong data-testid="se-mu">{formatNumber(errors.mu, 4)}</strong>
              {unit} and SE(σ̂) = σ̂/√(2n) = <strong data-testid="se-sigma">{formatNumber(errors.sigma, 4)}</strong>
              {unit}.
              {words.custom
                ? ''
                : ` Theory says that over samples of ${formatCount(summary.n)} songs μ̂ scatters with a standard deviation of 15/√${summary.n} = ${formatNumber(15 / Math.sqrt(summary.n), 2)} BPM. One sample’s curvature, with its own σ̂ in place of the unknown σ, estimates that without seeing any other sample: ${formatNumber(errors.mu, 2)} here. How close it gets depends on how close σ̂ is to σ, and with few songs σ̂ is itself noisy and runs low.`}
            </p>
          </div>
          <div className="figure-frame">
            <Figure
              title={`The top of ℓ in ${symbol}, ${sizeName(option)}`}
              caption={
                <>
                  The solid curve is ℓ − ℓ̂ for {sizeName(option)}, with{' '}
                  {parameter === 'mu' ? 'σ at its best for each μ' : 'μ held at μ̂'}; the dashed parabola has the same
                  curvature at the top, −1/SE² with SE({symbol}̂) = {formatNumber(top.standardError, 4)}. Near the top
                  they agree; further out the parabola is only an approximation.
                  {words.custom ? '' : ' More songs: a sharper top, and a smaller standard error.'}
                </>
              }
              alternative={
                <DataTable
                  summary="Show the standard errors by sample size as a table"
                  caption="Curvature and standard errors of the first n songs"
                  columns={['Sample', 'n', 'μ̂', 'σ̂', '−∂²ℓ/∂μ² = n/σ̂²', 'SE(μ̂)', 'SE(σ̂)']}
                  rowCount={options.length}
                  row={(i) => {
                    const f = fitOf(options[i], stream, data);
                    const e = normalStandardErrors(f.n, f.sigmaHat);
                    return [
                      sizeName(options[i]),
                      formatCount(f.n),
                      formatNumber(f.mean, 2),
                      formatNumber(f.sigmaHat, 2),
                      formatNumber(f.n / f.sigmaHat ** 2, 4),
                      formatNumber(e.mu, 4),
                      formatNumber(e.sigma, 4),
                    ];
                  }}
                />
              }
            >
              <ParameterToggle legend="Parameter" value={parameter} onChange={setParameter} />
              {options.length > 1 && (
                <fieldset className="toggle">
                  <legend>Number of songs (your songs, continued by the same random draw)</legend>
                  {options.map((o) => (
                    <label key={o}>
                      <input type="radio" name={`${id}-n`} checked={option === o} onChange={() => setChosen(o)} />
                      {o}
                    </label>
                  ))}
                </fieldset>
              )}
              <TopChart
                parameter={parameter}
                fit={fit}
                domain={domain}
                xLabel={unitLabel(symbol)}
                label={`ℓ − ℓ̂ along ${symbol} near its top for ${sizeName(option)}, with the parabola of the same curvature.`}
                curveLabels={{ exact: 'ℓ − ℓ̂', parabola: 'Parabola' }}
                markers={[
                  {
                    key: 'top',
                    x: top.estimate,
                    label: `${symbol}̂`,
                    colour: 'var(--text-muted)',
                    dash: '2 3',
                  },
                ]}
              />
              <Legend
                items={[
                  {
                    key: 'exact',
                    label: 'ℓ − ℓ̂: the log-likelihood below its top',
                    colour: 'var(--curve)',
                  },
                  {
                    key: 'parabola',
                    label: 'Parabola with the same curvature at the top',
                    colour: 'var(--laplace)',
                    dash: '6 4',
                  },
                  { key: 'top', label: `The estimate ${symbol}̂`, colour: 'var(--text-muted)', dash: '2 3' },
                ]}
              />
            </Figure>
          </div>
          <div className="prose">
            <p>
              {words.custom
                ? 'With four times the data, about four times the curvature and about half the standard error: exactly so if σ̂ stayed put.'
                : 'Four times the songs give about four times the curvature and about half the standard error: exactly so if σ̂ stayed put, but σ̂ moves too (compare the rows of the table under the chart).'}{' '}
              It is the same √n as the histograms of the previous section, read from a single sample.
            </p>
          </div>
        </>
      ) : (
        <div className="prose">
          <p>{noTopMessage(summary.n)}</p>
        </div>
      )}
    </>
  );
}
