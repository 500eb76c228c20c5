import { recordingSrc } from '../../api/detail.ts';
import type { LogEntry } from '../../logs/log-entry.ts';
import type { SourceInfo } from '../../logs/source.ts';
import { AudioPlayer } from './audio-player.tsx';
import { recordingFileStem } from './recording-name.ts';

export interface RecordingPlayerProps {
  source: SourceInfo;
  entry: LogEntry;
  zone: string;
}

/** The call's recordings, each with its own player; a missing, unsafe or failing one says so plainly. */
export function RecordingPlayer({ source, entry, zone }: RecordingPlayerProps) {
  const count = entry.recordings.length;
  return (
    <section aria-labelledby="recording-h" className="flex flex-col gap-2">
      <h3 id="recording-h" className="text-sm font-semibold">
        {count > 1 ? `Recordings (${count})` : 'Recording'}
      </h3>
      {count === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">
          {source.label} has no recording of this call.
        </p>
      ) : null}
      {count > 1 ? (
        <p className="text-xs text-slate-500 dark:text-slate-400">
          This call was recorded in {count} parts (for example, paused and resumed), in order.
        </p>
      ) : null}
      <ol className="flex flex-col gap-2">
        {entry.recordings.map((recording, i) => {
          const src = recordingSrc(source, recording);
          const name = count > 1 ? `Recording ${i + 1} of ${count}` : 'Recording of the call';
          return (
            <li key={`${recording.id}-${i}`}>
              {src === null ? (
                <p className="text-sm text-red-700 dark:text-red-300">
                  {name}: its link is not a safe address, so it was not loaded.
                </p>
              ) : (
                <AudioPlayer
                  src={src}
                  label={name}
                  fileStem={recordingFileStem(entry, zone, { index: i, count })}
                  failureText={`${name} could not be played: ${source.label} does not have it, refused it, or sent something that is not audio.`}
                />
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
