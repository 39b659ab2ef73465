import { CLOSE_CALL } from '../../math/modelComparison';
import { useCallback, useId, useMemo, useState } from 'react';
import { DataTable } from '../../ui/DataTable';
import { Figure } from '../../ui/Figure';
import { Legend } from '../../ui/Legend';
import { LiveAnnouncement } from '../../ui/LiveAnnouncement';
import { ParamSlider } from '../../ui/ParamSlider';
import { ScrollBox } from '../../ui/ScrollBox';
import { Section } from '../../ui/Section';
import { Prediction } from '../../features/learning/Prediction';
import { Tex } from '../../ui/Tex';
import { useSettledValue } from '../../ui/useSettledValue';
import { formatCount, formatNumber } from '../../model/format';
import { NOISE_SD, VIRAL_BOOST, type NoiseKind } from '../../math/songCatalogue';
import { selectCatalogue } from '../../model/catalogue';
import { useLabStore } from '../../state/store';
import { robustFitsFor, type RobustFit } from './fits';
import { LAPLACE_STYLE, NORMAL_STYLE, ResidualHistogram, residualReach } from './ResidualHistogram';
import { MAX_SHOWN, ScatterLayers, SongScatter, linePoints, songPoints, tempoDomain } from './SongScatter';

const NOISE_LABELS: Record<NoiseKind, string> = {
  normal: 'Normal',
  laplace: 'Laplace (heavier tails)',
  viral: 'Normal, plus a few viral hits',
};

export const LOSS_TEX = String.raw`\begin{aligned}
\text{Normal:}\quad -\log f(r) &= \frac{r^2}{2\sigma^2} + \text{const} \\
\text{Laplace:}\quad -\log f(r) &= \frac{|r|}{b} + \text{const}
\end{aligned}`;

// Both models have the same number of parameters (a line and a scale), so their maximised
// log-likelihoods compare directly, by the rule of src/math/modelComparison.ts.
const MSE_COLOUR = NORMAL_STYLE.colour;
const MAE_COLOUR = LAPLACE_STYLE.colour;

/**
 * The song offered first: the one at the most extreme tempo (moving it tilts a least-squares
 * line most) among those clearly above the least-absolute-deviations line. A song the MAE line
 * passes through would drag that line too, which is a different lesson (leverage) from the
 * one this figure teaches.
 */
function songToOffer(tempo: Float64Array, maeResiduals: Float64Array, shown: number): number {
  let best = 0;
  let reach = -1;
  for (let i = 0; i < shown; i++) {
    if (maeResiduals[i] > 1 && Math.abs(tempo[i] - 120) > reach) [best, reach] = [i, Math.abs(tempo[i] - 120)];
  }
  return best;
}

const heightAt = (fit: RobustFit, tempo: number) => fit.line.intercept + fit.line.slope * (tempo - 120);

/** The chart's moving parts: the songs (one of them ringed) and both fitted lines. */
function MseLayers({ song, onDrag }: { song: number; onDrag: (index: number, value: number) => void }) {
  const catalogue = useLabStore(selectCatalogue);
  const noise = useLabStore((s) => s.noise);
  const moved = useLabStore((s) => s.moved);
  const { leastSquares: mse, leastAbsolute: mae, popularity } = robustFitsFor(catalogue, noise, moved);
  const xDomain = tempoDomain(catalogue.tempo);
  const points = songPoints(catalogue.tempo, popularity);
  const shown = points.length;
  return (
    <ScatterLayers
      points={points}
      highlighted={song < shown ? song : null}
      onDrag={onDrag}
      curves={[
        { key: 'mse', points: linePoints(mse.line.intercept, mse.line.slope, xDomain), colour: MSE_COLOUR },
        {
          key: 'mae',
          points: linePoints(mae.line.intercept, mae.line.slope, xDomain),
          colour: MAE_COLOUR,
          dash: '7 4',
        },
      ]}
    />
  );
}

