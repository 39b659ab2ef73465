/**
 * How the chapters speak of the data: "40 songs", "Tempo (BPM)" for the seeded tempos, and
 * the reader's own name and unit ("200 values", "Reaction time (ms)") for their data.
 */
import type { LabState } from './readerState';

export interface DataWords {
  /** True for the reader's own data. */
  custom: boolean;
  /** One observation: "song" or "value". */
  item: string;
  items: string;
  /** What was measured, lower case inside a sentence: "tempo", "reaction time". */
  quantity: string;
  /** The same, capitalised for labels: "Tempo". */
  Quantity: string;
  /** "BPM", "ms", or '' when the reader gave none. */
  unit: string;
  /** An axis or column label: "Tempo (BPM)", or just "Value". */
  axis: string;
  /** The unit of a density: "per BPM", or "per unit". */
  perUnit: string;
  /** A number with its unit: "120 BPM", or "120" without one. */
  withUnit: (value: string) => string;
}

const build = (custom: boolean, item: string, items: string, quantity: string, unit: string): DataWords => {
  const Quantity = quantity.charAt(0).toUpperCase() + quantity.slice(1);
  return {
    custom,
    item,
    items,
    // "Reaction time" reads "reaction time" mid-sentence; an acronym like "BMI" stays as it is.
    quantity: /^[A-Z][a-z]/.test(quantity) ? quantity.charAt(0).toLowerCase() + quantity.slice(1) : quantity,
    Quantity,
    unit,
    axis: unit ? `${Quantity} (${unit})` : Quantity,
    perUnit: unit ? `per ${unit}` : 'per unit',
    withUnit: (value) => (unit ? `${value} ${unit}` : value),
  };
};

/** A label with the data's unit in brackets: "μ (BPM)", or just "μ" when the data have no unit. */
export const labelWithUnit = (words: Pick<DataWords, 'unit'>, label: string) =>
  words.unit ? `${label} (${words.unit})` : label;

export const TEMPO_WORDS = build(false, 'song', 'songs', 'tempo', 'BPM');

const cache = new WeakMap<object, DataWords>();

export function selectDataWords(s: Pick<LabState, 'custom'>): DataWords {
  const custom = s.custom;
  if (!custom) return TEMPO_WORDS;
  let words = cache.get(custom);
  if (!words) {
    words = build(true, 'value', 'values', custom.name || 'value', custom.unit);
    cache.set(custom, words);
  }
  return words;
}
