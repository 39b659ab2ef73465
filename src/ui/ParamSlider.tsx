import { useId, useState, type ChangeEvent } from 'react';
import { readFiniteNumber } from '../math/numeral';
import { formatNumber } from '../model/format';

interface ParamSliderProps {
  /** Accessible name, e.g. "Mean μ". */
  label: string;
  /** Unit spoken and shown after the value, e.g. "BPM"; '' for a unitless parameter. */
  unit: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
  description?: string;
}

/** Decimals implied by a step (0.1 → 1), so slider arithmetic never shows 116.70000000000002. */
const decimalsOf = (step: number) => Math.max(0, -Math.floor(Math.log10(step)));

/**
 * A native range input with a number box beside it for exact values. Arrow keys move by
 * `step`, Page Up/Down by a tenth of the range, Home/End to the ends (browser defaults).
 */
export function ParamSlider({ label, unit, value, min, max, step, onChange, description }: ParamSliderProps) {
  const id = useId();
  const decimals = decimalsOf(step);
  // The number box keeps what the reader is typing until it is a usable number.
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const fromRange = (event: ChangeEvent<HTMLInputElement>) => {
    setDraft(null);
    setProblem(null);
    onChange(Number(Number(event.target.value).toFixed(decimals)));
  };

  const fromBox = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    setDraft(text);
    const parsed = readFiniteNumber(text);
    if (parsed === null) {
      setProblem(`Type a number from ${min} to ${max}.`);
    } else if (parsed < min || parsed > max) {
      setProblem(`${label} can go from ${min} to ${unit ? `${max} ${unit}` : max} here.`);
    } else {
      setProblem(null);
      onChange(parsed);
    }
  };

  // As many digits as the slider's step (116.7, not 116.72044…); the exact value stays in the store.
  const shown = draft ?? String(Number(value.toFixed(decimals)));
  const valueText = unit ? `${formatNumber(value, decimals + 1)} ${unit}` : formatNumber(value, decimals + 1);
  return (
    <div className="param-slider">
      <label htmlFor={`${id}-range`}>
        {label} {unit && <span className="param-slider__unit">({unit})</span>}
      </label>
      <div className="param-slider__inputs">
        <input
          id={`${id}-range`}
          type="range"
          min={min}
          max={max}
          step={step}
          value={value}
          aria-valuetext={valueText}
          aria-describedby={description ? `${id}-description` : undefined}
          onChange={fromRange}
        />
        <input
          type="number"
          aria-label={unit ? `${label}, exact value in ${unit}` : `${label}, exact value`}
          min={min}
          max={max}
          step="any"
          inputMode="decimal"
          value={shown}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={fromBox}
          onBlur={() => {
            setDraft(null);
            setProblem(null);
          }}
        />
      </div>
      {description && (
        <p id={`${id}-description`} className="param-slider__description">
          {description}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className="param-slider__problem" role="status">
          {problem}
        </p>
      )}
    </div>
  );
}
