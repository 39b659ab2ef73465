import { useEffect, useRef, useState } from 'react';
import { runSimulation, type SimulationRequest, type SimulationResult } from '../../math/simulationRequests';
import SimulationWorker from '../../math/simulation.worker?worker&inline';

interface Answer<R extends SimulationRequest> {
  key: string;
  series: string;
  result: SimulationResult<R>;
}

/**
 * A simulation computed in a Web Worker, so that a click on "draw" never freezes the page;
 * `pending` while the answer to the latest request is out. Where workers are unavailable
 * (tests in jsdom, a strict Content Security Policy) it runs in place.
 *
 * `series` names requests that extend one another (more samples of the same size): while a
 * newer one is out, the last answer of the same series stays on screen instead of nothing.
 * A null request asks for nothing.
 */
export function useSimulation<R extends SimulationRequest>(
  request: R | null,
  series: string,
): { result: SimulationResult<R> | null; pending: boolean } {
  const key = request ? JSON.stringify(request) : '';
  const [answer, setAnswer] = useState<Answer<R> | null>(null);
  const worker = useRef<Worker | null | undefined>(undefined);
  const nextId = useRef(0);

  useEffect(() => {
    if (!key) return;
    const asked = JSON.parse(key) as R;
    const answerInPlace = () => setAnswer({ key, series, result: runSimulation(asked) });
    if (worker.current === undefined) {
      try {
        worker.current = typeof Worker === 'undefined' ? null : new SimulationWorker();
      } catch {
        worker.current = null;
      }
    }
    const running = worker.current;
    if (!running) return answerInPlace();
    const id = ++nextId.current;
    const onMessage = ({ data }: MessageEvent<{ id: number; result: SimulationResult<R> }>) => {
      // Only the latest request's answer counts; older ones were superseded by more clicks.
      if (data.id === nextId.current) setAnswer({ key, series, result: data.result });
    };
    const onError = () => {
      // A worker that cannot start (blocked by policy) answers in place instead.
      running.terminate();
      worker.current = null;
      answerInPlace();
    };
    running.addEventListener('message', onMessage);
    running.addEventListener('error', onError);
    running.postMessage({ id, request: asked });
    return () => {
      running.removeEventListener('message', onMessage);
      running.removeEventListener('error', onError);
    };
  }, [key, series]);

  useEffect(() => () => worker.current?.terminate(), []);

  if (!key) return { result: null, pending: false };
  const current = answer?.key === key ? answer : null;
  const previous = answer?.series === series ? answer : null;
  return { result: (current ?? previous)?.result ?? null, pending: current === null };
}
