import type { ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';

/**
 * Cuts a download whose client stopped reading. A client that reads the first chunk and then nothing more
 * keeps its response's buffers full: the body is paused, core's upstream timer rightly stops (a slow reader is
 * not a stalled upstream), and the upstream connection and download slot were held for ever. This times only
 * that state — the response refusing more bytes (`writableNeedDrain`) — so a slow but moving reader, or a slow
 * upstream, is never cut. On the cut, the response is destroyed, which makes the pipeline destroy the body and
 * close its upstream connection. Returns the function that stops watching.
 */
export function cutWhenReaderStalls(
  res: ServerResponse,
  body: Readable,
  idleMs: number,
  onCut: () => void,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  // Bytes the socket had handed to the kernel when the timer was armed: a client that took some since, without yet
  // taking enough for 'drain', is slow, not stalled.
  let sentWhenArmed = 0;
  const sent = () => res.socket?.bytesWritten ?? 0;
  const stopTimer = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const arm = () => {
    sentWhenArmed = sent();
    timer = setTimeout(cut, idleMs);
  };
  const cut = () => {
    timer = undefined;
    if (res.destroyed || !res.writableNeedDrain) return;
    if (sent() > sentWhenArmed) {
      arm();
      return;
    }
    onCut();
    res.destroy(new Error(`the client read nothing for ${idleMs} ms`));
  };
  // Checked after the write of each chunk (the pipe writes it in its own 'data' listener, right after this one).
  const check = () => {
    if (timer === undefined && res.writableNeedDrain && !res.destroyed) arm();
  };
  const onData = () => process.nextTick(check);
  body.on('data', onData);
  res.on('drain', stopTimer);
  return () => {
    stopTimer();
    body.off('data', onData);
    res.off('drain', stopTimer);
  };
}
