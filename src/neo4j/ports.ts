import { connect, createServer } from 'node:net';
import { ErrorCode, LiaisonError } from '../errors/index.ts';

/** Resolves when nothing listens on 127.0.0.1:port; fails naming the fix otherwise. */
export async function ensurePortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new LiaisonError(
          ErrorCode.NEO4J_LAUNCH_FAILED,
          error.code === 'EADDRINUSE'
            ? `port ${port} is already in use on 127.0.0.1: stop what uses it, or set NEO4J_BOLT_PORT to a free port.`
            : `cannot listen on 127.0.0.1:${port} (${error.message}): set NEO4J_BOLT_PORT to another port.`,
          { cause: error },
        ),
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

export function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A free TCP port on 127.0.0.1 (tests use it for Bolt). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
