export { LogDrawer, type LogDrawerProps } from './log-drawer.tsx';
