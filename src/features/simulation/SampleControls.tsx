import { useId } from 'react';
import { formatCount } from '../../model/format';

interface SampleControlsProps {
  /** The name of the sample-size group, e.g. "Sample size n". */
  legend: string;
  sizes: readonly number[];
  n: number;
  /** A new size: the caller starts its draws afresh. */
  onSize: (n: number) => void;
  /** How many samples each draw button adds, e.g. [100, 1000]. */
  batches: readonly number[];
  /** Samples asked for so far, and the most there may be. */
  requested: number;
  max: number;
  onDraw: (more: number) => void;
  onReset: () => void;
}

/** The controls of a repeated-sampling figure: the size of each sample, draw buttons and Reset. */
export function SampleControls({
  legend,
  sizes,
  n,
  onSize,
  batches,
  requested,
  max,
  onDraw,
  onReset,
}: SampleControlsProps) {
  const id = useId();
  return (
    <>
      <fieldset className="toggle">
        <legend>{legend}</legend>
        {sizes.map((size) => (
          <label key={size}>
            <input type="radio" name={`${id}-n`} checked={n === size} onChange={() => onSize(size)} />
            {size}
          </label>
        ))}
      </fieldset>
      <div className="button-row">
        {batches.map((batch) => (
          <button key={batch} type="button" onClick={() => onDraw(batch)} disabled={requested >= max}>
            Draw {formatCount(batch)} {batch === 1 ? 'sample' : 'samples'}
          </button>
        ))}
        <button type="button" className="button--quiet" onClick={onReset} disabled={requested === 0}>
          Reset
        </button>
      </div>
    </>
  );
}
