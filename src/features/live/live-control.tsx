import { useMemo } from 'react';
import { Field, controlClass } from '../../components/field.tsx';
import { useDisplayZone } from '../../state/use-display-zone.ts';
import { LIVE_INTERVALS, useLive, type LiveInterval } from '../../state/use-live.ts';
import { useLogQuery } from '../../state/use-log-query.ts';
import { LIVE_RANGE_HINT, liveUnavailable } from './live-check.ts';

/** Reading the clock is the point: a range is judged (and a result's first sight kept) when it changes. */
export const readClock = () => Date.now();

/** Why live mode means nothing for the URL's range right now (judged when the range changes). */
export function useUnavailable(): string | null {
  const { query } = useLogQuery();
  const [zone] = useDisplayZone();
  const key = `${query.until}|${zone}`;
  return useMemo(() => liveUnavailable(query, readClock(), zone), [key]); // eslint-disable-line react-hooks/exhaustive-deps
}

/** "Live: off / 10 s / 30 s / 60 s" in the header; disabled, with the reason, when the range does not end now. */
export function LiveControl() {
  const [live, setSeconds] = useLive();
  const unavailable = useUnavailable();
  return (
    <Field label="Live" note={unavailable}>
      {({ id, describedBy }) => (
        <select
          id={id}
          aria-describedby={describedBy}
          disabled={unavailable !== null}
          title={unavailable !== null ? LIVE_RANGE_HINT : 'Check for new logs every few seconds'}
          value={unavailable !== null ? 0 : live.seconds}
          onChange={(event) => setSeconds(Number(event.target.value) as LiveInterval)}
          className={`${controlClass} w-24`}
        >
          {LIVE_INTERVALS.map((s) => (
            <option key={s} value={s}>
              {s === 0 ? 'Off' : `${s} s`}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
