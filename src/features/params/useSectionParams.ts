import { useDeferredValue } from 'react';
import { useNearViewport } from '../../ui/useNearViewport';
import { useGated } from '../../state/useGated';
import type { LabState } from '../../model/readerState';

const selectMuSigma = ({ mu, sigma }: LabState) => ({ mu, sigma });

/** μ and σ while `near` is true; while it is false, the values last returned (see useGated). */
export const useGatedParams = (near: boolean) => useGated(near, selectMuSigma);

/**
 * μ and σ for a section away from the widget, and the ref that marks the section.
 *
 * While the section is off screen it keeps the values it last showed and does not listen
 * to the sliders at all: dragging the widget's sliders then costs nothing here. On screen,
 * it follows them in a deferred render, so the frame the reader is watching comes first.
 * `margin` is how near counts as on screen (see useNearViewport).
 */
export function useSectionParams(margin?: string) {
  const [ref, near] = useNearViewport<HTMLElement>(margin);
  const { mu, sigma } = useGatedParams(near);
  return { ref, mu: useDeferredValue(mu), sigma: useDeferredValue(sigma) };
}
