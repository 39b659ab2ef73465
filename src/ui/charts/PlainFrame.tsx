import { useId, type ReactNode } from 'react';

/**
 * Charts in plain SVG, for the first chapter. The first screen must be readable and usable
 * before the charting library arrives (it loads with the later chapters), so the story's
 * figures draw their own axes here, in the same style as the Recharts charts: dashed grid,
 * muted tick labels, the axis names in the text colour.
 */

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Scales {
  /** Pixel position of an x value, and of a y value. */
  x: (value: number) => number;
  y: (value: number) => number;
  /** The plotting area, in pixels. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface PlainFrameProps {
  width: number;
  height: number;
  margin: Margin;
  xDomain: [number, number];
  xTicks: number[];
  xLabel: string;
  yDomain?: [number, number];
  /** Leave out to draw no y axis (a strip plot's vertical position means nothing). */
  yTicks?: number[];
  yLabel?: string;
  yTickFormat?: (y: number) => string;
  /** The marks, drawn inside the plotting area (clipped to it). */
  children: (scales: Scales) => ReactNode;
}

const linear =
  ([d0, d1]: [number, number], [r0, r1]: [number, number]) =>
  (value: number) =>
    r0 + ((value - d0) / (d1 - d0 || 1)) * (r1 - r0);

export function PlainFrame({
  width,
  height,
  margin,
  xDomain,
  xTicks,
  xLabel,
  yDomain = [0, 1],
  yTicks,
  yLabel,
  yTickFormat = String,
  children,
}: PlainFrameProps) {
  const clipId = useId();
  const left = margin.left;
  const right = Math.max(left + 1, width - margin.right);
  const top = margin.top;
  const bottom = height - margin.bottom;
  const scales: Scales = {
    x: linear(xDomain, [left, right]),
    y: linear(yDomain, [bottom, top]),
    left,
    right,
    top,
    bottom,
  };
  const tickText = { fill: 'var(--text-muted)', fontSize: 12, textAnchor: 'middle' as const };
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="plain-chart" aria-hidden="true">
      <defs>
        <clipPath id={clipId}>
          <rect x={left} y={top} width={right - left} height={bottom - top} />
        </clipPath>
      </defs>
      <g stroke="var(--grid)" strokeDasharray="2 4">
        {xTicks.map((t) => (
          <line key={`x${t}`} x1={scales.x(t)} x2={scales.x(t)} y1={top} y2={bottom} />
        ))}
        {yTicks?.map((t) => (
          <line key={`y${t}`} x1={left} x2={right} y1={scales.y(t)} y2={scales.y(t)} />
        ))}
      </g>
      <g clipPath={`url(#${clipId})`}>{children(scales)}</g>
      <g stroke="var(--axis)">
        <line x1={left} x2={right} y1={bottom} y2={bottom} />
        {xTicks.map((t) => (
          <line key={t} x1={scales.x(t)} x2={scales.x(t)} y1={bottom} y2={bottom + 6} />
        ))}
      </g>
      {xTicks.map((t) => (
        <text key={t} x={scales.x(t)} y={bottom + 20} {...tickText} className="tick-label" data-axis="x">
          {t}
        </text>
      ))}
      <text x={(left + right) / 2} y={height - 4} fill="var(--text)" fontSize={13} textAnchor="middle">
        {xLabel}
      </text>
      {yTicks && (
        <>
          <g stroke="var(--axis)">
            <line x1={left} x2={left} y1={top} y2={bottom} />
            {yTicks.map((t) => (
              <line key={t} x1={left - 6} x2={left} y1={scales.y(t)} y2={scales.y(t)} />
            ))}
          </g>
          {yTicks.map((t) => (
            <text
              key={t}
              x={left - 9}
              y={scales.y(t) + 4}
              {...tickText}
              fontSize={11}
              textAnchor="end"
              className="tick-label"
              data-axis="y"
            >
              {yTickFormat(t)}
            </text>
          ))}
          {yLabel && (
            <text
              transform={`translate(${left - 58} ${(top + bottom) / 2}) rotate(-90)`}
              fill="var(--text)"
              fontSize={13}
              textAnchor="middle"
            >
              {yLabel}
            </text>
          )}
        </>
      )}
    </svg>
  );
}
