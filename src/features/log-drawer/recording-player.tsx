import { useState } from 'react';
import { recordingSrc } from '../../api/detail.ts';
import type { LogEntry } from '../../logs/log-entry.ts';
import type { SourceInfo } from '../../logs/source.ts';

/** The call's recordings as real `<audio>` elements; a missing or failing one says so instead of a broken player. */
export function RecordingPlayer({ source, entry }: { source: SourceInfo; entry: LogEntry }) {
  const [failed, setFailed] = useState<Record<string, boolean>>({});
  return (
    <section aria-labelledby="recording-h" className="flex flex-col gap-2">
      <h3 id="recording-h" className="text-sm font-semibold">
        Recording
      </h3>
      {entry.recordings.length === 0 ? (
        <p className="text-sm text-slate-500">No recording for this call.</p>
      ) : null}
      {entry.recordings.map((recording, i) => {
        const src = recordingSrc(source, recording);
        if (src === null)
          return (
            <p key={recording.id} className="text-sm text-red-700">
              The recording link is not a safe URL and was not loaded.
            </p>
          );
        if (failed[recording.id]) {
          return (
            <p key={recording.id} role="status" className="text-sm text-red-700 dark:text-red-300">
              Recording {entry.recordings.length > 1 ? i + 1 : ''} could not be played: {source.label} does
              not have it or refused it.
            </p>
          );
        }
        return (
          <audio
            key={recording.id}
            controls
            preload="metadata"
            src={src}
            aria-label={
              entry.recordings.length > 1 ? `Recording ${i + 1} of the call` : 'Recording of the call'
            }
            className="w-full"
            onError={() => setFailed((f) => ({ ...f, [recording.id]: true }))}
          />
        );
      })}
    </section>
  );
}
