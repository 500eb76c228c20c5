import { mimeType, type ExportFormat } from './file-name.ts';

/** Where an export's chunks go, one chunk per page: never the whole file as one string. */
export interface ExportSink {
  kind: 'file' | 'download';
  write(chunk: string): Promise<void>;
  /** Finishes the file (the download starts here for `download`). */
  close(): Promise<void>;
  /** Drops what was written (cancel). */
  abort(): Promise<void>;
}

interface SaveFilePickerOptions {
  suggestedName?: string;
  types?: Array<{ description: string; accept: Record<string, string[]> }>;
}
interface WritableFileStream {
  write(data: string): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}
type ShowSaveFilePicker = (options: SaveFilePickerOptions) => Promise<{
  createWritable(): Promise<WritableFileStream>;
}>;

function savePicker(): ShowSaveFilePicker | null {
  const picker = (globalThis as { showSaveFilePicker?: ShowSaveFilePicker }).showSaveFilePicker;
  return typeof picker === 'function' ? picker.bind(globalThis) : null;
}

/** Whether this browser can write straight into a file the user picks (File System Access). */
export const canPickFile = () => savePicker() !== null;

/**
 * A writable on a file the user picks (call it from the click itself: the picker needs the gesture).
 * Null when the user dismissed the picker. Throws when the browser refuses (the caller downloads instead).
 */
export async function pickFileSink(fileName: string, format: ExportFormat): Promise<ExportSink | null> {
  const picker = savePicker();
  if (!picker) throw new Error('This browser cannot save to a chosen file.');
  let handle;
  try {
    handle = await picker({
      suggestedName: fileName,
      types: [
        {
          description: format === 'csv' ? 'CSV' : 'NDJSON',
          accept: { [mimeType[format].split(';')[0] ?? 'text/plain']: [`.${format}`] },
        },
      ],
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
  const writable = await handle.createWritable();
  return {
    kind: 'file',
    write: (chunk) => writable.write(chunk),
    close: () => writable.close(),
    abort: () => writable.abort(),
  };
}

/** Blob parts, one per page, downloaded once through `<a download>`; the object URL is revoked after. */
export function downloadSink(fileName: string, format: ExportFormat): ExportSink {
  let parts: BlobPart[] = [];
  return {
    kind: 'download',
    write: async (chunk) => {
      // A Blob per page lets the browser move the text out of the JS heap as it goes.
      parts.push(new Blob([chunk]));
    },
    close: async () => {
      const blob = new Blob(parts, { type: mimeType[format] });
      parts = [];
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      a.rel = 'noopener';
      a.style.display = 'none';
      document.body.append(a);
      a.click();
      a.remove();
      // The download has its own reference once started; give it a moment before the URL goes.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    abort: async () => {
      parts = [];
    },
  };
}
