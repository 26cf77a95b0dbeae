import { whenIdle } from './when-idle';

/**
 * Rows marked drawn per idle callback. Laying out 48 rows took 18 ms in one frame at 1280 px
 * (docs/adr/0009): eight rows are about 3 ms, a frame's spare time on a phone, where one frame of
 * all of them was a long task.
 */
const ROWS_PER_CALLBACK = 8;
/**
 * An idle callback waits at most this long: on a page that is seldom idle (a busy phone) the rows
 * still all come within a few seconds (the 100 rows of a long list's page in 13 callbacks).
 */
const IDLE_TIMEOUT_MS = 250;

const idle = (callback: () => void) => whenIdle(callback, { timeout: IDLE_TIMEOUT_MS, fallback: 50 });

/**
 * Marks the list's rows `data-drawn`, a few per idle callback. Until marked, a row is laid out only
 * as it nears the screen (app/globals.css), so the list stays out of the map's first frames; once
 * all are, a full-page screenshot shows every row. Returns a function that stops the marking.
 */
export function drawRowsWhenIdle(list: HTMLElement): () => void {
  let cancel = idle(function drawSome() {
    const rows = list.querySelectorAll<HTMLElement>('.visit-list > ol > li:not([data-drawn])');
    for (const row of [...rows].slice(0, ROWS_PER_CALLBACK)) row.dataset.drawn = '';
    cancel = rows.length > ROWS_PER_CALLBACK ? idle(drawSome) : () => {};
  });
  return () => cancel();
}
