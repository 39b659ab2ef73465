import { createContext, useContext } from 'react';
import { useGated } from '../../state/useGated';
import { selectWidgetParams } from '../../model/summary';

/**
 * Whether the widget is on screen or near it. Off screen, its parts keep the μ and σ they last
 * showed: a slider elsewhere on the page that moves the same μ (the slope, the NLL) then
 * re-renders none of the widget.
 */
export const WidgetNearContext = createContext(true);

/** μ and σ (or m and b) as the widget's sliders set them, while the widget is near the screen. */
export const useWidgetParams = () => useGated(useContext(WidgetNearContext), selectWidgetParams);
