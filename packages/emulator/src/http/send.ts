import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { bodyLength, type Reply } from './reply.js';

export interface SendOptions {
  /** Announce the full Content-Length, send half, then destroy the socket. */
  truncate?: boolean;
  /** Pace the body at this many bytes per second. */
  dripBytesPerSecond?: number;
  /** HEAD: headers only. */
  headOnly?: boolean;
  /** Aborted when the client goes away or the emulator closes. */
  signal: AbortSignal;
}

const DRIP_TICK_MS = 50;

/** Writes a reply with backpressure: never more than one chunk waits in memory. */
export async function sendReply(res: ServerResponse, reply: Reply, options: SendOptions): Promise<void> {
  const length = bodyLength(reply.body);
  res.writeHead(reply.status, { ...reply.headers, 'Content-Length': String(length) });
  if (options.headOnly || length === 0) {
    res.end();
    return;
  }
  const limit = options.truncate ? Math.floor(length / 2) : length;
  let sent = 0;
  const chunks = Buffer.isBuffer(reply.body) ? [reply.body] : reply.body.chunks;
  for (const chunk of chunks) {
    if (options.signal.aborted || res.destroyed) return;
    const piece = chunk.subarray(0, limit - sent);
    await write(res, piece, options);
    sent += piece.length;
    if (sent >= limit) break;
  }
  if (options.signal.aborted || res.destroyed) return;
  if (options.truncate) {
    // Flush the partial body, then end the connection mid-message: the client sees fewer bytes than announced.
    const socket = res.socket;
    if (socket) socket.end(() => socket.destroy());
    else res.destroy();
    return;
  }
  res.end();
}

async function write(res: ServerResponse, chunk: Buffer, options: SendOptions): Promise<void> {
  const rate = options.dripBytesPerSecond;
  if (!rate) return writeWithBackpressure(res, chunk, options.signal);
  const perTick = Math.max(1, Math.floor((rate * DRIP_TICK_MS) / 1000));
  for (let at = 0; at < chunk.length; at += perTick) {
    const piece = chunk.subarray(at, at + perTick);
    await writeWithBackpressure(res, piece, options.signal);
    await sleep((piece.length / rate) * 1000, undefined, { signal: options.signal }).catch(() => {});
    if (options.signal.aborted) return;
  }
}

function writeWithBackpressure(res: ServerResponse, chunk: Buffer, signal: AbortSignal): Promise<void> {
  if (res.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      signal.removeEventListener('abort', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
    signal.addEventListener('abort', done);
  });
}
