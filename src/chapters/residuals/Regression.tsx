import { useId, useMemo, useState } from 'react';
import { ColourScaleKey } from '../../ui/ColourScaleKey';
import { DataTable } from '../../ui/DataTable';
import { Figure } from '../../ui/Figure';
import { Legend } from '../../ui/Legend';
import { LiveAnnouncement } from '../../ui/LiveAnnouncement';
import { ParamSlider } from '../../ui/ParamSlider';
import { ScrollBox } from '../../ui/ScrollBox';
import { Section } from '../../ui/Section';
import { Prediction } from '../../features/learning/Prediction';
import { Tex } from '../../ui/Tex';
import { SETTLE_MS } from '../../ui/useSettledValue';
import { formatCount, formatNumber, formatSmall, texNumber } from '../../model/format';
import { useResolvedTheme } from '../../state/useResolvedTheme';
import { normalPdf } from '../../math/distributions';
import { residuals, sumOfSquares } from '../../math/regression';
import { POPULARITY_MODEL } from '../../math/songCatalogue';
import { selectCatalogue } from '../../model/catalogue';
import { DEFAULT_STATE, useLabStore } from '../../state/store';
import { useSettledLabValue } from '../../state/useSettledLabValue';
import type { LabState } from '../../model/readerState';
import { centredFeatures, lineCoefficients, regressionFitsFor } from './fits';
import { ResidualHistogram } from './ResidualHistogram';
import { MAX_SHOWN, ScatterLayers, SongScatter, linePoints, songPoints, tempoDomain, valueDomain } from './SongScatter';
import { Term } from '../../features/learning/Term';

/** −log of a Normal(0, σ) density, summed: the NLL of residuals r with σ held fixed. */
const fixedSigmaNll = (n: number, sse: number, sigma: number) =>
  (n / 2) * Math.log(2 * Math.PI * sigma * sigma) + sse / (2 * sigma * sigma);

/** NLL = constant + multiplier × MSE, with the reader's numbers. */
export const nllIdentityTex = (constant: number, perMse: number, mse: number, nll: number) =>
  String.raw`\begin{aligned}\text{NLL} &= \frac{n}{2}\log(2\pi\sigma^2) + \frac{n}{2\sigma^2}\cdot\text{MSE} \\ &= ${texNumber(constant)} + ${texNumber(perMse, 4)} \times ${texNumber(mse)} = ${texNumber(nll)}\end{aligned}`;

/** The chart's moving parts: the reader's line and each song's residual, coloured by its density. */
function RegressionLayers() {
  const catalogue = useLabStore(selectCatalogue);
  const line = useLabStore((s) => s.line);
  const { popularity, sigma, line: fitted } = regressionFitsFor(catalogue);
  // What stays put while the line moves: the songs and the least-squares line, once per catalogue.
  const { xDomain, points, fittedLine } = useMemo(() => {
    const xDomain = tempoDomain(catalogue.tempo);
    return {
      xDomain,
      points: songPoints(catalogue.tempo, popularity),
      fittedLine: linePoints(fitted.intercept, fitted.slope, xDomain),
    };
  }, [catalogue, popularity, fitted]);
  const segments = points.map((p) => {
    const fit = line.intercept + line.slope * (p.x - 120);
    const t = Math.exp(-((p.y - fit) ** 2) / (2 * sigma * sigma));
    return { x: p.x, from: p.y, to: fit, t };
  });
  return (
    <ScatterLayers
      points={points}
      segments={segments}
      curves={[
        {
          key: 'fit',
          points: fittedLine,
          colour: 'var(--text-muted)',
          dash: '5 4',
          width: 1.5,
        },
        { key: 'line', points: linePoints(line.intercept, line.slope, xDomain), colour: 'var(--curve)' },
      ]}
    />
  );
}

const selectLine = (state: LabState) => state.line;

/**
 * The sliders, buttons and readouts: the one part of the section besides the chart's layers
 * that follows every step (the section's prose and figures do not render again).
 */
