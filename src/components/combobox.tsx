import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';

export interface ComboboxOption {
  value: string;
  label: string;
  description?: string;
}

export interface ComboboxProps {
  /** Id of the trigger, so a `<label htmlFor>` names it. */
  id: string;
  /** What the list holds, for the search box and the list ("Campaign"). */
  label: string;
  options: readonly ComboboxOption[];
  selected: readonly string[];
  multiple: boolean;
  /** The trigger's text when nothing is selected. */
  anyLabel?: string;
  loading?: boolean;
  disabled?: boolean;
  describedBy?: string | undefined;
  className?: string;
  onChange: (values: string[]) => void;
  /** Told what is typed in the search box (to ask the provider too, when its list is cut short). */
  onSearch?: (search: string) => void;
}

interface Row extends ComboboxOption {
  /** A value from the URL that the provider's list does not have. */
  unknown?: boolean;
}

/** Case- and accent-insensitive. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Rows whose label, value or description hold every word typed. */
export function filterOptions<T extends ComboboxOption>(options: readonly T[], search: string): T[] {
  const words = fold(search).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  return options.filter((o) => {
    const text = fold(`${o.label} ${o.value} ${o.description ?? ''}`);
    return words.every((w) => text.includes(w));
  });
}

/** Long lists are cut: type to narrow them. */
const MAX_ROWS = 300;

/**
 * A picker with a search box: a button (role combobox) opening a listbox; single or multiple choice.
 * Keyboard: type to filter, ↑/↓ move, Enter (or Space once moving) toggles, Esc closes.
 * Selected values missing from `options` are listed first, marked "not in list", so they can be removed.
 */
