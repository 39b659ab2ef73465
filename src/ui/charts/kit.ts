/**
 * Every chart drawn with Recharts, and the Recharts hooks the layers outside this folder
 * read scales with: one chunk, fetched after a chapter's text (see deferredCharts.tsx).
 * Import the charts through deferredCharts, never from here.
 */
export { CurveLayer, DensityPlot } from './DensityPlot';
export { CategoryBarChart } from './CategoryBarChart';
export { CursorLine, PathLayer, TangentLayer } from './Layers';
export { DragLayer, PointsLayer, SegmentsLayer } from './ScatterLayers';
export { usePlotArea, useXAxisInverseScale, useXAxisScale, useYAxisScale } from 'recharts';
