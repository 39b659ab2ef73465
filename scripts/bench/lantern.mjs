// Usage: npm run build && [DIST=dir] node scripts/bench/lantern.mjs [page] [lcp|tbt]
//   e.g. node scripts/bench/lantern.mjs '#likelihood-widget' lcp
//
// What Lighthouse's simulated figures for one page are made of. Lighthouse does not time the
// largest paint or the blocking time it reports: it replays the load's requests and main-thread
// tasks over a slow phone network and a slower CPU (Lantern). This runs Lighthouse once on the
// built site (the settings of `npm run bench`) and prints that replay:
//   lcp: every request and task the largest paint waited for, with its simulated start and end
//        (optimistic and pessimistic graphs; Lighthouse reports their mean);
//   tbt: every simulated task over 50 ms, with its duration as observed and what it held.
import * as Lantern from 'lighthouse/core/lib/lantern/lantern.js';
import { lighthouseRuns } from '../bench-load.mjs';

const [page = '#likelihood-widget', what = 'lcp'] = process.argv.slice(2);
const { results } = await lighthouseRuns(process.env.DIST, 1, [page]);
const { metrics } = results[0];
console.log(`${page || '/'}: LCP ${Math.round(metrics.LCP.value)} ms, TBT ${Math.round(metrics.TBT.value)} ms`);
const replays = Lantern.Simulation.Simulator.allNodeTimings;

const file = (url) => url.split('/').pop().slice(0, 48);
/** The kinds of work in a task, longest first: the script it ran, its layout, its style. */
function held(node) {
  const kinds = new Map();
  for (const event of node.childEvents) {
    let kind = event.name;
    if (kind === 'FunctionCall') kind += ` ${event.args?.data?.functionName || '(anonymous)'}`;
    else if (kind === 'EvaluateScript' || kind === 'v8.compile') kind += ` ${file(event.args?.data?.url ?? '')}`;
    else if (
      ![
        'Layout',
        'UpdateLayoutTree',
        'Paint',
        'FireAnimationFrame',
        'v8.evaluateModule',
        'MajorGC',
        'MinorGC',
      ].includes(kind)
    )
      continue;
    kinds.set(kind, (kinds.get(kind) ?? 0) + event.dur / 1000);
  }
  return [...kinds]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([kind, ms]) => `${kind} ${ms.toFixed(1)} ms`)
    .join(', ');
}

for (const label of what === 'tbt'
  ? ['optimisticTotalBlockingTime']
  : ['optimisticLargestContentfulPaint', 'pessimisticLargestContentfulPaint']) {
  const timings = replays.get(label);
  if (!timings) continue;
  const end = Math.max(...[...timings.values()].map((timing) => timing.endTime));
  console.log(`\n${label}: ends at ${Math.round(end)} ms`);
  for (const [node, timing] of timings) {
    const span = `${String(Math.round(timing.startTime)).padStart(5)} → ${String(Math.round(timing.endTime)).padStart(5)}`;
    if (node.type === 'network') {
      if (what === 'lcp') console.log(`  ${span}  ${file(node.request.url)} (${node.request.transferSize} B)`);
    } else if (what === 'lcp' || timing.endTime - timing.startTime > 50) {
      console.log(`  ${span}  task of ${(node.duration / 1000).toFixed(1)} ms observed: ${held(node)}`);
    }
  }
}
