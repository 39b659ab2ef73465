/**
 * Runs the simulations off the main thread: 20,000 samples of 40 numpy-exact draws take
 * about a second, far more than a frame. Imported with `?worker&inline` so the single-file
 * and SCORM builds carry it too.
 */
import { buffersOf, runSimulation, type SimulationRequest } from './simulationRequests';

// The DOM typings describe a window; in a worker, postMessage takes a transfer list.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ id: number; request: SimulationRequest }>) => void) | null;
  postMessage: (message: unknown, transfer: Transferable[]) => void;
};

scope.onmessage = ({ data }) => {
  const result = runSimulation(data.request);
  scope.postMessage({ id: data.id, result }, buffersOf(result));
};
