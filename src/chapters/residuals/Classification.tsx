import { useMemo } from 'react';
import { ColourScaleKey } from '../../ui/ColourScaleKey';
import { DataTable } from '../../ui/DataTable';
import { Figure } from '../../ui/Figure';
import { Legend } from '../../ui/Legend';
import { LiveAnnouncement } from '../../ui/LiveAnnouncement';
import { ParamSlider } from '../../ui/ParamSlider';
import { Section } from '../../ui/Section';
import { Tex } from '../../ui/Tex';
import { useSettledValue } from '../../ui/useSettledValue';
import { formatCount, formatNumber, texNumber } from '../../model/format';
import { useResolvedTheme } from '../../state/useResolvedTheme';
import { logistic, logisticMeanNll, logisticNll, predict, type Line } from '../../math/regression';
import { selectCatalogue } from '../../model/catalogue';
import { useLabStore } from '../../state/store';
import { centredFeatures, classificationFitsFor, lineCoefficients } from './fits';
import { MAX_SHOWN, ScatterLayers, SongScatter, songPoints, tempoDomain } from './SongScatter';

export const BERNOULLI_TEX = String.raw`\begin{aligned}
P(y \mid p) &= p^{\,y}\,(1-p)^{1-y} \\
-\log P(y \mid p) &= -\,y\log p - (1-y)\log(1-p) \\
\text{BCE} &= \frac{1}{n}\sum_{i=1}^{n} -\log P(y_i \mid p_i), \qquad p_i = \frac{1}{1 + e^{-(w_0 + w_1 (x_i - 120))}}
\end{aligned}`;

/** BCE with the reader's numbers, beside its value at the fit. */
export const bceTex = (n: number, bce: number, fitted: number) =>
  String.raw`\text{BCE} = -\frac{1}{${n}}\sum_{i=1}^{${n}} \log P(y_i \mid p_i) = ${texNumber(bce, 4)}, \qquad \text{at the fit: } ${texNumber(fitted, 4)}`;

/** The probability curve for given weights, across the tempo axis. */
function logisticCurve(w: Line, [a, b]: [number, number]) {
  return Array.from({ length: 121 }, (_, k) => {
    const x = a + ((b - a) * k) / 120;
    return { x, y: logistic(w.intercept + w.slope * (x - 120)) };
  });
}

/** The chart's moving parts: the reader's curve and each song's gap to it, coloured by P(yᵢ | pᵢ). */
function ClassificationLayers() {
  const catalogue = useLabStore(selectCatalogue);
  const logit = useLabStore((s) => s.logit);
  // What stays put while the weights move: the songs and the fitted curve, once per catalogue.
  const { fitted, xDomain, points, fittedCurve } = useMemo(() => {
    const [w0, w1] = classificationFitsFor(catalogue).tempo.coefficients;
    const fitted = { intercept: w0, slope: w1 };
    const xDomain = tempoDomain(catalogue.tempo);
    return {
      fitted,
      xDomain,
      points: songPoints(catalogue.tempo, catalogue.hit),
      fittedCurve: logisticCurve(fitted, xDomain),
    };
  }, [catalogue]);
  const weights = logit ?? fitted;
  const segments = points.map((p) => {
    const prob = logistic(weights.intercept + weights.slope * (p.x - 120));
    const observed = p.y === 1 ? prob : 1 - prob;
    return { x: p.x, from: p.y, to: prob, t: observed };
  });
  return (
    <ScatterLayers
      points={points}
      segments={segments}
      curves={[
        { key: 'fit', points: fittedCurve, colour: 'var(--text-muted)', dash: '5 4', width: 1.5 },
        { key: 'yours', points: logisticCurve(weights, xDomain), colour: 'var(--curve)' },
      ]}
    />
  );
}

