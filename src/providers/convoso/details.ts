import type { ProviderRequest } from '../adapter.ts';
import { DERIVED_ID_PREFIX, LOG_PATH } from './constants.ts';

/** A log known only by its id (a pasted `log=` link): `/log/retrieve?id=` finds it directly. */
export function lookupRequests(id: string): ProviderRequest[] {
  const v = id.trim();
  // Derived ids are ours: Convoso cannot look them up.
  if (v === '' || v.startsWith(DERIVED_ID_PREFIX)) return [];
  return [
    {
      path: LOG_PATH,
      params: [
        ['id', v],
        ['include_recordings', '1'],
      ],
    },
  ];
}
