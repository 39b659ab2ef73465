import { useId, useMemo, useState } from 'react';
import { DataTable } from '../../ui/DataTable';
import { Figure } from '../../ui/Figure';
import { Legend } from '../../ui/Legend';
import { ScrollBox } from '../../ui/ScrollBox';
import { Tex } from '../../ui/Tex';
import { formatNumber, formatSmall } from '../../model/format';
import { normalLogPdf, normalPdf } from '../../math/distributions';
import { normalLogLikelihoodFromStats } from '../../math/likelihood';
import { labelWithUnit, selectDataWords, type DataWords } from '../../model/dataWords';
import { selectSample, selectSummary } from '../../model/summary';
import { useLabStore } from '../../state/store';
import { ProfileChart } from '../../features/params/ProfileChart';
import { CandidateCentreSlider } from '../../features/params/SharedParamSliders';
import { logLikelihoodProfile, muGrid } from './profiles';
import { ParamsSection } from '../../features/params/ParamsSection';
import { Term } from '../../features/learning/Term';

export const NLL_TEX = String.raw`\text{NLL}(\theta) = -\ell(\theta) = -\log L(\theta)`;

interface MeasuringUnit {
  key: string;
  name: string;
  short: string;
  /** How many of the data's own units one of this unit is. */
  perUnit: number;
  /** perUnit as the text says it, where formatSmall would not ("1,000" rather than "1000"). */
  factor?: string;
}

/** Units a tempo could be measured in, and how many BPM one of them is. */
const UNITS: MeasuringUnit[] = [
  { key: 'bpm', name: 'beats per minute (BPM)', short: 'BPM', perUnit: 1 },
  { key: 'bps', name: 'beats per second', short: 'beats/s', perUnit: 60 },
  { key: 'bph', name: 'beats per hour', short: 'beats/h', perUnit: 1 / 60 },
];

/** For the reader's own data: their unit, one a thousand times coarser, one a thousand times finer. */
function unitsFor(words: DataWords): MeasuringUnit[] {
  const units = words.unit || 'units';
  return [
    { key: 'own', name: words.unit || 'the data’s own unit', short: words.unit || 'unit', perUnit: 1 },
    { key: 'coarse', name: `units of 1,000 ${units}`, short: `1,000 ${units}`, perUnit: 1000, factor: '1,000' },
    { key: 'fine', name: `units of 0.001 ${units}`, short: `0.001 ${units}`, perUnit: 0.001, factor: '0.001' },
  ];
}

export function NegativeLogLikelihood() {
  return (
    <ParamsSection id="negative-log-likelihood" title="Negative numbers, and the negative log-likelihood">
      {({ mu, sigma }) => <NegativeLogLikelihoodBody mu={mu} sigma={sigma} />}
    </ParamsSection>
  );
}

