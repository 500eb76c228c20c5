import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { clock, SPEEDS, spokenTime, stepSpeed } from './media-time.ts';
import { recordingExtension } from './recording-name.ts';

export interface AudioPlayerProps {
  src: string;
  /** Names the player's group ("Recording of the call", "Recording 2 of 3"). */
  label: string;
  /** The download's file name without extension (the extension follows the file's type). */
  fileStem: string;
  /** Said instead of the player when the recording cannot be played. */
  failureText: string;
}

const SKIP_SEC = 10;
const button =
  'inline-flex h-8 min-w-8 items-center justify-center rounded px-1.5 text-sm hover:bg-slate-200 focus-visible:outline-2 focus-visible:outline-teal-600 disabled:opacity-40 dark:hover:bg-slate-700';

/** Starts a download of `href` under `name` (a transient object URL, never left in the page). */
function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A real `<audio>` with its own accessible controls: play/pause (Space), a seek bar with elapsed/total
 * time (←/→ ±10 s, Home/End), speed 0.5×–2× (`<`/`>`), volume and mute, and a named download.
 * Unmounting stops playback and aborts the stream (stepping to the next log never leaves audio playing).
 */
export function AudioPlayer({ src, label, fileStem, failureText }: AudioPlayerProps) {
  const audioRef = useRef<HTMLAudioElement>(null);
  /** Where a seek still in flight is going: a second quick skip starts from there. */
  const pendingSeek = useRef<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const [current, setCurrent] = useState(0);
  const [duration, setDuration] = useState(Number.NaN);
  const [rate, setRate] = useState(1);
  const [volume, setVolume] = useState(1);
  const [muted, setMuted] = useState(false);
  const [failed, setFailed] = useState(false);
  const [downloadNote, setDownloadNote] = useState('');

  useEffect(() => {
    const audio = audioRef.current;
    // A remount of the same element (StrictMode's effect replay) gets back the source the cleanup took.
    if (audio && audio.getAttribute('src') !== src) audio.setAttribute('src', src);
    return () => {
      if (!audio) return;
      audio.pause();
      audio.removeAttribute('src');
      audio.load(); // aborts the pending range request
    };
  }, [src]);

  const audio = () => audioRef.current;
  const known = Number.isFinite(duration) && duration > 0;
  const seekTo = (seconds: number) => {
    const a = audio();
    if (!a || !known) return;
    const target = Math.min(Math.max(seconds, 0), duration);
    pendingSeek.current = target;
    a.currentTime = target;
    setCurrent(target);
  };
  // From the element's own position, not the last rendered one: two quick presses must skip twice.
  const skipBy = (seconds: number) =>
    seekTo((pendingSeek.current ?? audio()?.currentTime ?? current) + seconds);
  const toggle = () => {
    const a = audio();
    if (!a) return;
    if (a.paused) a.play().catch(() => undefined);
    else a.pause();
  };
  const changeRate = (next: number) => {
    const a = audio();
    if (a) a.playbackRate = next;
    setRate(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    const control = target.dataset.control ?? '';
    const handled = (fn: () => void) => {
      event.preventDefault();
      event.stopPropagation();
      fn();
    };
    // Buttons and the speed picker keep their native keys; elsewhere in the player these are shortcuts.
    if (event.key === ' ' && !/^(BUTTON|SELECT|A)$/.test(target.tagName)) handled(toggle);
    else if (control === 'volume' || target.tagName === 'SELECT') return;
    else if (event.key === 'ArrowRight' || (control === 'seek' && event.key === 'ArrowUp'))
      handled(() => skipBy(SKIP_SEC));
    else if (event.key === 'ArrowLeft' || (control === 'seek' && event.key === 'ArrowDown'))
      handled(() => skipBy(-SKIP_SEC));
    else if (control === 'seek' && event.key === 'Home') handled(() => seekTo(0));
    else if (control === 'seek' && event.key === 'End') handled(() => seekTo(duration));
    else if (event.key === '>') handled(() => changeRate(stepSpeed(rate, 1)));
    else if (event.key === '<') handled(() => changeRate(stepSpeed(rate, -1)));
  };

  const download = async (event: MouseEvent<HTMLAnchorElement>) => {
    // Same-origin files (through the proxy) are fetched to name them by their type; a provider's public
    // URL is left to the browser, which may keep the provider's own name (no CORS to read it).
    if (!src.startsWith('/')) return;
    event.preventDefault();
    setDownloadNote('Preparing the download…');
    try {
      const response = await fetch(src);
      if (!response.ok) throw new Error(String(response.status));
      const extension = recordingExtension(response.headers.get('content-type'), src);
      saveBlob(await response.blob(), `${fileStem}.${extension}`);
      setDownloadNote('');
    } catch {
      setDownloadNote('The download failed; try again.');
    }
  };

  if (failed) {
    return (
      <p role="status" className="text-sm text-red-700 dark:text-red-300">
        {failureText}
      </p>
    );
  }

  return (
    <div
      role="group"
      aria-label={label}
      onKeyDown={onKeyDown}
      className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-slate-50 px-2 py-1.5 dark:border-slate-700 dark:bg-slate-800/60"
    >
      <audio
        ref={audioRef}
        src={src}
        preload="metadata"
        data-recording=""
        aria-label={label}
        onPlay={(e) => {
          setPlaying(true);
          // One voice at a time: starting this recording pauses any other in the drawer.
          const self = e.currentTarget;
          self.setAttribute('data-active', '');
          for (const other of document.querySelectorAll<HTMLAudioElement>('audio[data-recording]'))
            if (other !== self) {
              other.pause();
              other.removeAttribute('data-active');
            }
        }}
        onPause={() => setPlaying(false)}
        onSeeked={() => {
          pendingSeek.current = null;
        }}
        onEnded={() => setPlaying(false)}
        onTimeUpdate={(e) => {
          const a = e.currentTarget;
          setCurrent(a.currentTime);
          // The length may arrive without a durationchange React saw (a reload of the same element).
          if (Number.isFinite(a.duration) && a.duration !== duration) setDuration(a.duration);
        }}
        onLoadedMetadata={(e) => setDuration(e.currentTarget.duration)}
        onDurationChange={(e) => setDuration(e.currentTarget.duration)}
        onRateChange={(e) => setRate(e.currentTarget.playbackRate)}
        onVolumeChange={(e) => {
          setVolume(e.currentTarget.volume);
          setMuted(e.currentTarget.muted);
        }}
        onError={() => setFailed(true)}
      />
      <div className="flex items-center gap-1.5">
        <button
          type="button"
          className={`${button} bg-teal-700 text-white hover:bg-teal-800 dark:bg-teal-600 dark:hover:bg-teal-500`}
          onClick={toggle}
          aria-label={playing ? 'Pause' : 'Play'}
          aria-keyshortcuts="Space"
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
        </button>
        <button
          type="button"
          className={button}
          onClick={() => skipBy(-SKIP_SEC)}
          disabled={!known}
          aria-label="Back 10 seconds"
        >
          <span aria-hidden="true" className="text-xs">
            −10
          </span>
        </button>
        <span className="w-12 text-right font-mono text-xs tabular-nums" aria-hidden="true">
          {clock(current)}
        </span>
        <input
          type="range"
          data-control="seek"
          aria-label="Seek"
          aria-keyshortcuts="ArrowLeft ArrowRight Home End"
          aria-valuetext={`${spokenTime(current)} of ${spokenTime(duration)}`}
          min={0}
          max={known ? duration : 0}
          step="any"
          value={known ? Math.min(current, duration) : 0}
          disabled={!known}
          onChange={(e) => seekTo(Number(e.currentTarget.value))}
          className="h-1.5 min-w-16 flex-1 cursor-pointer accent-teal-700 dark:accent-teal-400"
        />
        <span className="w-12 font-mono text-xs tabular-nums" aria-hidden="true">
          {clock(duration)}
        </span>
        <span className="sr-only" aria-live="off">
          {clock(current)} of {clock(duration)}
        </span>
        <button
          type="button"
          className={button}
          onClick={() => skipBy(SKIP_SEC)}
          disabled={!known}
          aria-label="Forward 10 seconds"
        >
          <span aria-hidden="true" className="text-xs">
            +10
          </span>
        </button>
      </div>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 pl-1 text-xs">
        <label className="inline-flex items-center gap-1">
          <span className="text-slate-600 dark:text-slate-300">Speed</span>
          <select
            value={String(rate)}
            onChange={(e) => changeRate(Number(e.currentTarget.value))}
            aria-keyshortcuts="Shift+Comma Shift+Period"
            className="h-6 rounded border border-slate-300 bg-white px-1 text-xs dark:border-slate-600 dark:bg-slate-900"
          >
            {SPEEDS.map((s) => (
              <option key={s} value={String(s)}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <span className="inline-flex items-center gap-1">
          <button
            type="button"
            className={`${button} h-6 min-w-6`}
            aria-pressed={muted}
            aria-label="Mute"
            onClick={() => {
              const a = audio();
              if (a) a.muted = !a.muted;
            }}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" className="h-4 w-4 fill-current">
              <path d="M4 9h4l5-4v14l-5-4H4z" />
              {muted || volume === 0 ? (
                <path d="M16 9l5 6m0-6l-5 6" className="fill-none stroke-current stroke-2" />
              ) : (
                <path
                  d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12"
                  className="fill-none stroke-current stroke-2"
                />
              )}
            </svg>
          </button>
          <input
            type="range"
            data-control="volume"
            aria-label="Volume"
            aria-valuetext={`${Math.round((muted ? 0 : volume) * 100)}%`}
            min={0}
            max={1}
            step={0.05}
            value={muted ? 0 : volume}
            onChange={(e) => {
              const a = audio();
              if (!a) return;
              a.volume = Number(e.currentTarget.value);
              a.muted = false;
            }}
            className="h-1 w-20 cursor-pointer accent-teal-700 dark:accent-teal-400"
          />
        </span>
        <a
          href={src}
          download={`${fileStem}.${recordingExtension(null, src)}`}
          onClick={(e) => void download(e)}
          className="ml-auto text-teal-700 underline dark:text-teal-300"
        >
          Download
        </a>
        {downloadNote ? (
          <span role="status" className="text-slate-500">
            {downloadNote}
          </span>
        ) : null}
      </div>
    </div>
  );
}