function RegressionControls() {
  const catalogue = useLabStore(selectCatalogue);
  const line = useLabStore(selectLine);
  const setLine = useLabStore((s) => s.setLine);
  const { popularity, sigma, line: fitted } = regressionFitsFor(catalogue);
  const n = popularity.length;
  const sse = sumOfSquares(residuals(lineCoefficients(line), [centredFeatures(catalogue).tempo], popularity));
  const mse = sse / n;
  const nll = fixedSigmaNll(n, sse, sigma);
  const bestSse = n * sigma * sigma;
  const bestNll = fixedSigmaNll(n, bestSse, sigma);
  const atFit = Math.abs(line.intercept - fitted.intercept) < 0.05 && Math.abs(line.slope - fitted.slope) < 0.0005;
  return (
    <div className="widget__controls">
      <ParamSlider
        label="Line height at 120 BPM, a"
        unit="points"
        value={line.intercept}
        min={0}
        max={100}
        step={0.1}
        onChange={(intercept) => setLine({ ...line, intercept })}
        description="Moves the whole line up and down."
      />
      <ParamSlider
        label="Line slope, b"
        unit="points per BPM"
        value={line.slope}
        min={-1}
        max={1.5}
        step={0.005}
        onChange={(slope) => setLine({ ...line, slope })}
        description="Tilts the line about 120 BPM."
      />
      <div className="button-row">
        <button type="button" onClick={() => setLine(fitted)} disabled={atFit}>
          Fit by least squares
        </button>
        <button type="button" className="button--quiet" onClick={() => setLine(DEFAULT_STATE.line)}>
          Start over with a flat line
        </button>
      </div>
      <dl className="readout">
        <div>
          <dt>Sum of squared errors (SSE)</dt>
          <dd>{formatNumber(sse, 1)}</dd>
        </div>
        <div>
          <dt>Mean squared error (MSE)</dt>
          <dd data-testid="regression-mse">{formatNumber(mse)}</dd>
        </div>
        <div>
          <dt>Negative log-likelihood (NLL)</dt>
          <dd data-testid="regression-nll">{formatNumber(nll)}</dd>
        </div>
      </dl>
      <p className="widget__hint">
        Lowest possible: MSE {formatNumber(bestSse / n)} and NLL {formatNumber(bestNll)}, both at a ={' '}
        {formatNumber(fitted.intercept)}, b = {formatNumber(fitted.slope, 3)}.
      </p>
      <LiveAnnouncement
        text={`Mean squared error ${formatNumber(mse)}, negative log-likelihood ${formatNumber(nll)}.`}
      />
    </div>
  );
}

/** The chart's text alternative: each song against the line as it stands. */
function LineResidualsTable() {
  const catalogue = useLabStore(selectCatalogue);
  const line = useLabStore(selectLine);
  const { popularity, sigma } = regressionFitsFor(catalogue);
  const lineResiduals = residuals(lineCoefficients(line), [centredFeatures(catalogue).tempo], popularity);
  return (
    <DataTable
      summary="Show each song’s residual as a table"
      caption="Each song’s popularity, your line’s prediction and the residual"
      columns={['Song', 'Tempo (BPM)', 'Popularity', 'Your line f(x)', 'Residual y − f(x)', 'Density']}
      rowCount={popularity.length}
      row={(i) => [
        i + 1,
        formatNumber(catalogue.tempo[i]),
        formatNumber(popularity[i]),
        formatNumber(popularity[i] - lineResiduals[i]),
        formatNumber(lineResiduals[i]),
        formatSmall(normalPdf(lineResiduals[i], 0, sigma)),
      ]}
    />
  );
}

