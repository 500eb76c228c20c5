import type { ReactNode } from 'react';

/** Where `needle` occurs in `text`, case-insensitively (any script): start offsets. */
export function matchOffsets(text: string, needle: string): number[] {
  const n = needle.trim().toLocaleLowerCase();
  if (n === '') return [];
  const hay = text.toLocaleLowerCase();
  // Lower-casing can change lengths (rare: İ); then offsets would drift, so match on the original.
  const same = hay.length === text.length;
  const source = same ? hay : text;
  const find = same ? n : needle.trim();
  const out: number[] = [];
  for (let at = source.indexOf(find); at !== -1; at = source.indexOf(find, at + find.length)) out.push(at);
  return out;
}

/** `text` with every match of `needle` in a `<mark>`; text only, never markup. */
export function Highlighted({ text, needle }: { text: string; needle: string }): ReactNode {
  const offsets = matchOffsets(text, needle);
  if (offsets.length === 0) return text;
  const length = needle.trim().length;
  const parts: ReactNode[] = [];
  let from = 0;
  for (const at of offsets) {
    if (at > from) parts.push(text.slice(from, at));
    parts.push(
      <mark
        key={at}
        className="rounded-sm bg-amber-200 text-inherit data-[current]:bg-amber-400 data-[current]:outline-2 data-[current]:outline-amber-600 dark:bg-amber-700/70 dark:data-[current]:bg-amber-500"
      >
        {text.slice(at, at + length)}
      </mark>,
    );
    from = at + length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}
