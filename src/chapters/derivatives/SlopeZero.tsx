import { createContext, useContext, useDeferredValue, useMemo } from 'react';
import { DataTable } from '../../ui/DataTable';
import { Figure } from '../../ui/Figure';
import { Legend } from '../../ui/Legend';
import { Section } from '../../ui/Section';
import { CandidateCentreSlider, CandidateSpreadSlider } from '../../features/params/SharedParamSliders';
import { Tex } from '../../ui/Tex';
import { CursorLine, TangentLayer } from '../../ui/charts/deferredCharts';
import { ProfileChart } from '../../features/params/ProfileChart';
import { formatNumber } from '../../model/format';
import { useGatedParams } from '../../features/params/useSectionParams';
import { useNearViewport } from '../../ui/useNearViewport';
import { useSettledValue } from '../../ui/useSettledValue';
import { normalScore } from '../../math/derivatives';
import { normalLogLikelihoodFromStats } from '../../math/likelihood';
import { labelWithUnit, selectDataWords } from '../../model/dataWords';
import { selectSummary } from '../../model/summary';
import { useLabStore } from '../../state/store';
import { profileOverMu, profileOverSigma } from './profiles';

export const STRATEGY_TEX = [
  String.raw`\ell(\mu, \sigma) = -\tfrac{n}{2}\log(2\pi) - n\log\sigma - \tfrac{1}{2\sigma^2}\textstyle\sum_{i}(x_i-\mu)^2`,
  String.raw`\frac{\partial \ell}{\partial \mu} = \frac{1}{\sigma^2}\sum_{i=1}^{n}(x_i-\mu) = 0`,
  String.raw`\frac{\partial \ell}{\partial \sigma} = -\frac{n}{\sigma} + \frac{1}{\sigma^3}\sum_{i=1}^{n}(x_i-\mu)^2 = 0`,
];

/** What each step of the strategy says, beside its formula in STRATEGY_TEX. */
const STRATEGY = [
  { say: 'Write down ℓ:', label: 'The log-likelihood' },
  { say: 'Set its slope in μ to zero and solve for μ̂:', label: 'Slope in μ set to zero' },
  { say: 'Set its slope in σ to zero and solve for σ̂:', label: 'Slope in σ set to zero' },
];

/**
 * For the layers inside the memoised charts: the sliders' μ and σ (the point and tangents follow
 * them at once), and where the σ slice drawn peaks when that is not σ̂ (it moves with the slice).
 */
const Params = createContext<{ live: { mu: number; sigma: number }; sliceTop: number | null }>({
  live: { mu: 0, sigma: 1 },
  sliceTop: null,
});

/** The point (μ, ℓ) and the tangent with slope ∂ℓ/∂μ. */
function MuTangent() {
  const { mu, sigma } = useContext(Params).live;
  const stats = useLabStore((s) => selectSummary(s).stats);
  return (
    <TangentLayer
      x={mu}
      y={normalLogLikelihoodFromStats(stats, mu, sigma)}
      slope={normalScore(stats, mu, sigma).dMu}
      colour="var(--focus)"
    />
  );
}

/** The point (σ, ℓ) and the tangent with slope ∂ℓ/∂σ, and the slice's own top where it is not σ̂. */
function SigmaTangent() {
  const {
    live: { mu, sigma },
    sliceTop,
  } = useContext(Params);
  const stats = useLabStore((s) => selectSummary(s).stats);
  return (
    <>
      {sliceTop !== null && <CursorLine x={sliceTop} colour="var(--series-3)" dash={SLICE_TOP_DASH} />}
      <TangentLayer
        x={sigma}
        y={normalLogLikelihoodFromStats(stats, mu, sigma)}
        slope={normalScore(stats, mu, sigma).dSigma}
        colour="var(--focus)"
      />
    </>
  );
}

const SLICE_TOP_DASH = '2 3';

