export { LogTable, type LogTableProps } from './log-table.tsx';
