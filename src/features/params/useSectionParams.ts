import { useDeferredValue, useRef } from 'react';
import { useNearViewport } from '../../ui/useNearViewport';
import { useLabStore } from '../../state/store';

/**
 * μ and σ while `near` is true; while it is false, the values last returned, without
 * listening to the store at all, so an off-screen figure costs nothing on a slider step.
 */
export function useGatedParams(near: boolean) {
  const shown = useRef({ mu: useLabStore.getState().mu, sigma: useLabStore.getState().sigma });
  const mu = useLabStore((s) => (near ? s.mu : shown.current.mu));
  const sigma = useLabStore((s) => (near ? s.sigma : shown.current.sigma));
  // Remember what was last shown, for when the figure leaves the screen.
  // eslint-disable-next-line react-hooks/refs -- a cache of rendered values, read only by the selectors above
  shown.current = { mu, sigma };
  return { mu, sigma };
}

/**
 * μ and σ for a section away from the widget, and the ref that marks the section.
 *
 * While the section is off screen it keeps the values it last showed and does not listen
 * to the sliders at all: dragging the widget's sliders then costs nothing here. On screen,
 * it follows them in a deferred render, so the frame the reader is watching comes first.
 */
export function useSectionParams() {
  const [ref, near] = useNearViewport<HTMLElement>();
  const { mu, sigma } = useGatedParams(near);
  return { ref, mu: useDeferredValue(mu), sigma: useDeferredValue(sigma) };
}