/**
 * "Flat" when the slope per song is this small. ∂ℓ/∂μ grows with n, so the test is on the
 * slope divided by n (the mean NLL's gradient): 0.1-BPM slider steps can reach it at any n.
 * The slope is per unit of the data, so for the reader's data the test scales with their
 * round unit (the tempos' is 5 BPM).
 */
const FLAT_PER_SONG = 0.002;
const TEMPO_UNIT = 5;

export function SlopeZero() {
  const summary = useLabStore(selectSummary);
  const words = useLabStore(selectDataWords);
  const [ref, near] = useNearViewport<HTMLElement>();
  // The point and tangents follow the sliders at once; the curves (which change shape) deferred.
  const live = useGatedParams(near);
  const mu = useDeferredValue(live.mu);
  const sigma = useDeferredValue(live.sigma);
  const muDomain = useMemo((): [number, number] => [summary.muRange.min, summary.muRange.max], [summary]);
  const overMu = useMemo(() => profileOverMu(summary, sigma), [summary, sigma]);
  const overSigma = useMemo(() => profileOverSigma(summary, mu), [summary, mu]);
  const { dMu, dSigma } = normalScore(summary.stats, live.mu, live.sigma);
  // With μ held away from x̄, the σ slice peaks at √(σ̂² + (x̄ − μ)²), not at σ̂: the best σ depends on μ.
  const sliceTop = Math.sqrt(summary.normal.sigma ** 2 + (summary.normal.mu - mu) ** 2);
  const sliceTopDiffers = Math.abs(sliceTop - summary.normal.sigma) >= 0.005;
  // The slopes answer every step in their readout and the slice's top is a line on the chart;
  // the sentence restating where it lies catches up once the sliders rest (re-wrapping a
  // caption at every step repainted as much as the charts' lines did).
  const restingMu = useSettledValue(live.mu);
  const restingTop = Math.sqrt(summary.normal.sigma ** 2 + (summary.normal.mu - restingMu) ** 2);
  const restingTopDiffers = Math.abs(restingTop - summary.normal.sigma) >= 0.005;
  // The σ̂ line stays put; the slice's own top moves with μ, so it is a layer (SigmaTangent).
  const sigmaMarkers = useMemo(
    () => [{ key: 'hat', x: summary.normal.sigma, label: 'σ̂', colour: 'var(--text-muted)', dash: '4 3' }],
    [summary],
  );
  const layerParams = useMemo(
    () => ({ live, sliceTop: sliceTopDiffers ? sliceTop : null }),
    [live, sliceTop, sliceTopDiffers],
  );
  const muMarkers = useMemo(
    () => [{ key: 'hat', x: summary.normal.mu, label: 'x̄', colour: 'var(--text-muted)', dash: '4 3' }],
    [summary],
  );
  const flat = words.custom ? (FLAT_PER_SONG * TEMPO_UNIT) / summary.unit : FLAT_PER_SONG;
  const slopeText = (slope: number) =>
    Math.abs(slope) / summary.n < flat
      ? `${formatNumber(slope, 3)}: flat, the top of this slice`
      : `${formatNumber(slope, 3)}: ${slope > 0 ? 'uphill to the right' : 'uphill to the left'}`;

  return (
    <Section ref={ref} id="slope-zero" title="At the top of the hill, the slope is zero">
      <div className="prose">
        <p>
          With the sliders you found the top of ℓ by feel. Calculus finds it by a rule: at the top of a smooth hill the
          ground is level, so the slope there is <strong>zero</strong>. On either side it points up towards the top. ℓ
          depends on two numbers, so there are two slopes, one per direction: the partial derivatives.
        </p>
        <p>
          Below, each curve is a slice through ℓ: one direction moves, the other is held at your slider. The dashed line
          is the tangent at your point; its steepness is the slope.
        </p>
      </div>

      <div className="figure-frame">
        <Figure
          title="Two slices of ℓ, with the tangent at your point"
          caption={
            <>
              Both slopes are zero only at the maximum, μ = x̄ = {formatNumber(summary.normal.mu)} and σ = σ̂ ={' '}
              {formatNumber(summary.normal.sigma)}.
              {restingTopDiffers && (
                <>
                  {' '}
                  With μ held at {formatNumber(restingMu, 1)}, the σ slice peaks at √(σ̂² + (x̄ − μ)²) ={' '}
                  <strong data-testid="sigma-slice-top">{formatNumber(restingTop)}</strong>, not at σ̂: the best σ
                  depends on μ, and is σ̂ only at μ = x̄.
                </>
              )}
            </>
          }
          alternative={
            <DataTable
              summary="Show the slices as a table"
              caption="ℓ along each slice"
              columns={[
                labelWithUnit(words, 'μ'),
                `ℓ(μ, σ = ${formatNumber(sigma, 1)})`,
                labelWithUnit(words, 'σ'),
                `ℓ(μ = ${formatNumber(mu, 1)}, σ)`,
              ]}
              rowCount={25}
              row={(i) => [
                formatNumber(overMu[i * 5].x, 1),
                formatNumber(overMu[i * 5].y),
                formatNumber(overSigma[i * 5].x, 2),
                formatNumber(overSigma[i * 5].y),
              ]}
            />
          }
        >
          <Params.Provider value={layerParams}>
            <div className="chart-pair">
              <ProfileChart
                points={overMu}
                label="ℓ(μ)"
                xLabel={labelWithUnit(words, 'μ')}
                yLabel="ℓ(μ), σ held"
                colour="var(--laplace)"
                markers={muMarkers}
                Overlay={MuTangent}
                description="The log-likelihood as μ varies with σ held, with the tangent at the current point."
              />
              <ProfileChart
                points={overSigma}
                label="ℓ(σ)"
                xLabel={labelWithUnit(words, 'σ')}
                yLabel="ℓ(σ), μ held"
                colour="var(--series-3)"
                markers={sigmaMarkers}
                Overlay={SigmaTangent}
                description="The log-likelihood as σ varies with μ held, with the tangent at the current point."
              />
            </div>
          </Params.Provider>
          <Legend
            items={[
              { key: 'mu', label: 'ℓ as μ varies, σ held at your σ', colour: 'var(--laplace)' },
              { key: 'sigma', label: 'ℓ as σ varies, μ held at your μ', colour: 'var(--series-3)' },
              { key: 't', label: 'Your point and its tangent', colour: 'var(--focus)', dash: '6 3' },
              { key: 'hat', label: 'The maximum (x̄, σ̂)', colour: 'var(--text-muted)', dash: '4 3' },
              ...(sliceTopDiffers
                ? [
                    {
                      key: 'slice-top',
                      label: 'Top of the σ slice at your μ',
                      colour: 'var(--series-3)',
                      dash: SLICE_TOP_DASH,
                    },
                  ]
                : []),
            ]}
          />
          <div className="slider-grid">
            <CandidateCentreSlider range={muDomain} />
            <CandidateSpreadSlider range={[summary.sigmaRange.min, summary.sigmaRange.max]} />
          </div>
          <dl className="readout">
            <div>
              <dt>Slope in μ, ∂ℓ/∂μ</dt>
              <dd data-testid="slope-mu">{slopeText(dMu)}</dd>
            </div>
            <div>
              <dt>Slope in σ, ∂ℓ/∂σ</dt>
              <dd data-testid="slope-sigma">{slopeText(dSigma)}</dd>
            </div>
          </dl>
        </Figure>
      </div>

      <div className="prose">
        <p>The strategy, then, in three steps:</p>
        <ol className="derivation">
          {STRATEGY.map((step, i) => (
            <li key={step.say}>
              {step.say}
              <Tex block label={step.label}>
                {STRATEGY_TEX[i]}
              </Tex>
            </li>
          ))}
        </ol>
      </div>
    </Section>
  );
}