export function Classification() {
  const catalogue = useLabStore(selectCatalogue);
  const logit = useLabStore((s) => s.logit);
  const setLogit = useLabStore((s) => s.setLogit);
  const palette = useLabStore((s) => s.palette);
  const dark = useResolvedTheme() === 'dark';
  const fits = classificationFitsFor(catalogue);
  const { tempo } = centredFeatures(catalogue);
  const hit = catalogue.hit;
  const n = hit.length;
  const hits = hit.reduce((a, b) => a + b, 0);

  const [fitted0, fitted1] = fits.tempo.coefficients;
  const fitted: Line = { intercept: fitted0, slope: fitted1 };
  const weights = logit ?? fitted;
  const logOdds = predict(lineCoefficients(weights), [tempo]);
  const bce = logisticMeanNll(logOdds, hit);
  // The typeset formula catches up once the slider rests; the chart and readouts follow every step.
  const settledBce = useSettledValue(bce);
  const fittedBce = logisticMeanNll(predict(fits.tempo.coefficients, [tempo]), hit);
  const allBce = logisticMeanNll(fits.allLogOdds, hit);
  const atFit = logit === null;

  const xDomain = useMemo(() => tempoDomain(catalogue.tempo), [catalogue]);
  const layers = useMemo(() => <ClassificationLayers />, []);
  let worst = 0;
  for (let i = 1, worstLoss = logisticNll(logOdds[0], hit[0]); i < n; i++) {
    const loss = logisticNll(logOdds[i], hit[i]);
    if (loss > worstLoss) [worst, worstLoss] = [i, loss];
  }
  const worstP = logistic(logOdds[worst]);
  // A sentence restating numbers, so it catches up once the slider rests, as the formula does:
  // re-wrapping a paragraph at every step cost each frame about as much as the chart's lines.
  const costliest = useSettledValue(
    `The song costing most: song ${worst + 1} (${hit[worst] ? 'a hit' : 'a miss'} at ${formatNumber(catalogue.tempo[worst], 1)} BPM), given probability ${formatNumber(hit[worst] ? worstP : 1 - worstP, 3)}, so −log P = ${formatNumber(logisticNll(logOdds[worst], hit[worst]), 3)}.`,
  );

  return (
    <Section id="classification" title="Classification: cross-entropy is a Bernoulli likelihood">
      <div className="prose">
        <p>
          Some targets are not numbers but outcomes. Was a song a <strong>hit</strong>? Of your {formatCount(n)} songs,{' '}
          {formatCount(hits)} were. A residual y − f(x) makes little sense for a yes-or-no answer, but a distribution
          does: assume each song is a hit with probability p, a <strong>Bernoulli</strong> outcome, and let the model
          predict p from tempo through the logistic curve, which turns any number of log-odds into a probability between
          0 and 1.
        </p>
        <Tex block label="The Bernoulli probability of a label, its negative log, and binary cross-entropy">
          {BERNOULLI_TEX}
        </Tex>
        <p>
          The likelihood of one song is the probability the model gave to what actually happened: p for a hit, 1 − p for
          a miss. Taking −log and averaging gives exactly the <strong>binary cross-entropy</strong> loss of every
          classifier. Maximising the Bernoulli likelihood and minimising cross-entropy are one and the same.
        </p>
      </div>
      <div className="figure-frame">
        <Figure
          title="Probability of a hit against tempo, with each song’s outcome"
          caption={
            <>
              Hits sit at 1, misses at 0. Each segment runs from a song to the curve; its colour and width show the
              probability the model gave to what really happened (for a hit, the curve’s height; for a miss, 1 minus
              it).
              {n > MAX_SHOWN && ` The chart shows the first ${formatCount(MAX_SHOWN)} of ${formatCount(n)} songs.`}
            </>
          }
          alternative={
            <DataTable
              summary="Show each song’s probability and loss as a table"
              caption="Each song’s outcome, predicted probability of a hit and −log P(y | p)"
              columns={['Song', 'Tempo (BPM)', 'Hit?', 'p (probability of a hit)', '−log P(y | p)']}
              rowCount={n}
              row={(i) => [
                i + 1,
                formatNumber(catalogue.tempo[i]),
                hit[i] ? 'hit' : 'no',
                formatNumber(logistic(logOdds[i]), 3),
                formatNumber(logisticNll(logOdds[i], hit[i]), 3),
              ]}
            />
          }
        >
          <SongScatter xDomain={xDomain} yMax={1} yLabel="Probability of a hit">
            {layers}
          </SongScatter>
          <Legend
            items={[
              { key: 'song', label: 'A song (hit = 1, miss = 0)', colour: 'var(--point)', kind: 'dot' },
              { key: 'yours', label: 'Your curve', colour: 'var(--curve)' },
              { key: 'fit', label: 'The maximum-likelihood curve', colour: 'var(--text-muted)', dash: '5 4' },
            ]}
          />
          <ColourScaleKey palette={palette} dark={dark} scaleLabel="Each song: probability given to its outcome" />
          <div className="widget__controls">
            <ParamSlider
              label="Log-odds of a hit at 120 BPM, w₀"
              unit="log-odds"
              value={weights.intercept}
              min={-4}
              max={4}
              step={0.01}
              onChange={(intercept) => setLogit({ ...weights, intercept })}
              description="Raises or lowers the chance of a hit at every tempo."
            />
            <ParamSlider
              label="Change in log-odds per BPM, w₁"
              unit="log-odds per BPM"
              value={weights.slope}
              min={-0.3}
              max={0.3}
              step={0.001}
              onChange={(slope) => setLogit({ ...weights, slope })}
              description="How steeply the chance of a hit rises (or falls) with tempo."
            />
            <div className="button-row">
              <button type="button" onClick={() => setLogit(null)} disabled={atFit || !fits.tempo.converged}>
                Return to the maximum-likelihood fit
              </button>
            </div>
            <dl className="readout">
              <div>
                <dt>Binary cross-entropy (mean Bernoulli NLL)</dt>
                <dd data-testid="logistic-bce">{formatNumber(bce, 4)}</dd>
              </div>
              <div>
                <dt>At the fit</dt>
                <dd>{formatNumber(fittedBce, 4)}</dd>
              </div>
              <div>
                <dt>With all three features</dt>
                <dd>{formatNumber(allBce, 4)}</dd>
              </div>
            </dl>
            <p className="widget__hint">
              {fits.tempo.converged
                ? `Newton’s method found the fit (w₀ = ${formatNumber(fitted0, 3)}, w₁ = ${formatNumber(fitted1, 3)} per BPM) in ${fits.tempo.iterations} steps, by maximising the Bernoulli log-likelihood directly.`
                : 'Tempo separates these hits from the misses perfectly, so the likelihood keeps rising as the curve steepens: there is no finite maximum. Try more songs.'}{' '}
              {costliest}
            </p>
            <LiveAnnouncement text={`Binary cross-entropy ${formatNumber(bce, 4)}.`} />
          </div>
        </Figure>
      </div>
      <div className="prose">
        <p>
          Move either weight away from the fit and the cross-entropy rises: the maximum-likelihood curve is the one with
          the lowest loss, because the loss is the negative log-likelihood. With your current weights,
        </p>
        <Tex block label="Binary cross-entropy with your numbers">
          {bceTex(n, settledBce, fittedBce)}
        </Tex>
        <p>
          Adding duration and loudness as features changes only how p is computed; the loss is still the Bernoulli
          negative log-likelihood, and it drops to {formatNumber(allBce, 4)}. With more than two classes the Bernoulli
          becomes a Categorical distribution and the loss becomes the cross-entropy you met in the likelihood chapter:
          the same idea again.
        </p>
      </div>
    </Section>
  );
}
