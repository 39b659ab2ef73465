/**
 * Built-in example datasets, each drawn from numpy's seeded generator so that
 * `scripts/example_datasets.py` rebuilds the identical numbers in a notebook. Each one
 * shows a different side of "choosing the assumption": a skewed sample the Normal fits
 * badly, a sample with gross outliers where the Laplace wins, and a well-behaved one.
 */
import { NumpyRandomState } from '../math/rng';

export interface ExampleDataset {
  id: string;
  name: string;
  unit: string;
  /** One sentence for the chooser: where the numbers come from and what to look for. */
  description: string;
  values: () => Float64Array;
}

/** Rounds half up, as Math.round does for positive values (numpy: np.floor(x + 0.5)). */
const roundTo = (x: number, step: number) => Math.floor(x / step + 0.5) * step;
const roundTenth = (x: number) => Math.floor(x * 10 + 0.5) / 10;

export const EXAMPLE_DATASETS: readonly ExampleDataset[] = [
  {
    id: 'reaction-times',
    name: 'Reaction time',
    unit: 'ms',
    description:
      '200 reaction times: positive and skewed to the right, with a long tail of slow responses. Compare the Normal with the log-normal.',
    // np.random.seed(3); np.floor(np.exp(np.random.normal(5.8, 0.4, 200)) + 0.5)
    values: () => new NumpyRandomState(3).normal(5.8, 0.4, 200).map((x) => roundTo(Math.exp(x), 1)),
  },
  {
    id: 'tracked-tempos',
    name: 'Tempo',
    unit: 'BPM',
    description:
      '60 tempos read by an automatic beat tracker that locked onto the half-beat four times, doubling those tempos. Compare the Normal with the Laplace.',
    // np.random.seed(11); t = np.floor(np.random.normal(120, 15, 60) * 10 + 0.5) / 10; t[7::15] *= 2
    values: () => new NumpyRandomState(11).normal(120, 15, 60).map((x, i) => roundTenth(x) * (i % 15 === 7 ? 2 : 1)),
  },
  {
    id: 'exam-scores',
    name: 'Exam score',
    unit: 'points',
    description: '120 exam scores out of 100, whole points: roughly bell-shaped, so the Normal does well here.',
    // np.random.seed(5); np.clip(np.floor(np.random.normal(68, 12, 120) + 0.5), 0, 100)
    values: () => new NumpyRandomState(5).normal(68, 12, 120).map((x) => Math.min(100, Math.max(0, roundTo(x, 1)))),
  },
];