/** The section's content (see ParamsSection: it renders once the section's part arrives). */
function NegativeLogLikelihoodBody({ mu, sigma }: { mu: number; sigma: number }) {
  const id = useId();
  const sample = useLabStore(selectSample);
  const summary = useLabStore(selectSummary);
  const words = useLabStore(selectDataWords);
  const [unitKey, setUnitKey] = useState('bps');
  const units = words.custom ? unitsFor(words) : UNITS;
  // A key from the other list (the data changed) falls back to the coarser unit.
  const unit = units.find((u) => u.key === unitKey) ?? units[1];
  // The data as a plural: "tempos" for the seeded songs, "values" for the reader's own.
  const data = words.custom ? words.items : 'tempos';
  const Item = words.item.charAt(0).toUpperCase() + words.item.slice(1);
  const muLabel = labelWithUnit(words, 'μ');
  const domain = useMemo((): [number, number] => [summary.muRange.min, summary.muRange.max], [summary]);
  const logLik = useMemo(
    () => logLikelihoodProfile(summary.stats, sigma, muGrid(domain, 120)),
    [summary, sigma, domain],
  );
  const nll = useMemo(() => logLik.map((p) => ({ x: p.x, y: -p.y })), [logLik]);
  const current = normalLogLikelihoodFromStats(summary.stats, mu, sigma);
  const markers = useMemo(
    () => [{ key: 'max', x: summary.normal.mu, label: 'x̄', colour: 'var(--text-muted)', dash: '4 3' }],
    [summary],
  );

  // The densest and the least dense of the learner's values at the current μ and σ.
  const [densest, sparsest] = useMemo(() => {
    let hi = 0;
    let lo = 0;
    sample.forEach((x, i) => {
      if (normalLogPdf(x, mu, sigma) > normalLogPdf(sample[hi], mu, sigma)) hi = i;
      if (normalLogPdf(x, mu, sigma) < normalLogPdf(sample[lo], mu, sigma)) lo = i;
    });
    return [hi, lo];
  }, [sample, mu, sigma]);
  // [label, density, one of the reader's own values]
  const densityRows: [string, number, boolean][] = [
    ['0.05', 0.05, false],
    ['0.01', 0.01, false],
    ['0.001', 0.001, false],
    [
      `${Item} ${densest + 1} (${words.withUnit(formatNumber(sample[densest], 1))}), your densest`,
      normalPdf(sample[densest], mu, sigma),
      true,
    ],
    [
      `${Item} ${sparsest + 1} (${words.withUnit(formatNumber(sample[sparsest], 1))}), your least dense`,
      normalPdf(sample[sparsest], mu, sigma),
      true,
    ],
  ];

  // Changing the unit rescales every density by the same factor, and ℓ by n times its log.
  const shift = summary.n * Math.log(unit.perUnit);
  const factor = unit.factor ?? formatSmall(unit.perUnit);
  const hasMaximum = summary.normal.sigma > 0;

  return (
    <>
      <div className="prose">
        {words.custom && current >= 0 ? (
          // Data on a small scale have densities above 1: say so rather than claim ℓ is negative.
          <p>
            Your log-likelihood is a positive number, about {formatNumber(current, 0)} right now. Usually it is
            negative: a density below 1 has a negative log, and adding up negative numbers gives a negative total. In
            your data’s unit the densities are above 1; the end of this section shows why that is fine too.
          </p>
        ) : (
          <p>
            Your log-likelihood is a negative number, about {formatNumber(current, 0)} right now. That is normal. Each
            density here is below 1, and the log of a number below 1 is negative; add up negative numbers and you get a
            negative total.
          </p>
        )}
        <ScrollBox label="Densities below 1 have negative logs (natural log)">
          <table className="compare-table">
            <caption>Densities below 1 have negative logs (natural log)</caption>
            <thead>
              <tr>
                <th scope="col">Density ({words.perUnit})</th>
                <th scope="col">Log-density</th>
              </tr>
            </thead>
            <tbody>
              {densityRows.map(([label, d, own]) => (
                <tr key={label}>
                  <th scope="row">
                    {label}
                    {own && `: ${formatSmall(d)}`}
                  </th>
                  <td>{formatNumber(Math.log(d))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
        <p>
          So the rule is simply <strong>higher is better</strong>: a fit with ℓ = −150 beats one with ℓ = −167, because
          −150 is the larger number (here that also means closer to zero, but only because both are negative: below, in
          coarser units, ℓ turns positive and higher is still better). Only comparisons on the same data matter; the
          value on its own means little.
        </p>
        <p>
          <strong>Why not take the absolute value</strong> to get rid of the minus sign? Because it flips the order:
          |−150| = 150 is smaller than |−167| = 167, so “bigger is better” would now pick the worse fit. And it is
          unnecessary: the slope of ℓ, which is what an optimiser follows, does not care that ℓ is negative.
        </p>
        <p>
          There is a sign convention worth knowing, though. Optimisers in machine learning are built to{' '}
          <em>minimise</em>: gradient descent walks downhill. So instead of maximising ℓ we flip its sign and minimise
          the{' '}
          <Term id="nll" after=":">
            negative log-likelihood
          </Term>
        </p>
        <Tex block label="The negative log-likelihood">
          {NLL_TEX}
        </Tex>
        <ScrollBox label="Two conventions, one answer">
          <table className="compare-table">
            <caption>Two conventions, one answer</caption>
            <thead>
              <tr>
                <th scope="col">Approach</th>
                <th scope="col">Typical value</th>
                <th scope="col">Goal</th>
                <th scope="col">Better means</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Log-likelihood ℓ</th>
                <td>{formatNumber(current, 1)}</td>
                <td>maximise</td>
                <td>higher</td>
              </tr>
              <tr>
                <th scope="row">Negative log-likelihood −ℓ</th>
                <td>{formatNumber(-current, 1)}</td>
                <td>minimise</td>
                <td>smaller</td>
              </tr>
            </tbody>
          </table>
        </ScrollBox>
      </div>

      <div className="figure-frame">
        <Figure
          title={`ℓ(μ) to maximise, NLL(μ) to minimise (σ = ${formatNumber(sigma, 1)})`}
          caption={
            <>
              The same curve upside down. The top of ℓ and the bottom of NLL are at the same μ, the sample mean{' '}
              {words.withUnit(formatNumber(summary.normal.mu))}. At your μ = {formatNumber(mu, 1)}: ℓ ={' '}
              {formatNumber(current)}, NLL = {formatNumber(-current)}.
            </>
          }
          alternative={
            <DataTable
              summary="Show ℓ and NLL as a table"
              caption="Log-likelihood and negative log-likelihood at several values of μ"
              columns={[muLabel, 'ℓ(μ)', 'NLL(μ)']}
              rowCount={25}
              row={(i) => [formatNumber(logLik[i * 5].x, 1), formatNumber(logLik[i * 5].y), formatNumber(nll[i * 5].y)]}
            />
          }
        >
          <div className="chart-pair">
            <ProfileChart
              points={logLik}
              label="ℓ"
              xLabel={muLabel}
              yLabel="ℓ(μ): maximise"
              colour="var(--laplace)"
              markers={markers}
              showMu
              description="The log-likelihood over μ, a hump whose top is at the sample mean."
            />
            <ProfileChart
              points={nll}
              label="NLL"
              xLabel={muLabel}
              yLabel="NLL(μ): minimise"
              colour="var(--series-3)"
              markers={markers}
              showMu
              description="The negative log-likelihood over μ, a valley whose bottom is at the sample mean."
            />
          </div>
          <Legend
            items={[
              { key: 'l', label: 'ℓ(μ), the log-likelihood', colour: 'var(--laplace)' },
              { key: 'n', label: 'NLL(μ) = −ℓ(μ)', colour: 'var(--series-3)' },
              { key: 'mu', label: 'Your μ', colour: 'var(--focus)' },
              { key: 'max', label: 'Sample mean x̄', colour: 'var(--text-muted)', dash: '4 3' },
            ]}
          />
          <CandidateCentreSlider range={domain} />
        </Figure>
      </div>

      <div className="prose">
        <h4>Can ℓ be positive? Yes, and nothing breaks</h4>
        <p>
          “The log-likelihood is always negative” is only true while every density is below 1. A density is probability{' '}
          <em>per unit</em>, so its size depends on the unit: measure the same {data} in a coarser unit and every
          density grows. In the density figure above, a curve narrower than about {words.withUnit('0.4')} already peaks
          above 1. Switch the unit and see what happens to ℓ.
        </p>
        <div className="unit-picker">
          <label htmlFor={`${id}-unit`}>{words.custom ? `Measure the ${words.items} in` : 'Measure tempo in'}</label>
          <select id={`${id}-unit`} value={unit.key} onChange={(e) => setUnitKey(e.target.value)}>
            {units.map((u) => (
              <option key={u.key} value={u.key}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <ScrollBox label={`The same ${words.items} and fit in another unit`}>
          <table className="compare-table" aria-live="polite">
            <caption>
              The same {words.items} and the same fit, measured in {unit.name}
            </caption>
            <thead>
              <tr>
                <td />
                <th scope="col">At your μ and σ</th>
                <th scope="col">At the maximum</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">μ ({unit.short})</th>
                <td>{formatSmall(mu / unit.perUnit, 4)}</td>
                <td>{hasMaximum ? formatSmall(summary.normal.mu / unit.perUnit, 4) : 'none'}</td>
              </tr>
              <tr>
                <th scope="row">σ ({unit.short})</th>
                <td>{formatSmall(sigma / unit.perUnit, 4)}</td>
                <td>{hasMaximum ? formatSmall(summary.normal.sigma / unit.perUnit, 4) : 'none'}</td>
              </tr>
              <tr>
                <th scope="row">Log-likelihood ℓ</th>
                <td>{formatNumber(current + shift)}</td>
                <td>{hasMaximum ? formatNumber(summary.normalMaxLogLik + shift) : '+∞'}</td>
              </tr>
            </tbody>
          </table>
        </ScrollBox>
        <p>
          In {unit.name}, every density is{' '}
          {unit.perUnit === 1 ? 'as before' : `${factor} times what it is ${words.perUnit}`}, so ℓ moves by n · log(
          {factor}) = {formatNumber(shift)}.
          {hasMaximum &&
            summary.normalMaxLogLik + shift > 0 &&
            ` In these units the best fit’s log-likelihood is positive: ${formatNumber(summary.normalMaxLogLik + shift)}.`}{' '}
          The best μ and σ describe the very same {data}; only the numbers’ unit changed. A positive ℓ is just as valid
          as a negative one: what matters is which parameters make it largest.
        </p>
      </div>
    </>
  );
}
