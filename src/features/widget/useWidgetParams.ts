import { createContext, useContext } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectWidgetParams } from '../../model/summary';
import { useLabStore } from '../../state/store';
import { useGated } from '../../state/useGated';

/** μ and σ (or m and b) as the widget's sliders set them. */
export const useWidgetParams = () => useLabStore(useShallow(selectWidgetParams));

/**
 * Whether the widget is on screen or near it (or holds the focus). Off screen, what it only
 * draws (the lines, the y axis) keeps the μ and σ it last showed: a slider elsewhere on the
 * page that moves the same μ (the slope's, the NLL's) then redraws none of it. Its words and
 * controls (title, ℓ, sliders, formula) always follow, since assistive technology reads them
 * wherever they are.
 */
export const WidgetNearContext = createContext(true);

/** μ and σ for what the widget draws: those of now while it is near the screen (see WidgetNearContext). */
export const useDrawnWidgetParams = () => useGated(useContext(WidgetNearContext), selectWidgetParams);
