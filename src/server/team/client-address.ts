import type { IncomingMessage } from 'node:http';
import type { BlockList } from 'node:net';

/** The peer's address (IPv4 on a dual-stack socket shows as `::ffff:a.b.c.d`). */
export function peerAddress(req: IncomingMessage): { address: string; family: 'ipv4' | 'ipv6' } {
  const raw = req.socket.remoteAddress ?? '';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(raw);
  if (mapped?.[1]) return { address: mapped[1], family: 'ipv4' };
  return { address: raw, family: raw.includes(':') ? 'ipv6' : 'ipv4' };
}

/** The client's address: the peer, or the first `X-Forwarded-For` entry when the peer is a trusted proxy. */
export function clientAddress(req: IncomingMessage, trustedProxies: BlockList | null): string {
  const { address, family } = peerAddress(req);
  const forwarded = req.headers['x-forwarded-for'];
  if (trustedProxies && address && typeof forwarded === 'string' && trustedProxies.check(address, family)) {
    const first = forwarded.split(',', 1)[0]?.trim() ?? '';
    if (/^[0-9a-fA-F:.]{2,45}$/.test(first)) return first;
  }
  return address;
}