export function MseVsMae() {
  const id = useId();
  const catalogue = useLabStore(selectCatalogue);
  const noise = useLabStore((s) => s.noise);
  const setNoise = useLabStore((s) => s.setNoise);
  const moved = useLabStore((s) => s.moved);
  const setMoved = useLabStore((s) => s.setMoved);
  const n = catalogue.tempo.length;
  const shown = Math.min(n, MAX_SHOWN);
  const [chosen, setChosen] = useState<number | null>(moved?.song ?? null);
  const fits = robustFitsFor(catalogue, noise, moved);
  const unmoved = robustFitsFor(catalogue, noise, null);
  const song = Math.min(chosen ?? songToOffer(catalogue.tempo, unmoved.leastAbsolute.residuals, shown), n - 1);
  const { leastSquares: mse, leastAbsolute: mae, popularity } = fits;
  const xDomain = useMemo(() => tempoDomain(catalogue.tempo), [catalogue]);
  // The histograms (below the chart) catch up once the drag rests: the lines and the table answer every step.
  const settled = robustFitsFor(catalogue, useSettledValue(noise), useSettledValue(moved));
  // Binning both sets of residuals takes a third of a millisecond: once per settled fit, not per step.
  const reach = useMemo(
    () => residualReach(settled.leastSquares.residuals, settled.leastAbsolute.residuals),
    [settled],
  );
  const songTempo = catalogue.tempo[song];
  const isMoved = moved !== null && moved.popularity !== catalogue.popularity[noise][moved.song];
  const shift = (key: 'leastSquares' | 'leastAbsolute') =>
    Math.abs(heightAt(fits[key], songTempo) - heightAt(unmoved[key], songTempo));
  const lead = mse.normalLogLik - mae.laplaceLogLik;
  // The sentence restates the table's last column, so it catches up once the drag rests:
  // re-wrapping a paragraph below the table at every step widened each frame's repaint to it.
  const followed = useSettledValue(
    moved && isMoved
      ? `Since you moved song ${moved.song + 1}, the least-squares line has moved ${formatNumber(shift('leastSquares'))} points at its tempo, the least-absolute-deviations line ${formatNumber(shift('leastAbsolute'))}.`
      : 'Move a song to see how far each line follows it.',
  );

  const move = useCallback(
    (index: number, value: number) => {
      setChosen(index);
      setMoved({ song: index, popularity: Math.round(Math.min(100, Math.max(0, value)) * 2) / 2 });
    },
    [setMoved],
  );
  const layers = useMemo(() => <MseLayers song={song} onDrag={move} />, [song, move]);

  return (
    <Section id="mse-vs-mae" title="MSE or MAE: choosing a loss is choosing a distribution">
      <div className="prose">
        <p>
          If least squares is what Normal residuals imply, other assumptions must imply other losses. Assume the
          residuals are <strong>Laplace</strong> instead, the pointier, heavier-tailed distribution from the assumption
          chapter, and maximum likelihood minimises the sum of absolute residuals: the mean absolute error. Only the
          part of −log f that depends on the line matters, and it is r² for one assumption and |r| for the other:
        </p>
        <Tex block label="The negative log-density of a residual under each assumption, and the loss it implies">
          {LOSS_TEX}
        </Tex>
        <p>
          Below, the same songs are fitted both ways. Change the noise that generated the popularity scores, then grab
          the ringed song (or any other, or use the controls) and drag it up into a viral hit.
        </p>
        <Prediction
          id="outlier-line"
          question="Before you drag: when one song shoots far above the rest, which line will move more?"
          options={[
            { id: 'mse', label: 'The least-squares (MSE) line' },
            { id: 'mae', label: 'The least-absolute (MAE) line' },
            { id: 'same', label: 'Both about the same' },
          ]}
          answer="mse"
          reveal={
            <p>
              The squared loss grows with the square of the song’s residual: one residual of 40 costs as much as sixteen
              residuals of 10, so the least-squares line tilts and lifts to shrink it. The absolute loss charges 40 only
              four times as much as 10, and the MAE line, a median at heart, stays with the crowd. Drag a song and
              compare the two shifts below.
            </p>
          }
        />
      </div>
      <div className="figure-frame">
        <Figure
          title="The same songs fitted twice: least squares and least absolute deviations"
          caption={
            <>
              The solid line minimises the squared residuals (Normal assumption), the dashed line the absolute ones
              (Laplace assumption, fitted exactly as a line through two of the songs). The ringed song is the one you
              move.
              {n > MAX_SHOWN && ` The chart shows the first ${formatCount(MAX_SHOWN)} of ${formatCount(n)} songs.`}
            </>
          }
          alternative={
            <DataTable
              summary="Show the songs and both fits as a table"
              caption="Each song with the residuals of both lines"
              columns={['Song', 'Tempo (BPM)', 'Popularity', 'Residual, MSE line', 'Residual, MAE line']}
              rowCount={n}
              row={(i) => [
                i + 1,
                formatNumber(catalogue.tempo[i]),
                formatNumber(popularity[i]),
                formatNumber(mse.residuals[i]),
                formatNumber(mae.residuals[i]),
              ]}
            />
          }
        >
          <fieldset className="toggle">
            <legend>Noise in the popularity scores</legend>
            {(Object.keys(NOISE_LABELS) as NoiseKind[]).map((kind) => (
              <label key={kind}>
                <input type="radio" name={`${id}-noise`} checked={noise === kind} onChange={() => setNoise(kind)} />
                {NOISE_LABELS[kind]}
              </label>
            ))}
          </fieldset>
          <SongScatter xDomain={xDomain} yMax={100} yLabel="Popularity (0–100)">
            {layers}
          </SongScatter>
          <Legend
            items={[
              { key: 'song', label: 'A song', colour: 'var(--point)', kind: 'dot' },
              { key: 'mse', label: 'Least squares (MSE, Normal residuals)', colour: MSE_COLOUR },
              {
                key: 'mae',
                label: 'Least absolute deviations (MAE, Laplace residuals)',
                colour: MAE_COLOUR,
                dash: '7 4',
              },
            ]}
          />
          <div className="widget__controls">
            <div className="number-field">
              <label htmlFor={`${id}-song`}>Song to move (1 to {formatCount(n)})</label>
              <input
                id={`${id}-song`}
                type="number"
                min={1}
                max={n}
                step={1}
                value={song + 1}
                onChange={(event) => {
                  const k = Math.round(Number(event.target.value));
                  if (Number.isFinite(k) && k >= 1 && k <= n) setChosen(k - 1);
                }}
              />
            </div>
            <ParamSlider
              label={`Popularity of song ${song + 1}`}
              unit="points"
              value={popularity[song]}
              min={0}
              max={100}
              step={0.5}
              onChange={(value) => move(song, value)}
              description={`Its tempo is ${formatNumber(songTempo, 1)} BPM.`}
            />
            <div className="button-row">
              <button type="button" className="button--quiet" onClick={() => setMoved(null)} disabled={!moved}>
                Restore the song
              </button>
            </div>
            <ScrollBox label="Both fitted lines">
              <table className="compare-table">
                <caption>The two fitted lines: f(x) = a + b · (x − 120)</caption>
                <thead>
                  <tr>
                    <th scope="col">Fit</th>
                    <th scope="col">Height a at 120 BPM</th>
                    <th scope="col">Slope b per BPM</th>
                    <th scope="col">Moved at song {song + 1}’s tempo</th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">Least squares (MSE)</th>
                    <td data-testid="mse-intercept">{formatNumber(mse.line.intercept)}</td>
                    <td data-testid="mse-slope">{formatNumber(mse.line.slope, 3)}</td>
                    <td data-testid="mse-shift">{formatNumber(shift('leastSquares'))}</td>
                  </tr>
                  <tr>
                    <th scope="row">Least absolute deviations (MAE)</th>
                    <td data-testid="mae-intercept">{formatNumber(mae.line.intercept)}</td>
                    <td data-testid="mae-slope">{formatNumber(mae.line.slope, 3)}</td>
                    <td data-testid="mae-shift">{formatNumber(shift('leastAbsolute'))}</td>
                  </tr>
                </tbody>
              </table>
            </ScrollBox>
            <p className="widget__hint">{followed}</p>
            <LiveAnnouncement
              text={`Least-squares slope ${formatNumber(mse.line.slope, 3)}, least-absolute-deviations slope ${formatNumber(mae.line.slope, 3)}.`}
            />
          </div>
        </Figure>
      </div>
      <div className="prose">
        <p>
          Why does the dashed line hardly care? The slope of |r| is ±1 whatever the size of r, so the absolute loss only
          asks which side of the line each song lies on. Once a song is clear of the line, pulling it further changes
          nothing. (Drag a song that the dashed line passes through, at an extreme tempo, and the line does tilt: least
          absolute deviations resists outliers in popularity, not in tempo.)
        </p>
        <p>
          Which assumption suits these residuals? Maximum likelihood can answer that too: fit each model fully (its line
          and its scale, σ̂ = √(Σr²/n) for the Normal, b̂ = Σ|r|/n for the Laplace) and compare the log-likelihoods they
          reach. The higher one explains the data better.
        </p>
      </div>
      <div className="figure-frame">
        <Figure
          title="Each fit’s residuals, with the fitted Normal and the fitted Laplace"
          caption={
            <>
              First chart: residuals of the least-squares line. Second chart: residuals of the least-absolute-deviations
              line. The true noise is {NOISE_LABELS[noise].toLowerCase()}
              {noise === 'viral' && ` (${VIRAL_BOOST} points added to a few songs)`}
              {noise !== 'viral' && ` with standard deviation ${NOISE_SD}`}; the other two features add their own
              scatter.
            </>
          }
          alternative={
            <DataTable
              summary="Show both sets of residuals as a table"
              caption="Residuals of both lines"
              columns={['Song', 'Residual, MSE line', 'Residual, MAE line']}
              rowCount={n}
              row={(i) => [i + 1, formatNumber(mse.residuals[i]), formatNumber(mae.residuals[i])]}
            />
          }
        >
          <div className="chart-pair">
            <div>
              <p className="chart-pair__title">Least-squares residuals</p>
              <ResidualHistogram
                residuals={settled.leastSquares.residuals}
                normalSigma={settled.leastSquares.sigma}
                laplaceScale={settled.leastSquares.scale}
                reach={reach}
                height={200}
              />
            </div>
            <div>
              <p className="chart-pair__title">Least-absolute-deviations residuals</p>
              <ResidualHistogram
                residuals={settled.leastAbsolute.residuals}
                normalSigma={settled.leastAbsolute.sigma}
                laplaceScale={settled.leastAbsolute.scale}
                reach={reach}
                height={200}
              />
            </div>
          </div>
          <Legend
            items={[
              { key: 'bars', label: 'Residuals (histogram)', colour: 'var(--histogram)', kind: 'box' },
              { key: 'normal', label: 'Fitted Normal(0, σ̂)', ...NORMAL_STYLE },
              { key: 'laplace', label: 'Fitted Laplace(0, b̂)', ...LAPLACE_STYLE },
            ]}
          />
          <ScrollBox label="Log-likelihoods of both models">
            <table className="compare-table" aria-live="polite">
              <caption>Log-likelihood ℓ of the residuals (higher is better)</caption>
              <thead>
                <tr>
                  <th scope="col">Residuals of</th>
                  <th scope="col">Under the fitted Normal</th>
                  <th scope="col">Under the fitted Laplace</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">Least squares</th>
                  <td>
                    <strong data-testid="normal-model-loglik">{formatNumber(mse.normalLogLik, 1)}</strong> (σ̂ ={' '}
                    {formatNumber(mse.sigma)})
                  </td>
                  <td>{formatNumber(mse.laplaceLogLik, 1)}</td>
                </tr>
                <tr>
                  <th scope="row">Least absolute deviations</th>
                  <td>{formatNumber(mae.normalLogLik, 1)}</td>
                  <td>
                    <strong data-testid="laplace-model-loglik">{formatNumber(mae.laplaceLogLik, 1)}</strong> (b̂ ={' '}
                    {formatNumber(mae.scale)})
                  </td>
                </tr>
              </tbody>
            </table>
          </ScrollBox>
        </Figure>
      </div>
      <div className="prose">
        <p>
          The two bold numbers are the two models at their best: the Normal model (least-squares line, σ̂) reaches ℓ ={' '}
          {formatNumber(mse.normalLogLik, 1)}, the Laplace model (least-absolute-deviations line, b̂) ℓ ={' '}
          {formatNumber(mae.laplaceLogLik, 1)}.{' '}
          {Math.abs(lead) < CLOSE_CALL ? (
            <>
              That is <strong>too close to call</strong>: with {formatCount(n)} songs, a gap under {CLOSE_CALL} in ℓ
              could come from chance alone. Try the Laplace noise or the viral hits, or drag a song far away.
            </>
          ) : lead > 0 ? (
            <>
              The <strong>Normal assumption fits these residuals better</strong>. Try the Laplace noise or the viral
              hits, or drag a song far away, and watch the Laplace model take over.
            </>
          ) : (
            <>
              The <strong>Laplace assumption fits these residuals better</strong>: heavy tails, or a few far-off songs,
              are just what a Laplace expects and a Normal cannot explain.
            </>
          )}{' '}
          Each line is also the best in its own column: least squares maximises the Normal likelihood, least absolute
          deviations the Laplace one.
        </p>
      </div>
    </Section>
  );
}
