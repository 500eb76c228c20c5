export { LogTable, type LogTableProps } from './log-table.tsx';
export { unknownColumnIds } from './columns.tsx';
