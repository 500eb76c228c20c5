import { Field, controlClass } from '../components/field.tsx';
import { themes, useTheme, type Theme } from '../state/use-theme.ts';

const labels: Record<Theme, string> = { system: 'As the system', light: 'Light', dark: 'Dark' };

/** Light or dark, or following the system (the default). */
export function ThemePicker() {
  const [theme, setTheme] = useTheme();
  return (
    <Field label="Theme">
      {({ id }) => (
        <select
          id={id}
          className={`${controlClass} w-32`}
          value={theme}
          onChange={(event) => setTheme(event.target.value as Theme)}
        >
          {themes.map((t) => (
            <option key={t} value={t}>
              {labels[t]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
