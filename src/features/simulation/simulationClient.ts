/**
 * The page's one simulation worker, shared by every section that simulates, and the answers it
 * has given. Sections that ask for the same simulation (the sampling and the coverage sections
 * both draw samples k = 1 … K of n songs) get the same answer, computed once. Where workers
 * are unavailable (tests in jsdom, a Content Security Policy that blocks them) the answer is
 * computed in place, at once.
 */
import { runSimulation, type SimulationRequest, type SimulationResult } from '../../math/simulationRequests';
import SimulationWorker from '../../math/simulation.worker?worker&inline';

/** An answer: `settled` once it is in (at once when computed in place), and a promise of it. */
export interface SimulationAnswer<R extends SimulationRequest> {
  settled: SimulationResult<R> | null;
  promise: Promise<SimulationResult<R>>;
}

/** Recent answers, oldest first: a few simulations' arrays, at most 2,000 samples each. */
const ANSWERS_KEPT = 8;
const answers = new Map<string, SimulationAnswer<SimulationRequest>>();

interface Waiting {
  request: SimulationRequest;
  resolve: (result: SimulationResult<SimulationRequest>) => void;
}

/** undefined: not started yet; null: no worker here (answers are computed in place). */
let worker: Worker | null | undefined;
const waiting = new Map<number, Waiting>();
let lastId = 0;

function startedWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = typeof Worker === 'undefined' ? null : new SimulationWorker();
  } catch {
    worker = null;
  }
  worker?.addEventListener(
    'message',
    ({ data }: MessageEvent<{ id: number; result: SimulationResult<SimulationRequest> }>) => {
      waiting.get(data.id)?.resolve(data.result);
      waiting.delete(data.id);
    },
  );
  worker?.addEventListener('error', () => {
    // A worker that cannot start (blocked by policy): everything asked of it is answered in place.
    worker?.terminate();
    worker = null;
    for (const { request, resolve } of waiting.values()) resolve(runSimulation(request));
    waiting.clear();
  });
  return worker;
}

function ask<R extends SimulationRequest>(request: R): SimulationAnswer<R> {
  const running = startedWorker();
  if (!running) {
    const result = runSimulation(request);
    return { settled: result, promise: Promise.resolve(result) };
  }
  const answer: SimulationAnswer<R> = {
    settled: null,
    promise: new Promise((resolve) => {
      const id = ++lastId;
      waiting.set(id, { request, resolve: resolve as Waiting['resolve'] });
      running.postMessage({ id, request });
    }),
  };
  void answer.promise.then((result) => (answer.settled = result));
  return answer;
}

/** The answer to a simulation request: the one already given or on its way, else a new one. */
export function simulate<R extends SimulationRequest>(request: R): SimulationAnswer<R> {
  const key = JSON.stringify(request);
  const known = answers.get(key) as SimulationAnswer<R> | undefined;
  const answer = known ?? ask(request);
  answers.delete(key); // (re)inserted as the newest
  answers.set(key, answer as SimulationAnswer<SimulationRequest>);
  if (answers.size > ANSWERS_KEPT) answers.delete(answers.keys().next().value!);
  return answer;
}
