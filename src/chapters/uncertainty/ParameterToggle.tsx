import { useId } from 'react';
import type { Parameter } from './profiles';

/** Which of the Normal's two parameters a figure shows. */
export function ParameterToggle({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: Parameter;
  onChange: (parameter: Parameter) => void;
}) {
  const id = useId();
  return (
    <fieldset className="toggle">
      <legend>{legend}</legend>
      {(['mu', 'sigma'] as const).map((p) => (
        <label key={p}>
          <input type="radio" name={`${id}-parameter`} checked={value === p} onChange={() => onChange(p)} />
          {p === 'mu' ? 'Mean μ' : 'Spread σ'}
        </label>
      ))}
    </fieldset>
  );
}
