export { FilterPanel } from './filter-panel.tsx';
export { SourcePicker } from './source-picker.tsx';
export { UnappliedFilters } from './unapplied-filters.tsx';
export { UrlProblems } from './url-problems.tsx';
export { ZonePicker } from './zone-picker.tsx';
