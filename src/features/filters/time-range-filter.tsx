import { useState } from 'react';
import { Field, controlClass } from '../../components/field.tsx';
import type { TimeExpr } from '../../logs/log-query.ts';
import { isRelativeTime } from '../../logs/url-codec.ts';
import { parseProviderTime, toZonedIso } from '../../logs/time.ts';
import { presetIdOf, timePresets } from './time-presets.ts';

export interface TimeRangeFilterProps {
  since: TimeExpr | null;
  until: TimeExpr | null;
  zone: string;
  note?: string | null;
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

export function TimeRangeFilter({ since, until, zone, note, onChange }: TimeRangeFilterProps) {
  const preset = presetIdOf(since, until);
  const [customOpen, setCustomOpen] = useState(false);
  const showCustom = preset === 'custom' || customOpen;
  return (
    <div className="flex items-end gap-2">
      <Field label="Time range" note={note}>
        {({ id, describedBy }) => (
          <select
            id={id}
            className={controlClass}
            aria-describedby={describedBy}
            value={showCustom ? 'custom' : preset}
            onChange={(event) => {
              const next = timePresets.find((p) => p.id === event.target.value);
              setCustomOpen(!next);
              if (next) onChange({ since: next.since, until: next.until });
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
      </Field>
      {showCustom ? (
        <>
          <Field label={`From (${zone})`}>
            {({ id }) => (
              <input
                id={id}
                type="datetime-local"
                className={controlClass}
                value={toInput(since, zone)}
                onChange={(event) => onChange({ since: fromInput(event.target.value, zone), until })}
              />
            )}
          </Field>
          <Field label={`To (${zone})`}>
            {({ id }) => (
              <input
                id={id}
                type="datetime-local"
                className={controlClass}
                value={toInput(until, zone)}
                onChange={(event) => onChange({ since, until: fromInput(event.target.value, zone) })}
              />
            )}
          </Field>
        </>
      ) : null}
    </div>
  );
}
