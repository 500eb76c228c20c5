import type { Channel, InvalidRecord, LogEntry, ProviderId } from '../logs/log-entry.ts';
import type { ResolvedQuery } from '../logs/log-query.ts';
import type { SourceInfo } from '../logs/source.ts';

/** A GET to the provider, relative to its origin: `{ path: '/api/v1/logs', params: [['type','call']] }`. */
export interface ProviderRequest {
  path: string;
  params: Array<[string, string]>;
  /**
   * The page was asked for in the opposite order (Convoso past its offset cap reads from the other end):
   * the caller reverses the parsed entries.
   */
  reversed?: true;
}

/** A page the provider cannot serve for this query (past an offset cap), with what the user can do. */
export interface PageOutOfReach {
  outOfReach: string;
}

/** The common filters of `LogQuery`, by the name the capability table uses. */
export type FilterKey =
  | 'channel'
  | 'status'
  | 'disposition'
  | 'campaign'
  | 'agent'
  | 'phone'
  | 'from'
  | 'q'
  | 'since'
  | 'until'
  | 'sort';

export type FilterCapability =
  | {
      supported: true;
      /** several values at once (any of) */ multiple: boolean;
      /** The provider's own name for it, when the common one would mislead ("Sequence" for campaign). */
      label?: string;
    }
  | { supported: false; reason: string };

/** A provider-only filter, reached through `x.<name>` in the URL and shown when its source is selected. */
export interface ExtraFilter {
  /** The name after `x.` in the URL (usually the provider's own parameter name). */
  name: string;
  label: string;
  multiple: boolean;
  /** How the filter panel asks for it. */
  input: 'text' | 'number' | 'select';
  /** Fixed choices of a `select` (documented enums, yes/no). */
  values?: readonly PickerOption[];
  /** Choices fetched from the provider (team, lists, sequences …); wins over `values` once loaded. */
  options?: OptionList;
  placeholder?: string;
  /** Why a value cannot be sent as it is (shown next to the filter, value not applied), or null. */
  validate?(value: string): string | null;
}

/**
 * Column ids the table can sort by (`sort=-time`); an adapter maps them onto its own sort parameter.
 * `time` is the log's start, `duration` its length.
 */
export type SortField = 'time' | 'duration' | 'customer' | 'status' | 'disposition' | 'agent' | 'campaign';

export interface Capabilities {
  channels: readonly Channel[];
  filters: Record<FilterKey, FilterCapability>;
  /** Page sizes the provider accepts; the first is used. */
  pageSizes: readonly number[];
  /** Fields the provider can sort by (empty: fixed newest-first order). */
  sortFields: readonly SortField[];
  extraFilters: readonly ExtraFilter[];
  /** Values known without asking the provider (e.g. documented statuses), for pickers. */
  knownValues?: Partial<Record<FilterKey, readonly PickerOption[]>>;
  /** How fast a long read (an export) may ask for list pages: `requests` per `perMs` milliseconds. */
  rateLimit?: { requests: number; perMs: number };
}

/** One filter of the query that this source will not apply, and why (shown on screen). */
export interface UnappliedFilter {
  filter: FilterRef;
  reason: string;
}

export interface ListPage {
  /** 1-based page number as the provider counts. */
  page: number;
  pageSize: number;
  total: number;
  hasNext: boolean;
  entries: Array<LogEntry | InvalidRecord>;
}

/** A filter as the URL names it: a common one, or a provider-only `x.<name>`. */
export type FilterRef = FilterKey | `x.${string}`;

/** One of the provider's validation messages, tied to the filter whose value it rejects. */
export interface FieldError {
  filter: FilterRef;
  /** The provider's words. */
  message: string;
}

/** A provider error turned into words a user can act on. */
export interface ProviderErrorInfo {
  status: number;
  message: string;
  /** The provider's own messages (validation errors), verbatim. */
  details: string[];
  /** The messages that name a filter, to be shown next to it. */
  fields?: FieldError[];
}

export interface PickerOption {
  value: string;
  label: string;
  description?: string;
}

export interface OptionList {
  request(search: string): ProviderRequest;
  parse(body: unknown): PickerOption[];
}

export interface TranscriptTurn {
  speaker: 'agent' | 'customer' | 'unknown';
  speakerRaw: string;
  text: string;
}

/**
 * A provider whose answer may hold rows outside the query's exact time range (PROVIDERS.md, live section:
 * unpod compares whole days, timepay filters on a hidden queue time). Such rows sit only at the two ends
 * of the provider's order; the api layer scans the ends, drops them and counts exactly (exact-window.ts).
 */
export interface ExactRange {
  /** The row belongs to the result. */
  keep(entry: LogEntry): boolean;
  /** No row after this one in the provider's order is too new for the range. */
  pastTop(entry: LogEntry): boolean;
  /** No row before this one is too old; null when the provider never sends rows that are too old. */
  pastBottom: ((entry: LogEntry) => boolean) | null;
}

/** Everything Switchboard knows about one provider's API. All of one shape; pure, no I/O. */
export interface ProviderAdapter {
  provider: ProviderId;
  capabilities: Capabilities;
  /** Filters of `query` this provider cannot apply; the request builder leaves them out. */
  unapplied(query: ResolvedQuery): UnappliedFilter[];
  /**
   * The request for a 1-based page. `knownTotal` is the result's size once page 1 told it (null before):
   * offset-capped providers use it to reach deep pages from the other end.
   */
  listRequest(
    query: ResolvedQuery,
    page: number,
    source: SourceInfo,
    knownTotal: number | null,
  ): ProviderRequest | PageOutOfReach;
  parseList(body: unknown, source: SourceInfo): ListPage;
  /** Where the provider's answer to `query` is not exact in time (null: it is); see `ExactRange`. */
  exactRange?(query: ResolvedQuery): ExactRange | null;
  /** A cheap total, where the provider has one. */
  countRequest?(query: ResolvedQuery, source: SourceInfo): ProviderRequest;
  parseCount?(body: unknown): number;
  parseError(status: number, body: unknown): ProviderErrorInfo;
  /**
   * An error the provider reports inside a 2xx body (Convoso's `{success:false, code, text}`), or null.
   * `status` is the HTTP status it stands for (401 for a bad token, 400 for a rejected parameter …).
   */
  errorInBody?(body: unknown): ProviderErrorInfo | null;
  /** The details endpoint for a log, where the provider has one. */
  detailRequest?(entry: LogEntry): ProviderRequest | null;
  parseDetail?(body: unknown, entry: LogEntry, source: SourceInfo): LogEntry;
  /** Fetch one log by its id alone (a pasted `log=` link): candidate requests tried in order, 404 meaning "next". */
  lookupRequests?(id: string): ProviderRequest[];
  parseLookup?(body: unknown, source: SourceInfo): LogEntry | null;
  transcriptRequest?(transcriptId: string): ProviderRequest;
  parseTranscript?(body: unknown): TranscriptTurn[];
  options: {
    campaign?: OptionList;
    disposition?: OptionList;
    status?: OptionList;
    agent?: OptionList;
  };
}
