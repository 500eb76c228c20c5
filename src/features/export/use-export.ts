import { useCallback, useEffect, useRef, useState } from 'react';
import { exportFileName, type ExportFormat } from './file-name.ts';
import { runExport, type ExportPlan, type ExportProgress, type ExportResult } from './run-export.ts';
import { canPickFile, downloadSink, pickFileSink, type ExportSink } from './sink.ts';

export type ExportState =
  | { phase: 'setup' }
  | { phase: 'running'; fileName: string; startedAt: number; progress: ExportProgress; now: number }
  | {
      phase: 'finished';
      fileName: string;
      startedAt: number;
      endedAt: number;
      result: ExportResult;
      savedTo: ExportSink['kind'];
    }
  | { phase: 'cancelled'; fileName: string; rows: number }
  | { phase: 'failed'; fileName: string; rows: number; message: string };

export type StartPlan = Omit<ExportPlan, 'exportedAt' | 'format'> & {
  format: ExportFormat;
  fileSource: string;
};

const EMPTY: ExportProgress = { rows: 0, total: null, skipped: 0, duplicates: 0, wait: null };

/** One export at a time: start (file picker or download), progress, cancel; aborted on unmount. */
export function useExport() {
  const [state, setState] = useState<ExportState>({ phase: 'setup' });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async (plan: StartPlan) => {
    const exportedAt = Date.now();
    const fileName = exportFileName(plan.fileSource, exportedAt, plan.zone, plan.format);
    let sink: ExportSink;
    try {
      // The picker must open from the click itself, before anything else awaits.
      const picked = canPickFile() ? await pickFileSink(fileName, plan.format) : undefined;
      if (picked === null) return; // the user closed the picker: nothing starts
      sink = picked ?? downloadSink(fileName, plan.format);
    } catch {
      sink = downloadSink(fileName, plan.format);
    }
    const abort = new AbortController();
    controller.current = abort;
    let rows = 0;
    setState({ phase: 'running', fileName, startedAt: exportedAt, progress: EMPTY, now: exportedAt });
    try {
      const result = await runExport({ ...plan, exportedAt }, sink, abort.signal, (progress) => {
        rows = progress.rows;
        setState({ phase: 'running', fileName, startedAt: exportedAt, progress, now: Date.now() });
      });
      setState({
        phase: 'finished',
        fileName,
        startedAt: exportedAt,
        endedAt: Date.now(),
        result,
        savedTo: sink.kind,
      });
    } catch (error) {
      if (abort.signal.aborted) setState({ phase: 'cancelled', fileName, rows });
      else {
        await sink.abort().catch(() => {});
        setState({
          phase: 'failed',
          fileName,
          rows,
          message: error instanceof Error ? error.message : String(error),
        });
      }
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setState({ phase: 'setup' }), []);
  return { state, start, cancel, reset };
}
