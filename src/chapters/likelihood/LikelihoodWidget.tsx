import { memo, useDeferredValue, useMemo, useState, type KeyboardEvent } from 'react';
import { ChartBox } from '../../components/ChartBox';
import { DataTable } from '../../components/DataTable';
import { ParamSlider } from '../../components/ParamSlider';
import { Tex } from '../../components/Tex';
import { DensityPlot } from '../../components/charts/DensityPlot';
import { formatCount, formatNumber, formatSmall } from '../../components/format';
import { useResolvedTheme } from '../../components/useResolvedTheme';
import { normalLogPdf, normalPdf } from '../../math/distributions';
import { AXIS_TOPS, niceCeil } from '../../math/histogram';
import { normalLogLikelihoodFromStats, normalLogLikelihoodTerms } from '../../math/likelihood';
import { MIN_SIGMA, selectSample, selectSummary } from '../../state/derived';
import { useLabStore, type Palette } from '../../state/store';
import { ColourScaleKey } from '../../components/ColourScaleKey';
import { LiveAnnouncement } from '../../components/LiveAnnouncement';
import { DensityLines, PointMarks } from './DensityLines';
import { MaximumReveal } from './MaximumReveal';
import { LOG_LIKELIHOOD_TEX, displayedPoints, logLikelihoodTex, type DataPoint } from './widgetMath';

/** More lines than this stop being readable (and slow the SVG); quantiles stand in. */
const MAX_LINES = 1000;
/** The live region speaks after the reader pauses, not at every slider step. */

interface WidgetChartProps {
  points: DataPoint[];
  xDomain: [number, number];
  yTop: number;
  referenceDensity: number;
  palette: Palette;
  dark: boolean;
  inspected: number | null;
  onInspect: (index: number | null) => void;
}

/** How many straight segments draw the curve. */
const CURVE_STEPS = 240;

/**
 * The chart frame. Its props do not change while a slider moves (only the y axis's round
 * top can), so React skips it; the DensityLines layer inside follows μ and σ by itself.
 */
const WidgetChart = memo(function WidgetChart(props: WidgetChartProps) {
  const { points, xDomain, yTop, referenceDensity, palette, dark, inspected, onInspect } = props;
  const curveXs = useMemo(
    () => Array.from({ length: CURVE_STEPS + 1 }, (_, i) => xDomain[0] + ((xDomain[1] - xDomain[0]) * i) / CURVE_STEPS),
    [xDomain],
  );
  return (
    <ChartBox>
      {(width) => (
        <DensityPlot
          width={width}
          height={Math.round(Math.min(280, Math.max(200, width * 0.42)))}
          xDomain={xDomain}
          yMax={yTop}
          xLabel="Tempo (BPM)"
          yLabel="Density (per BPM)"
        >
          <DensityLines
            points={points}
            referenceDensity={referenceDensity}
            palette={palette}
            dark={dark}
            curveXs={curveXs}
          />
          <PointMarks points={points} inspected={inspected} onInspect={onInspect} />
        </DensityPlot>
      )}
    </ChartBox>
  );
});

