// The morning views of four teams, one per provider, as the dashboard's adapters spell their requests.
import type { View } from './operator-actions.ts';

const HOUR = 3_600_000;
/** Timepay and Convoso take zone-less local times: IST (+05:30) here, the sandbox sources' zone. */
const ist = (ms: number) => new Date(ms + 5.5 * HOUR).toISOString().slice(0, 19);
const convosoTime = (ms: number) => new Date(ms - 8 * HOUR).toISOString().slice(0, 19).replace('T', ' ');

export function teamViews(nowMs: number): View[] {
  const dayStart = Math.floor(nowMs / (24 * HOUR)) * 24 * HOUR - 24 * HOUR;
  // The Volume chart's buckets over yesterday and today: past buckets are pinned, the last one is open.
  const buckets = Array.from(
    { length: 8 },
    (_, i) => [dayStart + i * 6 * HOUR, dayStart + (i + 1) * 6 * HOUR] as const,
  );
  const timepayTypes = ['', '&type=call', '&type=whatsapp'];
  return [
    {
      source: 'tp',
      list: (page, v) => `/api/v1/logs?page=${page}&start_time=${ist(dayStart)}${timepayTypes[v] ?? ''}`,
      pickers: ['/api/v1/campaigns', '/api/v1/dispositions'],
      counts: buckets.map(
        ([from, to]) => `/api/v1/logs?count_only=true&start_time=${ist(from)}&end_time=${ist(to)}`,
      ),
      detail(body) {
        const rows = (
          JSON.parse(body) as { data?: Array<{ call_id?: string; recording_id?: string | null }> }
        ).data;
        const calls = (rows ?? []).filter((row) => typeof row.call_id === 'string');
        const pick = calls[Math.floor(Math.random() * calls.length)];
        if (!pick?.call_id) return null;
        return {
          detail: `/api/v1/communication/call/${pick.call_id}`,
          recording: pick.recording_id ? `/api/v1/recordings/${pick.recording_id}` : null,
        };
      },
    },
    {
      source: 'sf',
      list: (page, v) => `/v1/call-log?limit=${[100, 50, 25][v] ?? 100}&page=${page}`,
      pickers: ['/v1/dispositions', '/v1/team'],
      counts: [],
    },
    {
      source: 'up',
      list: (page, v) => `/api/v2/platform/call-logs/?page_size=${[50, 20, 100][v] ?? 50}&page=${page}`,
      pickers: [],
      counts: [],
    },
    {
      source: 'cv',
      list: (page, v) =>
        `/v1/log/retrieve?limit=${[100, 50, 25][v] ?? 100}&offset=${(page - 1) * ([100, 50, 25][v] ?? 100)}&start_time=${encodeURIComponent(convosoTime(dayStart))}`,
      pickers: ['/v1/status/search'],
      counts: [],
    },
  ];
}
