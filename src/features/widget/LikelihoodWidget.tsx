import { memo, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { ChartBox } from '../../ui/ChartBox';
import { useMediaQuery } from '../../state/useMediaQuery';
import { DataTable } from '../../ui/DataTable';
import { ParamSlider } from '../../ui/ParamSlider';
import { Tex } from '../../ui/Tex';
import { inlineTex } from '../../ui/builtFormulas';
import { DensityPlot } from '../../ui/charts/deferredCharts';
import { formatCount, formatNumber, formatSmall } from '../../model/format';
import { useResolvedTheme } from '../../state/useResolvedTheme';
import { useStore, type StoreApi } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { FAMILIES, type Family, type FamilyId, type FamilyStats, type ParameterInfo } from '../../math/families';
import { niceCeil } from '../../math/niceNumbers';
import { AXIS_TOPS } from '../../ui/charts/ticks';
import { selectDatasetKey, selectSample, selectSummary, selectWidgetParams, type FamilyFit } from '../../model/summary';
import { selectDataWords, type DataWords } from '../../model/dataWords';
import { useLabStore } from '../../state/store';
import type { Palette } from '../../model/readerState';
import { ColourScaleKey } from '../../ui/ColourScaleKey';
import { LiveAnnouncement } from '../../ui/LiveAnnouncement';
import { DensityLines, PointMarks } from './DensityLines';
import { FamilyChooser } from './FamilyChooser';
import { MaximumReveal } from './MaximumReveal';
import { MaximumGuess } from './MaximumGuess';
import { displayedPoints, lowestLogDensities, type DataPoint } from './widgetMath';
import { WidgetFormula } from './WidgetFormula';
import { keepInView, lastInputWasKeyboard } from '../../ui/keepInView';
import { useNearViewport } from '../../ui/useNearViewport';
import { useGated } from '../../state/useGated';
import { useDrawnWidgetParams, useWidgetParams, WidgetNearContext } from './useWidgetParams';

/**
 * More lines than this stop being readable (a 400-pixel-wide chart has no room for them)
 * and cost paint time on every slider step; evenly spaced quantiles stand in, coloured by
 * the same scale, while ℓ still counts every point.
 */
const MAX_LINES = 400;

interface WidgetChartProps {
  points: DataPoint[];
  xDomain: [number, number];
  yTop: number;
  referenceDensity: number;
  palette: Palette;
  dark: boolean;
  family: FamilyId;
  xLabel: string;
  yLabel: string;
  inspected: number | null;
  onInspect: (index: number | null) => void;
}

/** How many straight segments draw the curve. */
const CURVE_STEPS = 240;

/** A laptop-height screen with the widget beside the text: its chart is flatter, so that the sliders fit below it. */
const SHORT_WIDE_SCREEN = '(min-width: 68rem) and (max-height: 800px)';

/**
 * The chart frame. Its props do not change while a slider moves (only the y axis's round
 * top can), so React skips it; the DensityLines layer inside follows μ and σ by itself.
 */
const WidgetChart = memo(function WidgetChart(props: WidgetChartProps) {
  const { points, xDomain, yTop, referenceDensity, palette, dark, family, xLabel, yLabel, inspected, onInspect } =
    props;
  const flatter = useMediaQuery(SHORT_WIDE_SCREEN);
  const curveXs = useMemo(
    () => Array.from({ length: CURVE_STEPS + 1 }, (_, i) => xDomain[0] + ((xDomain[1] - xDomain[0]) * i) / CURVE_STEPS),
    [xDomain],
  );
  return (
    <ChartBox>
      {(width) => (
        <DensityPlot
          width={width}
          height={Math.round(Math.min(flatter ? 230 : 280, Math.max(200, width * 0.42)))}
          xDomain={xDomain}
          yMax={yTop}
          xLabel={xLabel}
          yLabel={yLabel}
        >
          <DensityLines
            family={family}
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

/** What the widget's parts share about the data and family in use; it changes with neither slider. */
interface WidgetContext {
  family: FamilyId;
  model: Family;
  fit: FamilyFit;
  familyStats: FamilyStats;
  words: DataWords;
  aInfo: ParameterInfo;
  bInfo: ParameterInfo;
  /** Parameters at the precision of their slider step (0.1 BPM; 0.001 on a log scale). */
  paramDecimals: number;
  /** A data value one decimal finer than the sliders (tempos to 0.01 BPM), as the table shows it. */
  value: (x: number) => string;
  /** "Song" or the reader's own word for a data point, capitalised. */
  Item: string;
}

/** ℓ at (a, b): O(1), from the data's summary. */
const logLikAt = ({ model, familyStats }: WidgetContext, a: number, b: number) => model.terms(familyStats, a, b).total;

const parametersText = ({ aInfo, bInfo, paramDecimals }: WidgetContext, a: number, b: number) =>
  `${aInfo.symbol} = ${formatNumber(a, paramDecimals)}, ${bInfo.symbol} = ${formatNumber(b, paramDecimals)}`;

/** The best ℓ the learner reached with the widget's own sliders (not by jumping). */
interface BestSoFar {
  best: { logLik: number; a: number; b: number } | null;
}

/*
 * The parts below each follow μ and σ on their own, so that a slider step re-renders them and
 * not the whole widget (the chart frame, the family chooser, the guess and the formula's
 * symbols stay as they were): a step's React work is part of the frame it must fit in.
 */

function WidgetTitle({ context }: { context: WidgetContext }) {
  const [a, b] = useWidgetParams();
  return (
    <p className="figure__title" id="widget-chart-title">
      Each {context.words.item}’s density under the {context.model.name} with {parametersText(context, a, b)}
    </p>
  );
}

/**
 * ℓ, how the last change of the parameters (from any control on the page) moved it, and the
 * learner's best so far. Every line keeps its place whatever it says (a change or a best can
 * be empty, a number longer): nothing under it, the sliders least of all, moves during a drag.
 */
function Score({ context, climb }: { context: WidgetContext; climb: StoreApi<BestSoFar> }) {
  const { family, aInfo, bInfo, paramDecimals } = context;
  const [a, b] = useWidgetParams();
  const best = useStore(climb, (s) => s.best);
  const logLik = logLikAt(context, a, b);
  // Kept by the "previous value in state" pattern: state is adjusted during render when ℓ changes.
  const [seen, setSeen] = useState({ logLik, change: 0 });
  if (seen.logLik !== logLik) setSeen({ logLik, change: logLik - seen.logLik });
  const { change } = seen;
  return (
    <div className="loglik">
      <span className="loglik__label">
        Log-likelihood <Tex>{family === 'laplace' ? inlineTex`\ell(m, b)` : inlineTex`\ell(\mu, \sigma)`}</Tex>
        <span className="loglik__sense">: higher is better</span>
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
      <span className="loglik__best">
        {best && (
          <>
            Your best so far: {formatNumber(best.logLik)} at {aInfo.symbol} = {formatNumber(best.a, paramDecimals)},{' '}
            {bInfo.symbol} = {formatNumber(best.b, paramDecimals)}
          </>
        )}
      </span>
    </div>
  );
}

function WidgetSliders({ context, onAttempt }: { context: WidgetContext; onAttempt: (a: number, b: number) => void }) {
  const { fit, aInfo, bInfo, words } = context;
  const params = useWidgetParams();
  return [aInfo, bInfo].map((info, i) => (
    <ParamSlider
      key={info.label}
      label={info.label}
      unit={info.inDataUnits ? words.unit : ''}
      value={params[i]}
      min={fit.ranges[i].min}
      max={fit.ranges[i].max}
      step={fit.steps[i]}
      onChange={(next) => (i === 0 ? onAttempt(next, params[1]) : onAttempt(params[0], next))}
      description={info.effect}
    />
  ));
}

/** The inspected point's density and log-density, or how to inspect one. */
function Inspector({ context, point }: { context: WidgetContext; point: DataPoint | undefined }) {
  const { model, words, value, Item } = context;
  const [a, b] = useDrawnWidgetParams();
  return (
    <p id="widget-inspector" className="widget__inspector" aria-live="polite">
      {point ? (
        <>
          {Item} {point.song}: {value(point.x)} · density {formatSmall(model.pdf(point.x, a, b))} {words.perUnit} ·
          log-density {formatNumber(model.logPdf(point.x, a, b))}
        </>
      ) : (
        <>
          Point at a line, or focus the chart and press the arrow keys, to read a {words.item}’s density and
          log-density.
        </>
      )}
    </p>
  );
}

/** The three points that pull ℓ down the most: the lowest log-densities. */
function WorstPoints({ context, points }: { context: WidgetContext; points: DataPoint[] }) {
  const { model, words, value } = context;
  const [a, b] = useDrawnWidgetParams();
  const worst = useMemo(() => lowestLogDensities(points, (x) => model.logPdf(x, a, b), 3), [points, model, a, b]);
  return (
    <p className="widget__worst">
      Pulling ℓ down most:{' '}
      {worst.map((p, i) => (
        <span key={p.song}>
          {i > 0 && '; '}
          {words.item} {p.song} at {value(p.x)} (log-density {formatNumber(p.logDensity, 1)})
        </span>
      ))}
      .
    </p>
  );
}

/** What a screen reader hears once the sliders rest. */
function WidgetAnnouncement({ context }: { context: WidgetContext }) {
  const { aInfo, bInfo, paramDecimals, words } = context;
  const [a, b] = useWidgetParams();
  const logLik = logLikAt(context, a, b);
  const unit = aInfo.inDataUnits && words.unit ? ` ${words.unit}` : '';
  return (
    <LiveAnnouncement
      text={`Log-likelihood ${formatNumber(logLik)} at ${aInfo.label} ${formatNumber(a, paramDecimals)} and ${bInfo.label} ${formatNumber(b, paramDecimals)}${unit}.`}
    />
  );
}

/** The chart's text alternative: each point's density and log-density. */
function WidgetTable({ context, sample }: { context: WidgetContext; sample: Float64Array }) {
  const { model, words, Item } = context;
  const [a, b] = useWidgetParams();
  return (
    <DataTable
      summary={`Show each ${words.item}’s density as a table`}
      caption={`Density and log-density of each ${words.item} under the ${model.name} with ${parametersText(context, a, b)}`}
      columns={[Item, words.axis, `Density (${words.perUnit})`, 'Log-density']}
      rowCount={sample.length}
      row={(i) => [
        i + 1,
        formatNumber(sample[i]),
        formatSmall(model.pdf(sample[i], a, b)),
        formatNumber(model.logPdf(sample[i], a, b)),
      ]}
      note={
        <p className="data-table__note">
          The log-likelihood ℓ is the sum of the last column: {formatNumber(logLikAt(context, a, b))}.
        </p>
      }
    />
  );
}

/**
 * The widget for the data and family in use. It is keyed by both (see LikelihoodWidget), so
 * "your best so far" and the reveal start afresh when either changes. It renders when the
 * data, the family, the theme or the inspected point change, not at slider steps.
 */
function WidgetBody({ family }: { family: FamilyId }) {
  const sample = useLabStore(selectSample);
  const summary = useLabStore(selectSummary);
  const words = useLabStore(selectDataWords);
  const palette = useLabStore((s) => s.palette);
  const setFamilyParams = useLabStore((s) => s.setFamilyParams);
  const dark = useResolvedTheme() === 'dark';
  const model = FAMILIES[family];
  const fit = summary.fits[family]!;
  const { n, familyStats, decimals } = summary;
  const hasMaximum = fit.mle[1] > 0;
  // Colours are absolute, not relative to the current curve: the top of the scale is the
  // peak density of the best-fitting member, so a too-wide curve turns every line orange.
  const referenceDensity = model.peakDensity(fit.mle[0], Math.max(fit.mle[1], fit.ranges[1].min));
  // The y axis keeps its top while the curve fits under the best fit's peak, and grows only
  // for narrow curves, so heights stay comparable while sliding; the chart re-renders only
  // when that round top changes.
  const [nearRef, near] = useNearViewport<HTMLDivElement>();
  const yTop = useGated(near, (s) => {
    const [a, b] = selectWidgetParams(s);
    return niceCeil(Math.max(model.peakDensity(a, b), referenceDensity * 1.25) * 1.08, AXIS_TOPS);
  });

  const context = useMemo((): WidgetContext => {
    const [aInfo, bInfo] = model.parameters;
    return {
      family,
      model,
      fit,
      familyStats,
      words,
      aInfo,
      bInfo,
      paramDecimals: Math.max(0, -Math.round(Math.log10(fit.steps[0]))),
      value: (x) => words.withUnit(formatNumber(x, decimals + 1)),
      Item: words.item.charAt(0).toUpperCase() + words.item.slice(1),
    };
  }, [family, model, fit, familyStats, words, decimals]);

  const points = useMemo(() => displayedPoints(sample, MAX_LINES), [sample]);
  const xDomain = useMemo((): [number, number] => [summary.muRange.min, summary.muRange.max], [summary]);

  const [inspected, setInspected] = useState<number | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [climb] = useState(() => createStore<BestSoFar>(() => ({ best: null })));
  const attempt = (nextA: number, nextB: number) => {
    const next = model.logLikelihood(familyStats, nextA, nextB);
    const { best } = climb.getState();
    if (!best || next > best.logLik) climb.setState({ best: { logLik: next, a: nextA, b: nextB } });
    setFamilyParams(nextA, nextB);
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

  // A slider or box reached with Tab brings the lines into view with both sliders, or at least
  // with itself (see keepInView).
  const view = useRef<HTMLDivElement>(null);
  const showLinesWith = (event: FocusEvent<HTMLDivElement>) => {
    if (lastInputWasKeyboard()) keepInView(view.current, [event.currentTarget, event.target]);
  };

  const jump = () => {
    setFamilyParams(fit.mle[0], fit.mle[1]);
    setRevealed(true);
  };

  return (
    <WidgetNearContext value={near}>
      <div className="widget" ref={nearRef}>
        {/* The instrument: the lines, ℓ and the two sliders, on one screen together. */}
        <div className="widget__stage" data-testid="widget-instrument">
          <div className="widget__view" ref={view}>
            <WidgetTitle context={context} />
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
                yTop={yTop}
                referenceDensity={referenceDensity}
                palette={palette}
                dark={dark}
                family={family}
                xLabel={words.axis}
                yLabel={`Density (${words.perUnit})`}
                inspected={inspected}
                onInspect={setInspected}
              />
            </div>
            <ColourScaleKey
              palette={palette}
              dark={dark}
              curveLabel={`${model.name} curve`}
              scaleLabel={`Each ${words.item}’s line: its density`}
            />
            <div className="widget__score">
              <Score context={context} climb={climb} />
              <button type="button" onClick={jump} disabled={!hasMaximum} aria-describedby="jump-note">
                Jump to the maximum
              </button>
            </div>
          </div>
          <div className="widget__controls">
            <div className="widget__sliders" onFocus={showLinesWith}>
              <WidgetSliders context={context} onAttempt={attempt} />
            </div>
            <p id="jump-note" className="widget__hint">
              {hasMaximum
                ? 'Try the sliders first: how high can you get ℓ? Then jump to check.'
                : `With no spread in the data, ℓ keeps growing as the spread shrinks toward 0: there is no maximum to jump to.`}
            </p>
            {revealed && hasMaximum && <MaximumReveal family={family} />}
          </div>
          <Inspector context={context} point={inspectedPoint} />
        </div>
        <div className="widget__details">
          <p className="widget__data">
            Data: {formatCount(n)}{' '}
            {words.custom ? `values${words.quantity !== 'value' ? ` of ${words.quantity}` : ''}` : 'song tempos'} ·{' '}
            <a href="#your-data">{words.custom ? 'change the data' : 'use your own data'}</a>
          </p>
          <FamilyChooser />
          {family === 'normal' && hasMaximum && !revealed && <MaximumGuess unit={words.unit} current={currentParams} />}
          <WidgetFormula family={family} />
          <details className="widget__more">
            <summary>More about this chart</summary>
            <WorstPoints context={context} points={points} />
            <p className="widget__hint">
              Colour scale: a line is fully {palette === 'red-green' ? 'green' : 'purple'} and thickest when the{' '}
              {words.item}’s density reaches {formatSmall(referenceDensity)} {words.perUnit}, the peak of the
              best-fitting {model.name}.
              {n > MAX_LINES &&
                ` The chart shows ${formatCount(MAX_LINES)} evenly spaced ${words.items} (quantiles) of ${formatCount(n)}; ℓ counts every one.`}
            </p>
          </details>
          <WidgetAnnouncement context={context} />
          <WidgetTable context={context} sample={sample} />
        </div>
      </div>
    </WidgetNearContext>
  );
}

/** The widget's slider positions now, for "Fill in from my sliders" (read on click, not per step). */
const currentParams = () => selectWidgetParams(useLabStore.getState());

/** The likelihood widget: the assumed family over the data, one density line per data point. */
export function LikelihoodWidget() {
  const family = useLabStore((s) => s.family);
  // Keyed on the family and the dataset: either one new starts the widget afresh.
  const dataset = useLabStore(selectDatasetKey);
  return <WidgetBody key={`${family}:${dataset}`} family={family} />;
}
