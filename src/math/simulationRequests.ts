/**
 * The simulations the explorable runs off the main thread, as messages: what a request asks
 * for, and the one function that answers it (in the worker, or in place where workers are
 * unavailable), so both paths compute exactly the same numbers.
 */
import { biasSimulation, repeatedSamples, type BiasSimulation, type SampleEstimates } from './simulation';

/** Running means of both variance estimators over `samples` samples of n, in one seeded stream. */
export interface BiasRequest {
  kind: 'bias';
  seed: number;
  n: number;
  samples: number;
  loc: number;
  scale: number;
}

/** Estimates from samples k = 1 … count, sample k drawn as np.random.seed(k) draws it. */
export interface SamplesRequest {
  kind: 'samples';
  n: number;
  count: number;
  loc: number;
  scale: number;
}

export type SimulationRequest = BiasRequest | SamplesRequest;

export type SimulationResult<R extends SimulationRequest> = R extends BiasRequest ? BiasSimulation : SampleEstimates;

export function runSimulation<R extends SimulationRequest>(request: R): SimulationResult<R> {
  const result =
    request.kind === 'bias'
      ? biasSimulation(request.seed, request.n, request.samples, request.loc, request.scale)
      : repeatedSamples(request.n, request.count, request.loc, request.scale);
  return result as SimulationResult<R>;
}

/** The arrays of a result, handed to the main thread without a copy. */
export function buffersOf(result: object): ArrayBuffer[] {
  return Object.values(result).flatMap((value) => (value instanceof Float64Array ? [value.buffer as ArrayBuffer] : []));
}
