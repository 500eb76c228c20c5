export { LiveBanner, type LiveView } from './live-banner.tsx';
export { LiveControl } from './live-control.tsx';
