import { useEffect, useState } from 'react';
import type { SimulationRequest, SimulationResult } from '../../math/simulationRequests';
import { simulate } from './simulationClient';

interface Answer<R extends SimulationRequest> {
  key: string;
  series: string;
  result: SimulationResult<R>;
}

/**
 * A simulation computed off the main thread (simulationClient: one worker for the page, and
 * the same answer for the same request), so that a click on "draw" never freezes the page;
 * `pending` while the answer to the latest request is out.
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

  useEffect(() => {
    if (!key) return;
    const { settled, promise } = simulate(JSON.parse(key) as R);
    const show = (result: SimulationResult<R>) => setAnswer({ key, series, result });
    // An answer already in (given before, or computed in place) shows in this commit.
    if (settled) return show(settled);
    // Only the latest request's answer counts; older ones were superseded by more clicks.
    let latest = true;
    void promise.then((result) => latest && show(result));
    return () => {
      latest = false;
    };
  }, [key, series]);

  if (!key) return { result: null, pending: false };
  const current = answer?.key === key ? answer : null;
  const previous = answer?.series === series ? answer : null;
  return { result: (current ?? previous)?.result ?? null, pending: current === null };
}
