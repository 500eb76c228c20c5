import type { OptionList, PickerOption } from '../adapter.ts';
import { str } from '../common/lenient.ts';
import {
  CONTACT_LISTS_PATH,
  DISPOSITIONS_PATH,
  PICKER_LIMIT,
  SEQUENCES_PATH,
  TEAM_PATH,
} from './constants.ts';
import { contactListsSchema, dispositionsSchema, sequencesSchema, teamSchema } from './option-schemas.ts';

/** An id as text: ids come as strings, some (dispositions) as numbers. */
function idText(v: string | number | null | undefined): string | null {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  return str(v);
}

const firstPage: Array<[string, string]> = [
  ['page', '1'],
  ['limit', String(PICKER_LIMIT)],
];

// None of these endpoints documents a search parameter: pickers load the first 100 and filter locally.

/** Disposition picker: `filters[disposition_ids]` takes the numeric `id`; the category describes it. */
export const dispositionOptions: OptionList = {
  request: () => ({ path: DISPOSITIONS_PATH, params: [] }),
  parse: (body) => {
    const r = dispositionsSchema.safeParse(body);
    if (!r.success) return [];
    return r.data.data.flatMap((d): PickerOption[] => {
      const id = idText(d.id);
      if (id === null) return [];
      const category = str(d.category);
      const option: PickerOption = { value: id, label: str(d.name) ?? `Disposition ${id}` };
      if (category !== null) option.description = category.replace(/_/g, ' ');
      return [option];
    });
  },
};

/** Contact lists, the dialer's "campaigns": `filters[contact_list_ids]` takes `_id`. */
export const contactListOptions: OptionList = {
  request: () => ({ path: CONTACT_LISTS_PATH, params: firstPage }),
  parse: (body) => {
    const r = contactListsSchema.safeParse(body);
    if (!r.success) return [];
    return r.data.data.flatMap((l): PickerOption[] => {
      const id = idText(l._id);
      if (id === null) return [];
      const option: PickerOption = { value: id, label: str(l.name) ?? id };
      if (typeof l.total_contacts === 'number') option.description = `${l.total_contacts} contacts`;
      return [option];
    });
  },
};

/** Sequences: `filters[sequences]` takes the sequence `id`. */
export const sequenceOptions: OptionList = {
  request: () => ({ path: SEQUENCES_PATH, params: firstPage }),
  parse: (body) => {
    const r = sequencesSchema.safeParse(body);
    if (!r.success) return [];
    return r.data.data.flatMap((s): PickerOption[] => {
      const id = idText(s.id) ?? idText(s._id);
      return id === null ? [] : [{ value: id, label: str(s.name) ?? id }];
    });
  },
};

/** The team: `filters[user_ids]` takes the user's `_id`. */
export const agentOptions: OptionList = {
  request: () => ({ path: TEAM_PATH, params: [] }),
  parse: (body) => {
    const r = teamSchema.safeParse(body);
    if (!r.success) return [];
    return r.data.users.flatMap(({ user }): PickerOption[] => {
      const id = idText(user?._id);
      if (id === null || !user) return [];
      const name = [str(user.first_name), str(user.last_name)].filter((s) => s !== null).join(' ');
      const email = str(user.email);
      const option: PickerOption = { value: id, label: name || email || id };
      if (email !== null && name !== '') option.description = email;
      return [option];
    });
  },
};
