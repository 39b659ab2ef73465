import { memo, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { svgPoint } from '../../ui/charts/svgPoint';
import { useElementWidth } from '../../ui/useElementWidth';
import { useNearViewport } from '../../ui/useNearViewport';
import { useGatedParams } from '../../features/params/useSectionParams';
import { formatNumber } from '../../model/format';
import { niceTicks } from '../../ui/charts/ticks';
import { normalLogLikelihoodFromStats } from '../../math/likelihood';
import { clamp, selectSummary } from '../../model/summary';
import { labelWithUnit, selectDataWords } from '../../model/dataWords';
import { useLabStore } from '../../state/store';
import { BAND_COLOURS, surfaceGrid, type SurfaceGrid } from './surface';

const MARGIN = { top: 10, right: 12, bottom: 44, left: 56 };

/** The colour bands, painted once per dataset into a small canvas that the browser scales. */
const SurfaceImage = memo(function SurfaceImage({ grid }: { grid: SurfaceGrid }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const image = context.createImageData(grid.columns, grid.rows);
    grid.bands.forEach((band, i) => {
      const hex = BAND_COLOURS[band];
      image.data.set(
        [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16), 255],
        i * 4,
      );
    });
    context.putImageData(image, 0, 0);
  }, [grid]);
  return <canvas ref={ref} width={grid.columns} height={grid.rows} className="surface__image" aria-hidden="true" />;
});

export interface SurfacePath {
  points: { mu: number; sigma: number }[];
  colour: string;
  label: string;
}

interface LikelihoodSurfaceProps {
  /** Optimiser paths to draw over the surface. */
  paths?: SurfacePath[];
  /** Show the two slices through the current point (the profile plots of "slope-zero"). */
  slices?: boolean;
  label: string;
}

/**
 * ℓ(μ, σ) as a banded heat map: brighter is higher. The current slider point, the maximum
 * and any paths are an SVG overlay, the only part that changes on a slider step. Click, or
 * focus it and use the arrow keys, to move the sliders.
 */
