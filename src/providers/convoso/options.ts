import type { OptionList, PickerOption } from '../adapter.ts';
import { str } from '../common/lenient.ts';
import { STATUS_SEARCH_PATH } from './constants.ts';
import { statusSearchSchema, type StatusSearch } from './option-schemas.ts';

type StatusRow = StatusSearch['data'][number];

const FLAGS: ReadonlyArray<[keyof StatusRow, string]> = [
  ['reached', 'reached'],
  ['contact', 'contact'],
  ['success', 'success'],
  ['voicemail', 'voicemail'],
  ['callback', 'callback'],
  ['dnc', 'DNC'],
  ['final', 'final'],
];

/** "reached · contact · final": the Y flags of a status, for the picker's description. */
function flagsOf(row: StatusRow): string {
  return FLAGS.filter(([key]) => str(row[key])?.toUpperCase() === 'Y')
    .map(([, label]) => label)
    .join(' · ');
}

/** Status picker: `/log/retrieve` filters by the short code, so the value is the code, labelled by name. */
export const statusOptions: OptionList = {
  request: (search) => {
    const s = search.trim();
    return { path: STATUS_SEARCH_PATH, params: [['query', s]] };
  },
  parse: (body) => {
    const r = statusSearchSchema.safeParse(body);
    if (!r.success) return [];
    return r.data.data.flatMap((row): PickerOption[] => {
      const code = str(row.status);
      if (code === null) return [];
      const name = str(row.name);
      const flags = flagsOf(row);
      const option: PickerOption = { value: code, label: name === null ? code : `${name} (${code})` };
      if (flags !== '') option.description = flags;
      return [option];
    });
  },
};
