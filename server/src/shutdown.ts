import type { Server } from 'node:http';
import type { Logger } from 'pino';

/**
 * Stops accepting connections and lets the requests in flight finish, for at most `graceMs`; then closes
 * whatever is still open. Idle keep-alive connections are closed as soon as they fall idle, so a client
 * that keeps its connection open does not hold the shutdown for the whole grace period.
 */
export async function drainHttpServer(server: Server, graceMs: number, log: Logger): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const idle = setInterval(() => server.closeIdleConnections(), 50);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), graceMs)));
  try {
    if (await Promise.race([closed.then(() => false), timedOut])) {
      log.warn({ graceMs }, 'closing the connections still open after the grace period');
      server.closeAllConnections();
      await closed;
    }
  } finally {
    clearInterval(idle);
    clearTimeout(timer);
  }
}
