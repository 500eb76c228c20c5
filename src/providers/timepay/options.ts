import type { OptionList, PickerOption } from '../adapter.ts';
import { AGENTS_PATH, PICKER_LIMIT, CAMPAIGNS_PATH, DISPOSITIONS_PATH } from './constants.ts';
import { str } from '../common/lenient.ts';
import { campaignsSchema, dispositionsSchema } from './option-schemas.ts';

function searchParam(search: string): Array<[string, string]> {
  const s = search.trim();
  return s === '' ? [] : [['search', s]];
}

/** Campaign picker: the `/logs` filter takes `campaign_id`, so the value is the id. */
export const campaignOptions: OptionList = {
  request: (search) => ({
    path: CAMPAIGNS_PATH,
    params: [['page', '1'], ['limit', String(PICKER_LIMIT)], ...searchParam(search)],
  }),
  parse: (body) => {
    const r = campaignsSchema.safeParse(body);
    if (!r.success) return [];
    return r.data.data.flatMap((c): PickerOption[] => {
      const id = str(c.id);
      return id === null ? [] : [{ value: id, label: str(c.name) ?? id }];
    });
  },
};

/** Disposition picker: the `/logs` filter takes the label ("Voicemail"), so the value is the name. */
export const dispositionOptions: OptionList = {
  // `limit` is documented for /campaigns only; sent here too, as the default page would hide dispositions.
  request: (search) => ({
    path: DISPOSITIONS_PATH,
    params: [['page', '1'], ['limit', String(PICKER_LIMIT)], ...searchParam(search)],
  }),
  parse: (body) => {
    const r = dispositionsSchema.safeParse(body);
    if (!r.success) return [];
    // Provider order: what `priority` means for display is undocumented.
    return r.data.data.flatMap((d): PickerOption[] => {
      const name = str(d.name);
      const description = str(d.description);
      if (name === null) return [];
      return [
        description === null ? { value: name, label: name } : { value: name, label: name, description },
      ];
    });
  },
};

/** Agent picker from `GET /agents` (live): the `/logs` filter takes `agent_id`, so the value is the id. */
export const agentOptions: OptionList = {
  request: (search) => ({
    path: AGENTS_PATH,
    params: [['page', '1'], ['limit', String(PICKER_LIMIT)], ...searchParam(search)],
  }),
  parse: (body) => {
    const r = campaignsSchema.safeParse(body);
    if (!r.success) return [];
    return r.data.data.flatMap((a): PickerOption[] => {
      const id = str(a.id);
      return id === null ? [] : [{ value: id, label: str(a.name) ?? id }];
    });
  },
};
