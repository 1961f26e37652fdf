import type { Plugin } from 'graphql-yoga';
import type { Drain } from '../drain.js';

export interface DrainOptions {
  drain: Drain;
}

/**
 * Counts the requests Yoga serves, from arrival until their response hooks (the request line) have run, so a
 * stop can wait for them; while draining, answers carry `Connection: close` so keep-alive clients go elsewhere.
 * Register after the request logger: its response hook must run before this one ends the count.
 */
export function useDrain({ drain }: DrainOptions): Plugin {
  return {
    onRequest() {
      drain.begin();
    },
    onResponse({ response }) {
      if (drain.draining) response.headers.set('connection', 'close');
      drain.end();
    },
  };
}
