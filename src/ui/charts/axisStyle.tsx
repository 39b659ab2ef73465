import type { ReactNode } from 'react';
import { Text } from 'recharts';
import { xTicksFor } from './ticks';

interface TickProps {
  payload: { value: number | string };
  index: number;
  tickFormatter?: (value: never, index: number) => ReactNode;
  width?: number | string;
  [prop: string]: unknown;
}

/**
 * A tick label drawn without a width to wrap within. Given one (the axis's, as Recharts
 * passes it), Recharts measures every word of every label in the DOM, a forced layout of the
 * page each: dozens per chapter as it mounts. A tick label is one short word and never wraps.
 */
function plainTick(fontSize: number) {
  return function PlainTick({ payload, index, tickFormatter, ...props }: TickProps) {
    const value = tickFormatter ? tickFormatter(payload.value as never, index) : payload.value;
    return (
      <Text {...props} width={undefined} fill="var(--text-muted)" fontSize={fontSize}>
        {value as string | number}
      </Text>
    );
  };
}

/** Ticks along the x axis, and along the y axis (a little smaller: they sit side by side). */
export const xTick = plainTick(12);
export const yTick = plainTick(11);

/**
 * The x axis every chart of this explorable shares: a number line with its label below, ticked
 * at round numbers (Recharts would tick 85, 105, 125 … on a domain from 85).
 */
export function xAxisProps(domain: [number, number], label: string, width: number) {
  return {
    type: 'number' as const,
    dataKey: 'x',
    domain,
    ticks: xTicksFor(domain, width),
    allowDataOverflow: true,
    // Every tick shown: the ticks are few and round, and Recharts measures each label in the DOM
    // (a forced layout of the whole page per label) only to decide which to drop.
    interval: 0,
    stroke: 'var(--axis)',
    tick: xTick,
    label: { value: label, position: 'insideBottom' as const, offset: -24, fill: 'var(--text)', fontSize: 13 },
  };
}

/** The y axis every chart shares: ticks on the left, the label turned along the axis. */
export function yAxisProps(label: string) {
  return {
    stroke: 'var(--axis)',
    interval: 0,
    width: 64,
    tick: yTick,
    label: {
      value: label,
      angle: -90,
      position: 'insideLeft' as const,
      offset: -4,
      style: { textAnchor: 'middle' as const },
      fill: 'var(--text)',
      fontSize: 13,
    },
  };
}
