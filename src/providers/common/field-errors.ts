import type { FieldError, FilterRef } from '../adapter.ts';

/**
 * The validation messages that name one of the provider's parameters, tied to the filter that sent it:
 * `pattern`'s first group is the parameter name, `filterOf` says which filter writes it (null: none).
 */
export function fieldErrors(
  details: readonly string[],
  pattern: RegExp,
  filterOf: (param: string) => FilterRef | null,
): FieldError[] {
  const out: FieldError[] = [];
  for (const message of details) {
    const param = pattern.exec(message)?.[1];
    const filter = param === undefined ? null : filterOf(param);
    if (filter !== null) out.push({ filter, message });
  }
  return out;
}
