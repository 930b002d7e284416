import { clearLine, cursorTo } from 'node:readline';

export interface Progress {
  /** A phase name (read, check, write, …) and how far it is. */
  update(phase: string, done: number, total?: number): void;
  /** Ends the bar (a terminal gets its line back). */
  finish(): void;
}

const BAR_WIDTH = 30;
const REDRAW_INTERVAL_MS = 100;

/**
 * Progress on stderr: a bar redrawn in place on a terminal, plain lines otherwise (one when a
 * phase starts and one when it completes), so logs of CI and pipes stay readable.
 */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const terminal = stream.isTTY === true;
  let lastPhase: string | undefined;
  let lastDraw = 0;
  let drawn = false;
  return {
    update(phase, done, total) {
      if (!terminal) {
        if (phase !== lastPhase) stream.write(`${phase}…\n`);
        if (total !== undefined && done >= total) stream.write(`${phase}: ${done}/${total}\n`);
        lastPhase = phase;
        return;
      }
      const now = Date.now();
      const complete = total !== undefined && done >= total;
      if (phase === lastPhase && now - lastDraw < REDRAW_INTERVAL_MS && !complete) return;
      lastPhase = phase;
      lastDraw = now;
      const ratio = total === undefined || total === 0 ? undefined : Math.min(1, done / total);
      const bar =
        ratio === undefined
          ? ''
          : `[${'#'.repeat(Math.round(ratio * BAR_WIDTH)).padEnd(BAR_WIDTH, ' ')}] ${String(Math.round(ratio * 100)).padStart(3)}% `;
      cursorTo(stream, 0);
      clearLine(stream, 0);
      stream.write(`${bar}${phase} ${done}${total === undefined ? '' : `/${total}`}`);
      drawn = true;
    },
    finish() {
      if (terminal && drawn) {
        cursorTo(stream, 0);
        clearLine(stream, 0);
      }
    },
  };
}
