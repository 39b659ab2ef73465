import { createContext, memo, useContext, useId, useMemo, useState } from 'react';
import { ChartBox } from '../../ui/ChartBox';
import { DataTable } from '../../ui/DataTable';
import { Figure } from '../../ui/Figure';
import { Legend } from '../../ui/Legend';
import { ParamSlider } from '../../ui/ParamSlider';
import { ScrollBox } from '../../ui/ScrollBox';
import { Tex } from '../../ui/Tex';
import { DensityPlot, CursorLine } from '../../ui/charts/deferredCharts';
import { normalCurvePoints } from '../../ui/charts/curves';
import { formatNumber, formatPowerOfTen, formatSmall, superscript } from '../../model/format';
import { normalIntervalProbability, normalPdf } from '../../math/distributions';
import { normalLogLikelihoodFromStats } from '../../math/likelihood';
import { selectSummary } from '../../model/summary';
import { useLabStore } from '../../state/store';
import { CandidateCentreSlider } from '../../features/params/SharedParamSliders';
import { likelihoodArea, logLikelihoodProfile, muGrid, scaledLikelihoodProfile } from './profiles';
import { ParamsSection } from '../../features/params/ParamsSection';

export const NOTATION_TEX = String.raw`f(x \mid \theta) \qquad\qquad L(\theta) = f(x_1, \dots, x_n \mid \theta) = \prod_{i=1}^{n} f(x_i \mid \theta)`;

type Reading = 'density' | 'likelihood';

/** The tempo the reader reads the density at: read by the cursor alone. */
const ChosenTempo = createContext(0);

function TempoCursor() {
  const tempo = useContext(ChosenTempo);
  return <CursorLine x={tempo} colour="var(--focus)" label={`x = ${formatNumber(tempo, 1)}`} />;
}

/**
 * The density over tempo. Memoised on the curve: while the tempo slider moves, only the cursor
 * inside it follows, not the chart (Recharts redrawing its frame took two frames a step).
 */
const DensityOverTempo = memo(function DensityOverTempo({
  density,
  domain,
}: {
  density: { x: number; y: number }[];
  domain: [number, number];
}) {
  return (
    <ChartBox label="A Normal density over tempo, with its area shaded and a marker at the chosen tempo.">
      {(width) => (
        <DensityPlot
          width={width}
          height={240}
          xDomain={domain}
          yMax={Math.max(...density.map((p) => p.y)) * 1.05}
          xLabel="Tempo x (BPM)"
          yLabel="Density (per BPM)"
          curves={[{ key: 'density', label: 'f(x | θ)', points: density, colour: 'var(--curve)', fill: true }]}
        >
          <TempoCursor />
        </DensityPlot>
      )}
    </ChartBox>
  );
});

export function ProbabilityVsLikelihood() {
  return (
    <ParamsSection id="probability-vs-likelihood" title="Probability or likelihood? One formula, two questions">
      {({ mu, sigma }) => <ProbabilityVsLikelihoodBody mu={mu} sigma={sigma} />}
    </ParamsSection>
  );
}

