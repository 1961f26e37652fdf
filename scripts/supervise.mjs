// Runs long-lived children for `npm start` and stops every one of them with this script: on SIGINT, SIGTERM and
// SIGHUP, when a child dies, and when the process that started it goes away. `npm start` runs `npm → sh -c → node`:
// a signal to npm never reaches this process (sh does not forward it), and when npm dies the shell may live on as
// this process's parent, so the watch below follows both the parent and the parent's parent.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ROOT } from './workspace.mjs';

const STOP_GRACE_MS = 5_000;
const PARENT_WATCH_MS = 500;

export function createSupervisor() {
  const children = new Set();
  let stopping = null;

  /** Starts a child in its own process group, so the whole group (pnpm, a shell, the server) can be signalled. */
  function start(name, command, args, options = {}) {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', detached: true, ...options });
    children.add(child);
    child.once('exit', (code, signal) => {
      children.delete(child);
      if (!stopping) {
        console.error(`\n✗ ${name} stopped (${signal ?? code}); stopping the rest`);
        stop(code || 1);
      }
    });
    return child;
  }

  /** Signals every child's group, waits for all of them (SIGKILL after the grace period), then exits. */
  function stop(code = 0) {
    stopping ??= (async () => {
      const exited = [...children].map((child) => new Promise((resolve) => child.once('exit', resolve)));
      for (const child of children) signalGroup(child, 'SIGTERM');
      const killer = setTimeout(() => {
        for (const child of children) signalGroup(child, 'SIGKILL');
      }, STOP_GRACE_MS);
      await Promise.all(exited);
      clearTimeout(killer);
      process.exit(code);
    })();
    return stopping;
  }

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      console.log(`\n${signal}: stopping ${[...children].length} servers`);
      stop(0);
    });
  }
  const ancestors = ancestry();
  setInterval(() => {
    const now = ancestry();
    if (now.some((pid, index) => pid !== ancestors[index])) {
      console.log('\nthe process that started this one is gone: stopping the servers');
      stop(0);
    }
  }, PARENT_WATCH_MS).unref();
  // A crash of this script must not leave the servers behind either.
  process.on('exit', () => {
    for (const child of children) signalGroup(child, 'SIGKILL');
  });

  return { start, stop };
}

/** This process's parent and, where /proc tells it, the parent's parent (a shell between npm and this script). */
function ancestry() {
  try {
    const stat = readFileSync(`/proc/${process.ppid}/stat`, 'utf8');
    const grandparent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return [process.ppid, grandparent];
  } catch {
    return [process.ppid];
  }
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}
