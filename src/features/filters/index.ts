// The panel itself is in panel-chunk.ts, loaded lazily (in parallel with the adapter) by the app.
export { FilterSheet, activeFilterCount } from './filter-sheet.tsx';
export { LeftOutSources } from './left-out-sources.tsx';
export { SourcePicker } from './source-picker.tsx';
export { UnappliedFilters } from './unapplied-filters.tsx';
export { UrlProblems } from './url-problems.tsx';
export { ZonePicker } from './zone-picker.tsx';
