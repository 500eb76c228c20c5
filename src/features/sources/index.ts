export { SourcesOverview } from './sources-overview.tsx';
