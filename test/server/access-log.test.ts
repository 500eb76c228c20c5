import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { logAccess } from '../../src/server/access-log.ts';

/**
 * A server that logs its one response, sending `sent` bytes of a body of `length` at once and the rest 300 ms
 * later (as a piped stream does), and a client that hangs up as soon as it has `readBytes` of it.
 */
let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function hangUpAfter(length: number, sent: number, readBytes: number): Promise<string> {
  const lines: string[] = [];
  const logger = { info: (line: string) => void lines.push(line), warn: () => {} };
  let logged: () => void = () => {};
  const done = new Promise<void>((resolve) => (logged = resolve));
  server = createServer((req, res) => {
    logAccess(logger, req, res, () => null);
    res.once('close', () => setImmediate(logged));
    res.writeHead(200, { 'content-length': String(length) });
    res.write(Buffer.alloc(sent, 1));
    setTimeout(() => res.end(Buffer.alloc(length - sent, 1)), 300);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const req = request({ host: '127.0.0.1', port, path: '/x', agent: false }, (res) => {
    let got = 0;
    res.on('data', (chunk: Buffer) => {
      got += chunk.length;
      if (got >= readBytes) req.destroy();
    });
  });
  req.on('error', () => {});
  req.end();
  await done;
  return lines.join('\n');
}

describe('access log', () => {
  it('a client that hangs up on the last byte of a streamed body got the whole answer', async () => {
    const line = await hangUpAfter(64 * 1024, 64 * 1024, 64 * 1024);
    expect(line).toMatch(/^\[access\] GET \/x 200 \d+\.\dms$/);
  });

  it('a client that hangs up before the server has sent the whole body is said to have left', async () => {
    const line = await hangUpAfter(64 * 1024, 1024, 1);
    expect(line).toMatch(/^\[access\] GET \/x 200 \d+\.\dms \(client left\)$/);
  });
});