export function Regression() {
  const id = useId();
  const catalogue = useLabStore(selectCatalogue);
  const palette = useLabStore((s) => s.palette);
  const dark = useResolvedTheme() === 'dark';
  const [residualsOf, setResidualsOf] = useState<'line' | 'all'>('line');

  const fits = regressionFitsFor(catalogue);
  const { popularity, sigma } = fits;
  const n = popularity.length;
  const constant = (n / 2) * Math.log(2 * Math.PI * sigma * sigma);
  const perMse = n / (2 * sigma * sigma);

  const xDomain = useMemo(() => tempoDomain(catalogue.tempo), [catalogue]);
  const [yMin, yMax] = useMemo(() => valueDomain(catalogue.popularity.normal), [catalogue]);
  const layers = useMemo(() => <RegressionLayers />, []);
  // The histogram and the typeset identity catch up once the sliders rest; the line, the
  // readouts and the table answer every step, in their own components.
  const settledLine = useSettledLabValue(selectLine, SETTLE_MS);
  const settledResiduals = useMemo(
    () =>
      residuals(
        lineCoefficients(settledLine),
        [centredFeatures(catalogue).tempo],
        regressionFitsFor(catalogue).popularity,
      ),
    [settledLine, catalogue],
  );
  const shownResiduals = residualsOf === 'line' ? settledResiduals : fits.allResiduals;
  const shownSigma = residualsOf === 'line' ? sigma : fits.allSigma;

  const settledMse = sumOfSquares(settledResiduals) / n;
  const identity = nllIdentityTex(constant, perMse, settledMse, constant + perMse * settledMse);

  return (
    <Section id="regression" title="What did we learn the distribution of?">
      <div className="prose">
        <p>
          So far each song had one number, its tempo, and we asked which Normal those numbers came from. Real models
          predict one thing from another. Your catalogue also records each song’s <strong>popularity</strong> (a score
          from 0 to 100), its duration and its loudness. Can tempo predict popularity?
        </p>
        <p>
          A straight line says: a song at tempo x should score f(x) = a + b · (x − 120), where a is the line’s height at
          120 BPM and b its slope. No line passes through every song, so each song misses by its{' '}
          <Term id="residual" after=",">
            residual
          </Term>{' '}
          y − f(x).
        </p>
        <Prediction
          id="trap-distribution"
          question="Earlier we fitted a Normal to the tempos. Fit this line by least squares: what is assumed to be Normal now?"
          options={[
            { id: 'tempos', label: 'The tempos x, as in the chapters before' },
            { id: 'popularity', label: 'The popularity scores y, what the line predicts' },
            { id: 'residuals', label: 'The residuals y − f(x), what the line misses by' },
          ]}
          answer="residuals"
          reveal={
            <p>
              Here is the twist. Regression assumes the residuals are Normal, centred on 0 with some spread σ, and
              maximum likelihood chooses the line under which the residuals have the highest likelihood. The
              distribution we learn is not the tempos’, nor the popularities’: it is the residuals’.
            </p>
          }
        />
      </div>
      <div className="figure-frame">
        <Figure
          title="Popularity against tempo, with your line and each song’s residual"
          caption={
            <>
              Each segment joins a song to your line: its residual. Its colour and width show the Normal(0, σ) density
              of that residual, with σ held at {formatNumber(sigma)} points (the spread of the best line’s residuals).
              {n > MAX_SHOWN && ` The chart shows the first ${formatCount(MAX_SHOWN)} of ${formatCount(n)} songs.`}
            </>
          }
          alternative={<LineResidualsTable />}
        >
          <SongScatter xDomain={xDomain} yMin={yMin} yMax={yMax} yLabel="Popularity (0–100)">
            {layers}
          </SongScatter>
          <Legend
            items={[
              { key: 'song', label: 'A song', colour: 'var(--point)', kind: 'dot' },
              { key: 'line', label: 'Your line', colour: 'var(--curve)' },
              { key: 'fit', label: 'The least-squares line', colour: 'var(--text-muted)', dash: '5 4' },
            ]}
          />
          <ColourScaleKey palette={palette} dark={dark} scaleLabel="Each residual: its Normal density" />
          <RegressionControls />
        </Figure>
      </div>
      <div className="prose">
        <p>
          Move either slider and watch the MSE and the NLL: they rise and fall together, and bottom out at the same
          line. That is no coincidence. With σ fixed, each residual’s −log density is a constant plus r²/(2σ²), so the
          negative log-likelihood is a constant plus a multiple of the sum of squared errors, SSE = n · MSE. With your
          numbers:
        </p>
        <Tex block label="The negative log-likelihood as a function of the mean squared error, with your numbers">
          {identity}
        </Tex>
        <p>
          The constant and the multiplier depend only on n and σ, not on the line. Whatever σ is, the line that
          minimises the MSE minimises the NLL:{' '}
          <strong>least squares is maximum likelihood with Normal residuals</strong>. (Once the line is found, the best
          σ is the root mean squared residual, just as σ̂ was the root mean squared deviation of the tempos.)
        </p>
      </div>
      <div className="figure-frame">
        <Figure
          title="The residuals, with the Normal they are assumed to follow"
          caption={
            residualsOf === 'line' ? (
              <>
                Residuals of your line, with the Normal(0, {formatNumber(sigma)}) density. Off the best line, the
                histogram slides away from 0 or spreads out, and the fixed Normal no longer fits it.
              </>
            ) : (
              <>
                Residuals of the least-squares fit on all three features, with the Normal(0,{' '}
                {formatNumber(fits.allSigma)}) density. Duration and loudness explain part of what tempo could not, so
                the residuals are narrower: σ̂ falls from {formatNumber(sigma)} to {formatNumber(fits.allSigma)}.
              </>
            )
          }
          alternative={
            <DataTable
              summary="Show the residuals as a table"
              caption="Residuals in order of song"
              columns={['Song', 'Residual (points)']}
              rowCount={shownResiduals.length}
              row={(i) => [i + 1, formatNumber(shownResiduals[i])]}
            />
          }
        >
          <fieldset className="toggle">
            <legend>Residuals of</legend>
            <label>
              <input
                type="radio"
                name={`${id}-of`}
                checked={residualsOf === 'line'}
                onChange={() => setResidualsOf('line')}
              />
              your line (tempo only)
            </label>
            <label>
              <input
                type="radio"
                name={`${id}-of`}
                checked={residualsOf === 'all'}
                onChange={() => setResidualsOf('all')}
              />
              the best fit on all three features
            </label>
          </fieldset>
          <ResidualHistogram residuals={shownResiduals} normalSigma={shownSigma} />
          <Legend
            items={[
              { key: 'bars', label: 'Residuals (histogram)', colour: 'var(--histogram)', kind: 'box' },
              { key: 'normal', label: `Normal(0, σ = ${formatNumber(shownSigma)})`, colour: 'var(--normal)' },
            ]}
          />
        </Figure>
      </div>
      <div className="prose">
        <p>The same recipe fits all three features at once; least squares finds every coefficient together:</p>
        <ScrollBox label="Coefficients of the three-feature fit">
          <table className="compare-table">
            <caption>Least-squares coefficients of popularity on all three features, beside the true ones</caption>
            <thead>
              <tr>
                <th scope="col">Term</th>
                <th scope="col">Fitted</th>
                <th scope="col">True (used to generate the data)</th>
              </tr>
            </thead>
            <tbody>
              {[
                ['Popularity of a typical song (120 BPM, 3.75 min, −9 dB)', POPULARITY_MODEL.intercept],
                ['Per BPM of tempo', POPULARITY_MODEL.tempo],
                ['Per minute of duration', POPULARITY_MODEL.duration],
                ['Per dB of loudness', POPULARITY_MODEL.loudness],
              ].map(([term, truth], j) => (
                <tr key={term}>
                  <th scope="row">{term}</th>
                  <td>{formatNumber(fits.all[j], 3)}</td>
                  <td>{formatNumber(truth as number, 2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </div>
    </Section>
  );
}
