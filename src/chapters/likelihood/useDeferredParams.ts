import { useDeferredValue } from 'react';
import { useLabStore } from '../../state/store';

/**
 * μ and σ for figures away from the widget. They follow the sliders in a deferred render,
 * so dragging a slider repaints the widget first and these figures right after, and never
 * holds up the frame the reader is looking at.
 */
export function useDeferredParams(): { mu: number; sigma: number } {
  const mu = useDeferredValue(useLabStore((s) => s.mu));
  const sigma = useDeferredValue(useLabStore((s) => s.sigma));
  return { mu, sigma };
}