export function LikelihoodWidget() {
  const sample = useLabStore(selectSample);
  const summary = useLabStore(selectSummary);
  const mu = useLabStore((s) => s.mu);
  const sigma = useLabStore((s) => s.sigma);
  const palette = useLabStore((s) => s.palette);
  const setParams = useLabStore((s) => s.setParams);
  const dark = useResolvedTheme() === 'dark';

  const { n, normal, muRange, sigmaRange } = summary;
  const terms = normalLogLikelihoodTerms(summary.stats, mu, sigma);
  const logLik = terms.total;
  // Typesetting the numbers (a few hundred KaTeX elements) is the one costly part of a slider
  // step, so it runs as a deferred render: the chart and ℓ update in the input's own frame,
  // the formula right after, and a stale formula render is dropped when the next step comes.
  const formulaTex = useDeferredValue(logLikelihoodTex(n, mu, sigma, terms));
  const hasMaximum = normal.sigma > 0;
  // Colours are absolute, not relative to the current curve: the top of the scale is the
  // peak density of the best-fitting Normal, so a too-wide curve turns every line orange.
  const referenceDensity = normalPdf(0, 0, Math.max(normal.sigma, MIN_SIGMA));

  const points = useMemo(() => displayedPoints(sample, MAX_LINES), [sample]);
  const xDomain = useMemo((): [number, number] => [muRange.min, muRange.max], [muRange]);
  // The y axis keeps its top while the curve fits under the best fit's peak, and grows only
  // for narrow curves, so heights stay comparable while sliding.
  const yMax = Math.max(normalPdf(0, 0, sigma), referenceDensity * 1.25) * 1.08;

  const [inspected, setInspected] = useState<number | null>(null);
  const [revealed, setRevealed] = useState(false);
  // How the last change of μ or σ, from any control on the page, moved ℓ. Kept by the
  // "previous value in state" pattern: state is adjusted during render when ℓ changes.
  const [seen, setSeen] = useState({ logLik, change: 0 });
  if (seen.logLik !== logLik) setSeen({ logLik, change: logLik - seen.logLik });
  const { change } = seen;
  // The best ℓ the learner reached with the widget's own sliders (not by jumping).
  const [best, setBest] = useState<{ logLik: number; mu: number; sigma: number } | null>(null);
  const attempt = (nextMu: number, nextSigma: number) => {
    const next = normalLogLikelihoodFromStats(summary.stats, nextMu, nextSigma);
    setBest((b) => (b && b.logLik >= next ? b : { logLik: next, mu: nextMu, sigma: nextSigma }));
    setParams(nextMu, nextSigma);
  };

  const inspectedPoint = inspected !== null ? points[inspected] : undefined;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = points.length - 1;
    const current = inspected ?? -1;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowUp'
        ? Math.min(last, current + 1)
        : event.key === 'ArrowLeft' || event.key === 'ArrowDown'
          ? Math.max(0, current < 0 ? 0 : current - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : event.key === 'Escape'
                ? null
                : undefined;
    if (next === undefined) return;
    event.preventDefault();
    setInspected(next);
  };

  // The three songs that pull ℓ down the most: the lowest log-densities.
  const worst = useMemo(
    () =>
      [...points]
        .map((p) => ({ ...p, logDensity: normalLogPdf(p.x, mu, sigma) }))
        .sort((a, b) => a.logDensity - b.logDensity)
        .slice(0, 3),
    [points, mu, sigma],
  );

  const jump = () => {
    setParams(normal.mu, normal.sigma);
    setRevealed(true);
  };

  return (
    <div className="widget">
      <p className="figure__title" id="widget-chart-title">
        Each song’s density under the Normal with μ = {formatNumber(mu, 1)}, σ = {formatNumber(sigma, 1)}
      </p>
      <div
        className="widget__plot"
        tabIndex={0}
        role="group"
        aria-labelledby="widget-chart-title"
        aria-describedby="widget-inspector"
        onKeyDown={onKeyDown}
        onPointerLeave={() => setInspected(null)}
      >
        <WidgetChart
          points={points}
          xDomain={xDomain}
          yTop={niceCeil(yMax, AXIS_TOPS)}
          referenceDensity={referenceDensity}
          palette={palette}
          dark={dark}
          inspected={inspected}
          onInspect={setInspected}
        />
      </div>
      <ColourScaleKey
        palette={palette}
        dark={dark}
        curveLabel="Normal curve"
        scaleLabel="Each song’s line: its density"
      />
      <p id="widget-inspector" className="widget__inspector" aria-live="polite">
        {inspectedPoint ? (
          <>
            Song {inspectedPoint.song}: {formatNumber(inspectedPoint.x)} BPM · density{' '}
            {formatSmall(normalPdf(inspectedPoint.x, mu, sigma))} per BPM · log-density{' '}
            {formatNumber(normalLogPdf(inspectedPoint.x, mu, sigma))}
          </>
        ) : (
          <>Point at a line, or focus the chart and press the arrow keys, to read a song’s density and log-density.</>
        )}
      </p>

      <div className="widget__controls">
        <div className="loglik">
          <span className="loglik__label">
            Log-likelihood <Tex>{String.raw`\ell(\mu, \sigma)`}</Tex>
          </span>
          <span className="loglik__value" data-testid="loglik">
            {formatNumber(logLik)}
          </span>
          <span className="loglik__change" aria-hidden="true">
            {Math.abs(change) < 0.005
              ? ''
              : change > 0
                ? `▲ up ${formatNumber(change)}`
                : `▼ down ${formatNumber(-change)}`}
          </span>
          <span className="loglik__help">
            Higher is better.{' '}
            {best && (
              <>
                Your best so far: {formatNumber(best.logLik)} at μ = {formatNumber(best.mu, 1)}, σ ={' '}
                {formatNumber(best.sigma, 1)}.
              </>
            )}
          </span>
        </div>
        <ParamSlider
          label="Mean μ"
          unit="BPM"
          value={mu}
          min={muRange.min}
          max={muRange.max}
          step={0.1}
          onChange={(value) => attempt(value, sigma)}
          description="Slides the bell left and right."
        />
        <ParamSlider
          label="Standard deviation σ"
          unit="BPM"
          value={sigma}
          min={sigmaRange.min}
          max={sigmaRange.max}
          step={0.1}
          onChange={(value) => attempt(mu, value)}
          description="Widens and lowers the bell, or narrows and raises it."
        />
        <div className="button-row">
          <button type="button" onClick={jump} disabled={!hasMaximum} aria-describedby="jump-note">
            Jump to the maximum
          </button>
        </div>
        <p id="jump-note" className="widget__hint">
          {hasMaximum
            ? 'Try the sliders first: how high can you get ℓ? Then jump to check.'
            : 'With a single song, ℓ keeps growing as σ shrinks toward 0: there is no maximum to jump to.'}
        </p>
        {revealed && hasMaximum && <MaximumReveal />}
        <div className="widget__formula">
          <p className="widget__formula-title">The formula, with your numbers in it</p>
          <Tex block label="The log-likelihood in symbols">
            {LOG_LIKELIHOOD_TEX}
          </Tex>
          <Tex block label="The log-likelihood with your numbers">
            {formulaTex}
          </Tex>
        </div>
        <details className="widget__more">
          <summary>More about this chart</summary>
          <p className="widget__worst">
            Pulling ℓ down most:{' '}
            {worst.map((p, i) => (
              <span key={p.song}>
                {i > 0 && '; '}song {p.song} at {formatNumber(p.x, 1)} BPM (log-density {formatNumber(p.logDensity, 1)})
              </span>
            ))}
            .
          </p>
          <p className="widget__hint">
            Colour scale: a line is fully {palette === 'red-green' ? 'green' : 'purple'} and thickest when the song’s
            density reaches {formatSmall(referenceDensity)} per BPM, the peak of the best-fitting Normal.
            {n > MAX_LINES && ` The chart shows ${formatCount(MAX_LINES)} evenly spaced songs of ${formatCount(n)}.`}
          </p>
        </details>
      </div>

      <LiveAnnouncement
        text={`Log-likelihood ${formatNumber(logLik)} at mu ${formatNumber(mu, 1)} and sigma ${formatNumber(sigma, 1)} BPM.`}
      />

      <DataTable
        summary="Show each song’s density as a table"
        caption={`Density and log-density of each song under the Normal with μ = ${formatNumber(mu, 1)}, σ = ${formatNumber(sigma, 1)}`}
        columns={['Song', 'Tempo (BPM)', 'Density (per BPM)', 'Log-density']}
        rowCount={n}
        row={(i) => [
          i + 1,
          formatNumber(sample[i]),
          formatSmall(normalPdf(sample[i], mu, sigma)),
          formatNumber(normalLogPdf(sample[i], mu, sigma)),
        ]}
        note={
          <p className="data-table__note">
            The log-likelihood ℓ is the sum of the last column: {formatNumber(logLik)}.
          </p>
        }
      />
    </div>
  );
}