export function LikelihoodSurface({ paths = [], slices = false, label }: LikelihoodSurfaceProps) {
  const summary = useLabStore(selectSummary);
  const words = useLabStore(selectDataWords);
  const [nearRef, near] = useNearViewport<HTMLDivElement>();
  const { mu, sigma } = useGatedParams(near);
  const setParams = useLabStore((s) => s.setParams);
  const grid = useMemo(() => surfaceGrid(summary), [summary]);
  const [boxRef, measuredWidth] = useElementWidth<HTMLDivElement>();
  // Until the box is measured (before the first paint), a typical column's width.
  const width = measuredWidth ?? 640;
  const height = Math.round(Math.min(360, Math.max(240, width * 0.6)));
  const plot = {
    x: MARGIN.left,
    y: MARGIN.top,
    w: width - MARGIN.left - MARGIN.right,
    h: height - MARGIN.top - MARGIN.bottom,
  };
  const px = (m: number) => plot.x + ((m - grid.mu[0]) / (grid.mu[1] - grid.mu[0])) * plot.w;
  const py = (s: number) => plot.y + ((grid.sigma[1] - s) / (grid.sigma[1] - grid.sigma[0])) * plot.h;
  const [announce, setAnnounce] = useState('');
  const clipId = `surface-clip${useId().replace(/:/g, '')}`;

  // Precision and key steps for the data's scale; the tempos keep 2 decimals and steps of 0.5 (Shift: 2) BPM.
  const places = words.custom ? summary.decimals + 1 : 2;
  const keyStep = words.custom ? summary.unit / 10 : 0.5;
  const move = (m: number, s: number) => {
    const next = { mu: clamp(m, summary.muRange), sigma: clamp(s, { min: grid.sigma[0], max: grid.sigma[1] }) };
    setParams(Number(next.mu.toFixed(places)), Number(next.sigma.toFixed(places)));
    const l = normalLogLikelihoodFromStats(summary.stats, next.mu, next.sigma);
    setAnnounce(
      `μ ${formatNumber(next.mu, places - 1)}, σ ${formatNumber(next.sigma, places - 1)}, ℓ ${formatNumber(l)}`,
    );
  };
  const onPointer = (event: PointerEvent<SVGRectElement>) => {
    const { x, y } = svgPoint(event.currentTarget.ownerSVGElement!, event);
    move(
      grid.mu[0] + ((x - plot.x) / plot.w) * (grid.mu[1] - grid.mu[0]),
      grid.sigma[1] - ((y - plot.y) / plot.h) * (grid.sigma[1] - grid.sigma[0]),
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 4 * keyStep : keyStep;
    const delta: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    if (event.key === 'Home') {
      event.preventDefault();
      move(summary.normal.mu, summary.normal.sigma);
      return;
    }
    if (!delta[event.key]) return;
    event.preventDefault();
    move(mu + delta[event.key][0], sigma + delta[event.key][1]);
  };

  const muTicks = niceTicks(grid.mu[0], grid.mu[1], 6);
  const sigmaTicks = niceTicks(grid.sigma[0], grid.sigma[1], 5);
  const inside = sigma >= grid.sigma[0] && sigma <= grid.sigma[1];

  return (
    <div ref={nearRef} className="surface-frame">
      <div
        className="surface"
        tabIndex={0}
        role="group"
        aria-label={`${label}. Arrow keys move μ (left, right) and σ (up, down); Shift for bigger steps; Home jumps to the maximum.`}
        onKeyDown={onKeyDown}
      >
        <div ref={boxRef} className="width-ruler" aria-hidden="true" />
        <div className="surface__stack" style={{ height }}>
          <div
            className="surface__image-box"
            style={{ left: plot.x, top: plot.y, width: Math.max(0, plot.w), height: Math.max(0, plot.h) }}
          >
            <SurfaceImage grid={grid} />
          </div>
          <svg width={width} height={height} className="surface__overlay" aria-hidden="true">
            {muTicks.map((t) => (
              <g key={`m${t}`}>
                <line x1={px(t)} x2={px(t)} y1={plot.y + plot.h} y2={plot.y + plot.h + 5} stroke="var(--axis)" />
                <text
                  x={px(t)}
                  y={plot.y + plot.h + 18}
                  textAnchor="middle"
                  fontSize={12}
                  fill="var(--text-muted)"
                  className="tick-label"
                  data-axis="x"
                >
                  {t}
                </text>
              </g>
            ))}
            {sigmaTicks.map((t) => (
              <g key={`s${t}`}>
                <line x1={plot.x - 5} x2={plot.x} y1={py(t)} y2={py(t)} stroke="var(--axis)" />
                <text
                  x={plot.x - 8}
                  y={py(t) + 4}
                  textAnchor="end"
                  fontSize={12}
                  fill="var(--text-muted)"
                  className="tick-label"
                  data-axis="y"
                >
                  {t}
                </text>
              </g>
            ))}
            <text x={plot.x + plot.w / 2} y={height - 6} textAnchor="middle" fontSize={13} fill="var(--text)">
              {labelWithUnit(words, 'Mean μ')}
            </text>
            <text
              transform={`translate(14 ${plot.y + plot.h / 2}) rotate(-90)`}
              textAnchor="middle"
              fontSize={13}
              fill="var(--text)"
            >
              {labelWithUnit(words, 'Standard deviation σ')}
            </text>
            <rect
              x={plot.x}
              y={plot.y}
              width={Math.max(0, plot.w)}
              height={Math.max(0, plot.h)}
              fill="none"
              stroke="var(--axis)"
            />
            {slices && inside && (
              <g stroke="var(--surface)" strokeWidth={1.5} strokeDasharray="5 4">
                <line x1={plot.x} x2={plot.x + plot.w} y1={py(sigma)} y2={py(sigma)} />
                <line x1={px(mu)} x2={px(mu)} y1={plot.y} y2={plot.y + plot.h} />
              </g>
            )}
            <defs>
              <clipPath id={clipId}>
                <rect x={plot.x} y={plot.y} width={Math.max(0, plot.w)} height={Math.max(0, plot.h)} />
              </clipPath>
            </defs>
            {paths.map((path) => (
              <g key={path.label} clipPath={`url(#${clipId})`}>
                <polyline
                  points={path.points.map((p) => `${px(p.mu)},${py(p.sigma)}`).join(' ')}
                  fill="none"
                  stroke={path.colour}
                  strokeWidth={2.5}
                />
                {path.points.map((p, i) => (
                  <circle key={i} cx={px(p.mu)} cy={py(p.sigma)} r={2.5} fill={path.colour} />
                ))}
              </g>
            ))}
            <g transform={`translate(${px(summary.normal.mu)} ${py(summary.normal.sigma)})`}>
              <path d="M-7,0H7M0,-7V7" stroke="#111" strokeWidth={4} />
              <path d="M-7,0H7M0,-7V7" stroke="#fff" strokeWidth={2} />
            </g>
            {inside && <circle cx={px(mu)} cy={py(sigma)} r={7} fill="none" stroke="#111" strokeWidth={4} />}
            {inside && <circle cx={px(mu)} cy={py(sigma)} r={7} fill="none" stroke="#fff" strokeWidth={2} />}
            <rect
              x={plot.x}
              y={plot.y}
              width={Math.max(0, plot.w)}
              height={Math.max(0, plot.h)}
              fill="transparent"
              onPointerDown={onPointer}
            />
          </svg>
        </div>
        <p className="visually-hidden" aria-live="polite">
          {announce}
        </p>
      </div>
    </div>
  );
}

/** The legend of the bands: how far below the maximum each colour is. */
export function SurfaceLegend() {
  const labels = ['within 1', '1–2', '2–5', '5–10', '10–20', '20–50', '50–100', '100–200', '200–500', 'over 500'];
  return (
    <div className="surface-legend">
      <span>How far ℓ is below its maximum:</span>
      <ul className="legend">
        {labels.map((text, i) => (
          <li key={text}>
            <svg width="16" height="12" aria-hidden="true" focusable="false">
              <rect width="16" height="12" fill={BAND_COLOURS[i]} />
            </svg>
            {text}
          </li>
        ))}
        <li>+ the maximum (x̄, σ̂)</li>
        <li>○ your sliders</li>
      </ul>
    </div>
  );
}
