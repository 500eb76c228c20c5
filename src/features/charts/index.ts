// Loaded lazily (React.lazy in src/app/charts-area.tsx): nothing here is in the initial bundle.
export { ChartsPanel, type ChartsPanelProps, type TimeRange } from './charts-panel.tsx';
export type { ChartMember } from './dimensions.ts';
