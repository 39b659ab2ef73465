/**
 * Runs the bias simulation off the main thread: 20,000 samples of 40 numpy-exact draws take
 * about a second, far more than a frame. Imported with `?worker&inline` so the single-file
 * and SCORM builds carry it too.
 */
import { biasSimulation } from './simulation';

export interface BiasRequest {
  id: number;
  seed: number;
  n: number;
  samples: number;
  loc: number;
  scale: number;
}

// The DOM typings describe a window; in a worker, postMessage takes a transfer list.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<BiasRequest>) => void) | null;
  postMessage: (message: unknown, transfer: Transferable[]) => void;
};

scope.onmessage = ({ data }) => {
  const result = biasSimulation(data.seed, data.n, data.samples, data.loc, data.scale);
  scope.postMessage({ id: data.id, ...result }, [result.mleRunningMean.buffer, result.unbiasedRunningMean.buffer]);
};