export function Combobox({
  id,
  label,
  options,
  selected,
  multiple,
  anyLabel = 'Any',
  loading,
  disabled,
  describedBy,
  className = '',
  onChange,
  onSearch,
}: ComboboxProps) {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [active, setActive] = useState(0);
  // After an arrow key Space toggles; while typing it is a space.
  const [moving, setMoving] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const listId = useId();

  const rows: Row[] = useMemo(() => {
    const known = new Set(options.map((o) => o.value));
    const missing = selected
      .filter((v) => !known.has(v))
      .map((v): Row => ({ value: v, label: v, unknown: true }));
    return [...missing, ...options];
  }, [options, selected]);
  const shown = useMemo(() => filterOptions(rows, search).slice(0, MAX_ROWS), [rows, search]);
  const chosen = new Set(selected);

  useEffect(() => {
    if (!open) return;
    const el = listRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [active, open]);

  const show = (initial = '') => {
    if (disabled) return;
    setSearch(initial);
    setMoving(false);
    // Open on the first selected row, so ↓ continues from there.
    setActive(
      initial === ''
        ? Math.max(
            0,
            rows.findIndex((r) => chosen.has(r.value)),
          )
        : 0,
    );
    setOpen(true);
    requestAnimationFrame(() => inputRef.current?.focus());
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    setSearch('');
    onSearch?.('');
    if (refocus) triggerRef.current?.focus();
  };
  const toggle = (value: string) => {
    if (!multiple) {
      onChange(chosen.has(value) ? [] : [value]);
      close(true);
      return;
    }
    onChange(chosen.has(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  };

  const summary = (() => {
    if (loading && selected.length === 0) return 'Loading…';
    if (selected.length === 0) return anyLabel;
    const first = rows.find((r) => r.value === selected[0]);
    const name = first ? first.label : (selected[0] ?? '');
    return selected.length === 1 ? name : `${name} +${selected.length - 1}`;
  })();

  const onTriggerKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const key = event.key;
    if (key === 'ArrowDown' || key === 'ArrowUp' || key === 'Enter' || key === ' ') {
      // The page moves through rows on these keys: keep them here.
      event.preventDefault();
      event.stopPropagation();
      show();
    } else if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && key !== '/') {
      event.preventDefault();
      event.stopPropagation();
      show(key);
    }
  };

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const key = event.key;
    const move = (to: number) => {
      event.preventDefault();
      setMoving(true);
      setActive(shown.length === 0 ? 0 : (to + shown.length) % shown.length);
    };
    if (key === 'ArrowDown') move(active + 1);
    else if (key === 'ArrowUp') move(active - 1);
    else if (key === 'Home' && moving) move(0);
    else if (key === 'End' && moving) move(shown.length - 1);
    else if (key === 'Enter' || (key === ' ' && (moving || search === ''))) {
      event.preventDefault();
      const row = shown[active];
      if (row) toggle(row.value);
    } else if (key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (key === 'Tab') {
      close(false);
    }
    if (key !== 'Escape') event.stopPropagation();
  };

  const activeId = open && shown[active] ? `${listId}-${active}` : undefined;

  return (
    <div
      ref={rootRef}
      className="relative"
      onBlur={(event) => {
        if (open && !rootRef.current?.contains(event.relatedTarget as Node | null)) close(false);
      }}
    >
      <button
        ref={triggerRef}
        id={id}
        type="button"
        role="combobox"
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-describedby={describedBy}
        aria-busy={loading || undefined}
        disabled={disabled}
        onClick={() => (open ? close(true) : show())}
        onKeyDown={onTriggerKey}
        className={`flex h-8 w-full items-center gap-1 rounded border border-slate-300 bg-white pr-1.5 pl-2 text-left text-sm text-slate-900 focus:outline-2 focus:outline-teal-600 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 ${className}`}
      >
        <span
          className={`min-w-0 flex-1 truncate ${selected.length === 0 ? 'text-slate-500 dark:text-slate-400' : ''}`}
        >
          {summary}
        </span>
        <svg
          viewBox="0 0 16 16"
          aria-hidden="true"
          className="h-3.5 w-3.5 shrink-0 fill-current text-slate-500"
        >
          <path d="M4.2 6.2a.75.75 0 0 1 1.06 0L8 8.94l2.74-2.74a.75.75 0 1 1 1.06 1.06L8.53 10.53a.75.75 0 0 1-1.06 0L4.2 7.26a.75.75 0 0 1 0-1.06z" />
        </svg>
      </button>
      {open ? (
        <div className="absolute top-full left-0 z-30 mt-1 flex w-72 flex-col rounded-md border border-slate-300 bg-white shadow-lg dark:border-slate-600 dark:bg-slate-900">
          <input
            ref={inputRef}
            type="text"
            aria-label={`Search ${label.toLowerCase()}`}
            aria-controls={listId}
            aria-activedescendant={activeId}
            aria-autocomplete="list"
            autoComplete="off"
            spellCheck={false}
            placeholder={`Search ${rows.length} ${rows.length === 1 ? 'choice' : 'choices'}…`}
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
              onSearch?.(event.target.value);
              setActive(0);
              setMoving(false);
            }}
            onKeyDown={onSearchKey}
            className="h-8 border-b border-slate-200 bg-transparent px-2 text-sm outline-none placeholder:text-slate-400 dark:border-slate-700"
          />
          <ul
            ref={listRef}
            id={listId}
            role="listbox"
            aria-label={`${label} choices`}
            aria-multiselectable={multiple || undefined}
            tabIndex={-1}
            className="max-h-64 overflow-y-auto py-1"
          >
            {shown.map((row, index) => {
              const on = chosen.has(row.value);
              return (
                <li
                  key={row.value}
                  id={`${listId}-${index}`}
                  data-index={index}
                  role="option"
                  aria-selected={on}
                  title={row.description}
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => active !== index && setActive(index)}
                  onClick={() => toggle(row.value)}
                  className={`flex cursor-pointer items-start gap-2 px-2 py-1 text-sm ${index === active ? 'bg-teal-50 dark:bg-teal-950' : ''}`}
                >
                  <span
                    aria-hidden="true"
                    className={`mt-0.5 flex h-3.5 w-3.5 shrink-0 items-center justify-center border text-[10px] leading-none ${multiple ? 'rounded-sm' : 'rounded-full'} ${on ? 'border-teal-600 bg-teal-600 text-white' : 'border-slate-400'}`}
                  >
                    {on ? '✓' : ''}
                  </span>
                  <span className="min-w-0 flex-1">
                    <span className="block truncate">
                      {row.label}
                      {row.unknown ? (
                        <>
                          {' '}
                          <span className="text-xs text-amber-700 dark:text-amber-300">(not in list)</span>
                        </>
                      ) : null}
                    </span>
                    {row.description ? (
                      <span className="block truncate text-xs text-slate-500 dark:text-slate-400">
                        {row.description}
                      </span>
                    ) : null}
                  </span>
                </li>
              );
            })}
          </ul>
          {shown.length === 0 ? (
            <p className="px-2 py-2 text-sm text-slate-500" role="status">
              {loading ? 'Loading…' : search ? `Nothing matches “${search}”` : 'No choices'}
            </p>
          ) : null}
          {selected.length > 0 ? (
            <div className="flex items-center justify-between border-t border-slate-200 px-2 py-1 text-xs dark:border-slate-700">
              <span className="text-slate-500">{selected.length} selected</span>
              <button
                type="button"
                className="rounded px-1.5 py-0.5 text-teal-700 hover:bg-slate-100 dark:text-teal-300 dark:hover:bg-slate-800"
                onClick={() => {
                  onChange([]);
                  if (multiple) inputRef.current?.focus();
                  else close(true);
                }}
              >
                Clear
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
