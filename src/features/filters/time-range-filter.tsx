import { useState } from 'react';
import { controlClass } from '../../components/field.tsx';
import type { TimeExpr } from '../../logs/log-query.ts';
import { isRelativeTime } from '../../logs/url-codec.ts';
import { parseProviderTime, toZonedIso } from '../../logs/time.ts';
import { FilterField, type FieldNote } from './filter-field.tsx';
import { describeRange, presetIdOf, timePresets } from './time-presets.ts';

export interface TimeRangeFilterProps {
  since: TimeExpr | null;
  until: TimeExpr | null;
  /** The bounds as resolved for this result (UTC ms), for the absolute range on hover. */
  sinceMs: number | null;
  untilMs: number | null;
  zone: string;
  note?: FieldNote | null;
  onChange: (range: { since: TimeExpr | null; until: TimeExpr | null }) => void;
}

/** `datetime-local` value (read in the display zone) ⇄ an ISO instant for the URL. */
function toInput(expr: TimeExpr | null, zone: string): string {
  if (!expr || isRelativeTime(expr)) return '';
  const ms = Date.parse(expr);
  return Number.isNaN(ms) ? '' : toZonedIso(ms, zone).slice(0, 16);
}
function fromInput(value: string, zone: string): TimeExpr | null {
  const ms = parseProviderTime(value, zone);
  return ms === null ? null : new Date(ms).toISOString();
}

/** A preset (written relative, so a shared link keeps meaning "the last 24 h") or a custom absolute range. */
export function TimeRangeFilter({
  since,
  until,
  sinceMs,
  untilMs,
  zone,
  note,
  onChange,
}: TimeRangeFilterProps) {
  const preset = presetIdOf(since, until);
  const [customOpen, setCustomOpen] = useState(false);
  const showCustom = preset === 'custom' || customOpen;
  const { title } = describeRange(since, until, sinceMs, untilMs, zone);
  const input = `${controlClass} w-full`;
  return (
    <>
      <FilterField label="Time range" note={note} className="w-36">
        {({ id, describedBy }) => (
          <select
            id={id}
            className={`${controlClass} w-full`}
            aria-describedby={describedBy}
            title={title}
            value={showCustom ? 'custom' : preset}
            onChange={(event) => {
              const next = timePresets.find((p) => p.id === event.target.value);
              setCustomOpen(!next);
              if (next) onChange({ since: next.since, until: next.until });
              // Custom starts from the range on screen, as instants, to be adjusted.
              else if (sinceMs !== null || untilMs !== null)
                onChange({
                  since: sinceMs === null ? null : new Date(sinceMs).toISOString(),
                  until:
                    untilMs === null ? null : new Date(Math.floor(untilMs / 60_000) * 60_000).toISOString(),
                });
            }}
          >
            {timePresets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
            <option value="custom">Custom range…</option>
          </select>
        )}
      </FilterField>
      {showCustom ? (
        <>
          <FilterField label={`From (${zone})`} className="w-52">
            {({ id }) => (
              <input
                id={id}
                type="datetime-local"
                className={input}
                value={toInput(since, zone)}
                onChange={(event) => onChange({ since: fromInput(event.target.value, zone), until })}
              />
            )}
          </FilterField>
          <FilterField label={`To (${zone})`} className="w-52">
            {({ id }) => (
              <input
                id={id}
                type="datetime-local"
                className={input}
                value={toInput(until, zone)}
                onChange={(event) => onChange({ since, until: fromInput(event.target.value, zone) })}
              />
            )}
          </FilterField>
        </>
      ) : null}
    </>
  );
}