/** The section's content (see ParamsSection: it renders once the section's part arrives). */
function ProbabilityVsLikelihoodBody({ mu, sigma }: { mu: number; sigma: number }) {
  const id = useId();
  const summary = useLabStore(selectSummary);
  const [reading, setReading] = useState<Reading>('density');
  const [x, setX] = useState(120);
  const domain = useMemo((): [number, number] => [summary.muRange.min, summary.muRange.max], [summary]);
  const tempo = Math.min(domain[1], Math.max(domain[0], x));

  const density = useMemo(() => normalCurvePoints(mu, sigma, domain), [mu, sigma, domain]);
  // The part of the curve inside the chart; the whole curve, tails included, has area 1.
  const area = normalIntervalProbability(domain[0], domain[1], mu, sigma);
  const profile = useMemo(
    () =>
      scaledLikelihoodProfile(
        logLikelihoodProfile(
          summary.stats,
          sigma,
          muGrid(domain, 120, summary.normal.mu, sigma / Math.sqrt(summary.n)),
        ),
      ),
    [summary, sigma, domain],
  );
  const likelihoodTotal = likelihoodArea(summary.stats, sigma);
  const scaleText = `× 10${superscript(profile.exponent)}`;

  return (
    <>
      <div className="prose">
        <p>
          In everyday English “likely” and “probable” mean the same. In statistics they answer different questions, even
          though both are computed from the very same formula, the density f(x | θ). Here θ stands for the parameters;
          for us, θ = (μ, σ).
        </p>
        <Tex block label="Notation for the density and the likelihood">
          {NOTATION_TEX}
        </Tex>
        <p>
          Read it one way and the parameters are <strong>fixed</strong> while x <strong>varies</strong>: you get a
          density over tempos, telling how dense each possible tempo is under that Normal. Read it the other way and the
          data are fixed, because we have already measured them, while θ varies: you get the <strong>likelihood</strong>
          , telling how plausible each candidate θ makes the songs we actually have.
        </p>
      </div>

      <div className="figure-frame">
        <Figure
          title={
            reading === 'density'
              ? `Fix θ (μ = ${formatNumber(mu, 1)}, σ = ${formatNumber(sigma, 1)}), vary x: a density over tempos`
              : `Fix the ${summary.n} tempos, vary μ (σ = ${formatNumber(sigma, 1)}): the likelihood L(μ)`
          }
          caption={
            reading === 'density' ? (
              <>
                The shaded area under the curve is {formatNumber(area, 3)}
                {area < 0.9995 ? ' (the rest lies in the tails beyond the chart); the whole curve has area 1' : ''}:
                every density integrates to 1 over x. Read it at any tempo with the slider: the height there is the
                density, in probability per BPM.
              </>
            ) : (
              <>
                The same formula as a function of μ. Its peak sits at the sample mean, {formatNumber(summary.normal.mu)}{' '}
                BPM. The area under it is about {formatNumber(likelihoodTotal.mantissa, 2)} × 10
                {superscript(likelihoodTotal.exponent)}, and nothing holds it to 1: measure the tempos in other units
                and the area changes by a power of the conversion factor, since each of the {summary.n} densities
                carries its unit. A likelihood is not a probability distribution over μ; its values only mean something
                compared with each other.
              </>
            )
          }
          alternative={
            <DataTable
              summary="Show both readings as a table"
              caption="The density at a few tempos (fixed θ) and the likelihood at a few values of μ (fixed data)"
              columns={['Value', 'Density f(x | θ) per BPM', `Likelihood L(μ) ${scaleText}`]}
              rowCount={7}
              row={(i) => {
                const v = domain[0] + ((domain[1] - domain[0]) * (i + 1)) / 8;
                const l = profile.points.reduce((best, p) => (Math.abs(p.x - v) < Math.abs(best.x - v) ? p : best));
                return [`${formatNumber(v, 1)} BPM`, formatSmall(normalPdf(v, mu, sigma)), formatSmall(l.y)];
              }}
            />
          }
        >
          <fieldset className="toggle">
            <legend>Read f(x | θ) as</legend>
            <label>
              <input
                type="radio"
                name={`${id}-reading`}
                checked={reading === 'density'}
                onChange={() => setReading('density')}
              />
              a density: fix θ, vary x
            </label>
            <label>
              <input
                type="radio"
                name={`${id}-reading`}
                checked={reading === 'likelihood'}
                onChange={() => setReading('likelihood')}
              />
              a likelihood: fix the data, vary θ
            </label>
          </fieldset>
          {reading === 'density' ? (
            <>
              <ChosenTempo.Provider value={tempo}>
                <DensityOverTempo density={density} domain={domain} />
              </ChosenTempo.Provider>
              <Legend
                items={[
                  { key: 'd', label: 'Density f(x | θ), area shaded', colour: 'var(--curve)' },
                  { key: 'x', label: 'The tempo x you chose', colour: 'var(--focus)' },
                ]}
              />
              <ParamSlider
                label="Tempo x to read the density at"
                unit="BPM"
                value={tempo}
                min={domain[0]}
                max={domain[1]}
                step={0.5}
                onChange={setX}
              />
              {/* A readout box, not a sentence: the number answers every step without re-wrapping a paragraph. */}
              <dl className="readout">
                <div>
                  <dt>Density at the tempo you chose</dt>
                  <dd data-testid="density-at-x">{formatSmall(normalPdf(tempo, mu, sigma))} per BPM</dd>
                </div>
              </dl>
            </>
          ) : (
            <>
              <ChartBox label="The likelihood of the tempos as a function of the mean, peaking at the sample mean.">
                {(width) => (
                  <DensityPlot
                    width={width}
                    height={240}
                    xDomain={domain}
                    yMax={Math.max(...profile.points.map((p) => p.y)) * 1.05}
                    xLabel="Candidate mean μ (BPM)"
                    yLabel={`L(μ), ${scaleText}`}
                    curves={[{ key: 'l', label: 'L(μ)', points: profile.points, colour: 'var(--laplace)', fill: true }]}
                    markers={[
                      {
                        key: 'mu',
                        x: mu,
                        label: `μ = ${formatNumber(mu, 1)}`,
                        colour: 'var(--focus)',
                        showLabel: true,
                      },
                      { key: 'mle', x: summary.normal.mu, label: 'x̄', colour: 'var(--text-muted)', dash: '4 3' },
                    ]}
                  />
                )}
              </ChartBox>
              <Legend
                items={[
                  { key: 'l', label: `Likelihood L(μ) ${scaleText} (per BPM^${summary.n})`, colour: 'var(--laplace)' },
                  { key: 'mu', label: 'Your μ', colour: 'var(--focus)' },
                  { key: 'mle', label: 'Sample mean x̄', colour: 'var(--text-muted)', dash: '4 3' },
                ]}
              />
              <CandidateCentreSlider
                range={domain}
                description={`At this centre L = ${formatPowerOfTen(normalLogLikelihoodFromStats(summary.stats, mu, sigma) / Math.LN10)} per BPM${superscript(summary.n)}.`}
              />
            </>
          )}
        </Figure>
      </div>

      <div className="prose">
        <ScrollBox label="The same formula f(x | θ), read two ways">
          <table className="compare-table">
            <caption>The same formula f(x | θ), read two ways</caption>
            <thead>
              <tr>
                <th scope="col">Reading</th>
                <th scope="col">Fixed</th>
                <th scope="col">Varies</th>
                <th scope="col">Question it answers</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Probability / density f(x | θ)</th>
                <td>the parameters θ</td>
                <td>the data x</td>
                <td>Given θ, how dense is each possible tempo?</td>
              </tr>
              <tr>
                <th scope="row">Likelihood L(θ)</th>
                <td>the data x (observed)</td>
                <td>the parameters θ</td>
                <td>Given the songs we measured, how plausible is each θ?</td>
              </tr>
            </tbody>
          </table>
        </ScrollBox>
        <p>
          So “the likelihood of μ = 116” is <em>not</em> “the probability that μ is 116”. It is how dense our actual
          songs would be if μ were 116. Maximum likelihood picks the θ under which the data we observed are the densest.
        </p>
      </div>
    </>
  );
}
