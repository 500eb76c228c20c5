export { CustomerTimeline } from './customer-timeline.tsx';
