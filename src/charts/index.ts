/**
 * The workspace's charts. Each is a self-contained React component fed with plain data
 * from sim-core's view (SimView, getMemoryHistory, CATALOGUE.images); texts come in
 * `strings` (a translate function over the i18n namespace `charts`: chartText('ja'), or the page's own). The arithmetic lives in src/viz/.
 */
export { TimelineChart, type TimelineChartProps } from './TimelineChart';
export { MemoryChart, type MemoryChartProps } from './MemoryChart';
export { DiskChart, type DiskChartProps } from './DiskChart';
export { ComparisonTable, type ComparisonTableProps } from './ComparisonTable';
export { chartText, phaseLabel, type ChartText } from './chart-text';
export { Legend, type LegendItem } from './Legend';
export { useElementWidth, useChartWidth } from './useElementWidth';
export type { TimeScaleKind } from '../viz/time-scale';
