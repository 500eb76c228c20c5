// A chunk of its own: the app starts loading it at start-up, beside the provider adapter it waits for anyway.
export { ActiveFilterSummary } from './active-filter-summary.tsx';
export { FilterPanel } from './filter-panel.tsx';
export { MergedFilterPanel } from './merged-filter-panel.tsx';
export { MergedEmptySummary } from './merged-empty-summary.tsx';
