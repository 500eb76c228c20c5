import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/** What the fake provider saw: the proof of what the proxy sends upstream. */
export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  /** Resolves when the proxy hangs up before this request's response has finished. */
  aborted: Promise<void>;
}

export interface FakeUpstream {
  url: string;
  received: ReceivedRequest[];
  /** The bytes every `/recordings/:id` serves (Range-able). */
  recording: Buffer;
  /** Resolves the next time a `?fake=slow` response is left unfinished by the proxy hanging up. */
  slowAborted(): Promise<void>;
  /** Lets the pending `?fake=slow` response send the rest of its body. */
  releaseSlow(): void;
  close(): Promise<void>;
}

export const SLOW_CHUNK = 16 * 1024;
export const SLOW_CHUNKS = 64;

function deterministicBytes(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  for (let index = 0; index < length; index += 1) bytes[index] = (index * 31 + 7) % 251;
  return bytes;
}

/** A real local HTTP backend in the manner of Grafana's proxy tests: records, sets a cookie, serves chunks and ranges. */
export async function startFakeUpstream(): Promise<FakeUpstream> {
  const received: ReceivedRequest[] = [];
  const recording = deterministicBytes(64 * 1024);
  let release: () => void = () => {};
  let aborted: () => void = () => {};
  let abortedPromise = new Promise<void>((resolve) => (aborted = resolve));

  const server: Server = createServer((req, res) => {
    let timer: NodeJS.Timeout | undefined;
    const hungUp = new Promise<void>((resolve) =>
      res.on('close', () => {
        clearInterval(timer);
        if (!res.writableFinished) resolve();
      }),
    );
    received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, aborted: hungUp });
    const url = new URL(req.url ?? '/', 'http://upstream.invalid');
    const fake = url.searchParams.get('fake');
    const type = url.searchParams.get('type') ?? 'application/json';
    res.setHeader('set-cookie', 'upstream_session=leak; Path=/; HttpOnly');
    res.setHeader('x-upstream-internal', 'not for browsers');

    if (fake === 'hang') return; // never answers
    if (fake === 'echo') {
      // A provider that echoes the request (some error pages do): credentials come back in body and headers.
      const echoed =
        req.headers.authorization ?? req.headers['x-api-key'] ?? url.searchParams.get('auth_token');
      const secret = Array.isArray(echoed) ? echoed.join() : (echoed ?? '');
      const body = JSON.stringify({ url: req.url, headers: req.headers, token: secret });
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'x-ratelimit-key': secret,
      };
      if (url.searchParams.has('gzip')) {
        res.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
        return void res.end(gzipSync(body));
      }
      res.writeHead(200, headers);
      // Split inside the secret, so a proxy scrubbing chunk by chunk would miss it.
      const cut = body.lastIndexOf(secret) + Math.floor(secret.length / 2);
      res.write(body.slice(0, cut));
      timer = setTimeout(() => res.end(body.slice(cut)), 20);
      return;
    }
    if (fake === 'redirect') {
      res.writeHead(Number(url.searchParams.get('code') ?? 302), {
        location: `${url.searchParams.get('to') ?? '/elsewhere'}?leaked=${req.url ?? ''}`,
      });
      return void res.end();
    }
    if (fake === 'big') {
      // `bytes` of JSON-ish text, with a declared length or chunked, written a chunk per tick so a hang-up shows.
      const bytes = Number(url.searchParams.get('bytes'));
      const chunked = url.searchParams.has('chunked');
      res.writeHead(200, { 'content-type': type, ...(chunked ? {} : { 'content-length': bytes }) });
      const chunk = 64 * 1024;
      let sent = 0;
      const next = () => {
        if (res.destroyed) return;
        if (sent >= bytes) return void res.end();
        res.write(Buffer.alloc(Math.min(chunk, bytes - sent), 0x20));
        sent += chunk;
        setImmediate(next);
      };
      return next();
    }
    if (fake === 'trickle' || fake === 'stall') {
      // A byte every 50 ms for ever, or a first chunk and then silence.
      res.writeHead(200, { 'content-type': type });
      res.write('[');
      if (fake === 'trickle') timer = setInterval(() => res.write(' '), 50);
      return;
    }
    if (fake === 'status') {
      const code = Number(url.searchParams.get('code'));
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (code === 429) Object.assign(headers, { 'retry-after': '7', 'x-ratelimit-remaining': '0' });
      res.writeHead(code, headers);
      return void res.end(JSON.stringify({ error: `upstream ${code}`, message: 'from the provider' }));
    }
    if (fake === 'slow') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.write(Buffer.alloc(SLOW_CHUNK, 1));
      res.on('close', () => {
        if (!res.writableFinished) {
          aborted();
          abortedPromise = new Promise<void>((resolve) => (aborted = resolve));
        }
      });
      release = () => {
        for (let chunk = 1; chunk < SLOW_CHUNKS; chunk += 1) res.write(Buffer.alloc(SLOW_CHUNK, 1));
        res.end();
      };
      return;
    }
    if (/^\/api\/v1\/recordings\/[^/]+$/.test(url.pathname)) {
      const common = {
        'content-type': 'audio/wav',
        'accept-ranges': 'bytes',
        'cache-control': 'public, max-age=86400',
        etag: '"rec-v1"',
      };
      if (req.headers['if-none-match'] === '"rec-v1"') return void res.writeHead(304, common).end();
      const range = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? '');
      if (range) {
        const start = Number(range[1]);
        const end = Math.min(Number(range[2]), recording.length - 1);
        res.writeHead(206, {
          ...common,
          'content-range': `bytes ${start}-${end}/${recording.length}`,
          'content-length': end - start + 1,
        });
        return void res.end(recording.subarray(start, end + 1));
      }
      res.writeHead(200, { ...common, 'content-length': recording.length });
      return void res.end(req.method === 'HEAD' ? undefined : recording);
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-remaining': '99' });
    // Two chunks, no content-length: the proxy must stream, not wait for a length.
    res.write('{"ok":true,');
    res.end(`"path":${JSON.stringify(url.pathname)}}`);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    recording,
    slowAborted: () => abortedPromise,
    releaseSlow: () => release(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on: an upstream that is down. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
