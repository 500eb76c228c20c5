import { Field, controlClass } from '../../components/field.tsx';
import { browserTimeZone } from '../../logs/time.ts';

const commonZones = ['UTC', 'Asia/Kolkata', 'America/Los_Angeles', 'America/New_York', 'Europe/London'];

/** The display time zone, always visible: the browser's by default, kept per user. */
export function ZonePicker({
  zone,
  sourceZone,
  onChange,
}: {
  zone: string;
  sourceZone: string;
  onChange: (zone: string) => void;
}) {
  const zones = [...new Set([browserTimeZone(), sourceZone, ...commonZones, zone])];
  return (
    <Field label="Times shown in">
      {({ id }) => (
        <select
          id={id}
          className={controlClass}
          value={zone}
          onChange={(event) => onChange(event.target.value)}
        >
          {zones.map((z) => (
            <option key={z} value={z}>
              {z}
              {z === browserTimeZone() ? ' (this browser)' : z === sourceZone ? ' (source)' : ''}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
