import { formatUtc } from '../../../ist-time.ts';
import { type Catalog } from '../data/catalog.ts';
import { TYPES } from '../data/codes.ts';

type Json = Record<string, unknown>;
export type CatalogPage = { ok: true; body: Json } | { ok: false; errors: string[] };

const LANGUAGE_NAMES = ['hi', 'en', 'hi_Latn'] as const;

function positiveInt(
  value: string | null,
  fallback: number,
  name: string,
  max: number,
  errors: string[],
): number {
  if (value === null || value.trim() === '') return fallback;
  const n = /^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : 0;
  if (n < 1 || n > max) errors.push(`Invalid ${name} '${value}'. Must be an integer between 1 and ${max}`);
  return n;
}

/** `page`/`limit`/`search` paging with timepay's second pagination shape `{page, limit, total, totalPages}`. */
function paged<T>(
  items: readonly T[],
  params: URLSearchParams,
  nameOf: (item: T) => string,
  toJson: (item: T) => Json,
): CatalogPage {
  const errors: string[] = [];
  const page = positiveInt(params.get('page'), 1, 'page', 1e9, errors);
  const limit = positiveInt(params.get('limit'), 10, 'limit', 100, errors);
  if (errors.length > 0) return { ok: false, errors };
  const search = (params.get('search') ?? '').trim().toLowerCase();
  const matching =
    search === '' ? items : items.filter((item) => nameOf(item).toLowerCase().includes(search));
  const data = matching.slice((page - 1) * limit, page * limit).map(toJson);
  return {
    ok: true,
    body: {
      success: true,
      data,
      pagination: { page, limit, total: matching.length, totalPages: Math.ceil(matching.length / limit) },
    },
  };
}

/** `GET /campaigns`: newest first. */
export function campaignPage(catalog: Catalog, params: URLSearchParams): CatalogPage {
  const campaigns = [...catalog.campaigns].sort((a, b) => b.createdAtMs - a.createdAtMs);
  return paged(
    campaigns,
    params,
    (c) => c.name,
    (c) => {
      const lang = c.languages.indexOf(Math.max(...c.languages));
      return {
        id: c.id,
        name: c.name,
        type: c.kind,
        status: c.status,
        channels: c.types.map((t) => TYPES[t]),
        language: LANGUAGE_NAMES[lang] ?? 'hi',
        agent_ids: c.agents.map((a) => catalog.agents[a]?.id),
        created_at: formatUtc(c.createdAtMs),
        updated_at: formatUtc(c.updatedAtMs),
      };
    },
  );
}

/** `GET /dispositions`: by priority. */
export function dispositionPage(catalog: Catalog, params: URLSearchParams): CatalogPage {
  return paged(
    catalog.dispositions,
    params,
    (d) => d.label,
    (d) => ({ id: d.id, name: d.label, description: d.description, priority: d.priority }),
  );
}

/** `GET /agents` (live): `{success, data[{id, name}], pagination{page, limit, total, totalPages}}`. */
export function agentPage(catalog: Catalog, params: URLSearchParams): CatalogPage {
  return paged(
    catalog.agents,
    params,
    (a) => a.name,
    (a) => ({ id: a.id, name: a.name }),
  );
}
