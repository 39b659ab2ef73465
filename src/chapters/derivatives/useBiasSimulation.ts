import { useEffect, useRef, useState } from 'react';
import { biasSimulation, type BiasSimulation } from '../../math/simulation';
import type { BiasRequest } from '../../math/simulation.worker';
import BiasWorker from '../../math/simulation.worker?worker&inline';

interface Answer extends BiasSimulation {
  key: string;
}

/**
 * The bias simulation for (seed, n, samples), computed in a Web Worker so a click on
 * "draw" never freezes the page; `pending` while a newer request is out. Where workers are
 * unavailable (tests in jsdom, a strict Content Security Policy) it runs in place.
 */
export function useBiasSimulation(
  seed: number,
  n: number,
  samples: number,
  loc: number,
  scale: number,
): { simulation: BiasSimulation | null; pending: boolean } {
  const key = `${seed}:${n}:${samples}:${loc}:${scale}`;
  const [answer, setAnswer] = useState<Answer | null>(null);
  const worker = useRef<Worker | null | undefined>(undefined);
  const nextId = useRef(0);

  useEffect(() => {
    if (samples === 0) return;
    if (worker.current === undefined) {
      try {
        worker.current = typeof Worker === 'undefined' ? null : new BiasWorker();
      } catch {
        worker.current = null;
      }
    }
    const running = worker.current;
    if (!running) {
      setAnswer({ key, ...biasSimulation(seed, n, samples, loc, scale) });
      return;
    }
    const id = ++nextId.current;
    const request: BiasRequest = { id, seed, n, samples, loc, scale };
    const onMessage = ({ data }: MessageEvent<BiasSimulation & { id: number }>) => {
      // Only the latest request's answer counts; older ones were superseded by more clicks.
      if (data.id === nextId.current)
        setAnswer({ key, mleRunningMean: data.mleRunningMean, unbiasedRunningMean: data.unbiasedRunningMean });
    };
    const onError = () => {
      // A worker that cannot start (blocked by policy) answers in place instead.
      running.terminate();
      worker.current = null;
      setAnswer({ key, ...biasSimulation(seed, n, samples, loc, scale) });
    };
    running.addEventListener('message', onMessage);
    running.addEventListener('error', onError);
    running.postMessage(request);
    return () => {
      running.removeEventListener('message', onMessage);
      running.removeEventListener('error', onError);
    };
  }, [key, seed, n, samples, loc, scale]);

  useEffect(() => () => worker.current?.terminate(), []);

  if (samples === 0) return { simulation: null, pending: false };
  // While a newer request is out, keep showing the last answer (for the same seed and n).
  const current = answer && answer.key === key ? answer : null;
  const previous = answer && answer.key.startsWith(`${seed}:${n}:`) ? answer : null;
  return { simulation: current ?? previous, pending: current === null };
}
