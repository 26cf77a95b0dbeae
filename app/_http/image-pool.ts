import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';

// PNGs with a bounded cost. Rasterising is the one expensive thing the server does (about a second
// for a 2000 × 2000 image): it runs in worker threads, never on the thread that answers the pages;
// at most POOL_SIZE at once with a short queue, beyond which a client is told to come back (429);
// the area is capped; and answers are kept in a small LRU cache keyed on the normalised request
// (its edition, `lang`, included).
// The renderer is handed one bundled font, so that PNG text is the same on every host and no
// system font scan runs.

/** The largest PNG drawn, in pixels: 2000 × 2000, or 4000 × 1000. */
export const MAX_PNG_AREA = 4_000_000;
/** Rasterising threads: one core is left to answer everything else. */
export const POOL_SIZE = Math.max(1, Math.min(2, availableParallelism() - 1));
/** Renders waiting beyond the running ones; more are refused with 429 rather than queued for ever. */
export const MAX_QUEUE = 8;
const CACHE_BYTES = 48 * 1024 * 1024;
const RENDER_TIMEOUT_MS = 30_000;

/**
 * Noto Sans KR (SIL Open Font License 1.1, from @embedpdf/fonts-kr): Latin, Hangul and Cyrillic in
 * one family, regular and bold as the images use. Read from node_modules by path, as resvg wants
 * files; next.config.js traces them into the standalone output.
 */
export const FONT_FAMILY = 'Noto Sans KR';
export const FONT_FILES = ['NotoSansKR-Regular.otf', 'NotoSansKR-Bold.otf'].map((file) =>
  path.join(process.cwd(), 'node_modules', '@embedpdf', 'fonts-kr', 'fonts', file),
);

const pngSize = z
  .object({ width: z.number().int().positive(), height: z.number().int().positive() })
  .refine(({ width, height }) => width * height <= MAX_PNG_AREA, {
    error: ({ input }) => {
      const { width, height } = input as { width: number; height: number };
      return `A PNG may have at most ${MAX_PNG_AREA.toLocaleString('en')} pixels (e.g. 2000 × 2000 or 4000 × 1000); ${width} × ${height} is ${(width * height).toLocaleString('en')}: ask for a smaller width or height, or for the SVG`;
    },
  });

/** Null when a PNG of this size may be drawn, else the 400's message. */
export function pngAreaProblem(width: number, height: number): string | null {
  const parsed = pngSize.safeParse({ width, height });
  return parsed.success ? null : parsed.error.issues[0].message;
}

/** Thrown when every thread is busy and the queue is full: the route answers 429. */
export class RenderBusyError extends Error {
  constructor() {
    super('The server is drawing as many images as it can: try again in a few seconds');
    this.name = 'RenderBusyError';
  }
}

// CommonJS, evaluated in the worker: Next's bundler never sees it, and the native module is
// required from the server's own node_modules (next.config.js keeps it external and traced).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createRequire } = require('node:module');
const { Resvg } = createRequire(workerData.root)('@resvg/resvg-js');
parentPort.on('message', ({ id, svg }) => {
  try {
    const png = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: workerData.fontFiles, defaultFontFamily: workerData.family, sansSerifFamily: workerData.family } }).render().asPng();
    const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
    parentPort.postMessage({ id, png: bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});
`;

interface Job {
  id: number;
  svg: string;
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer?: NodeJS.Timeout;
}

export interface PoolOptions {
  size?: number;
  maxQueue?: number;
  fontFiles?: string[];
  timeoutMs?: number;
}

/** A fixed set of rasterising threads with a bounded queue. */
export class ImagePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: Required<PoolOptions>) {}

  /** Renders waiting for a thread. */
  get waiting(): number {
    return this.queue.length;
  }

  render(svg: string): Promise<Uint8Array> {
    if (this.closed) return Promise.reject(new Error('The image pool is closed'));
    const busy = this.slots.filter((s) => s.job).length;
    if (busy >= this.options.size && this.queue.length >= this.options.maxQueue) return Promise.reject(new RenderBusyError());
    return new Promise((resolve, reject) => {
      this.queue.push({ id: (this.nextId += 1), svg, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('The image pool is closed'));
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { root: path.join(process.cwd(), 'package.json'), fontFiles: this.options.fontFiles, family: FONT_FAMILY },
    });
    // An idle pool must not keep a process (a test, a script) alive.
    worker.unref();
    const slot: Slot = { worker, job: null };
    worker.on('message', (message: { id: number; png?: Uint8Array; error?: string }) => {
      const job = slot.job;
      if (!job || job.id !== message.id) return;
      this.finish(slot);
      if (message.png) job.resolve(message.png);
      else job.reject(new Error(`PNG rendering failed: ${message.error}`));
    });
    // A thread that dies (or is ended for running too long) fails its job and is replaced.
    const fail = (error: Error) => {
      const job = slot.job;
      this.remove(slot);
      job?.reject(error);
      this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`PNG worker exited (${code})`)));
    this.slots.push(slot);
    return slot;
  }

  private remove(slot: Slot) {
    clearTimeout(slot.timer);
    const at = this.slots.indexOf(slot);
    if (at !== -1) this.slots.splice(at, 1);
    slot.job = null;
  }

  private finish(slot: Slot) {
    clearTimeout(slot.timer);
    slot.job = null;
    slot.worker.unref();
    this.pump();
  }

  private pump() {
    while (this.queue.length > 0 && !this.closed) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot) {
        if (this.slots.length >= this.options.size) return;
        slot = this.spawn();
      }
      const job = this.queue.shift()!;
      slot.job = job;
      // While it works, the thread keeps the process alive, as any request in flight does.
      slot.worker.ref();
      const running = slot;
      running.timer = setTimeout(() => {
        void running.worker.terminate();
      }, this.options.timeoutMs);
      running.worker.postMessage({ id: job.id, svg: job.svg });
    }
  }
}

/** A least-recently-used cache bounded by the bytes it holds. */
export class ByteLru<V extends { byteLength: number } | string> {
  private readonly entries = new Map<string, V>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  private sizeOf(value: V): number {
    return typeof value === 'string' ? value.length * 2 : value.byteLength;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    const size = this.sizeOf(value);
    if (size > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.bytes -= this.sizeOf(old);
      this.entries.delete(key);
    }
    this.entries.set(key, value);
    this.bytes += size;
    for (const [oldest, evicted] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= this.sizeOf(evicted);
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }
}

/** The cache key of an image request: its normalised options, in a fixed order. */
export function imageKey(format: string, options: Record<string, unknown>): string {
  return JSON.stringify([format, ...Object.keys(options).sort().map((k) => [k, options[k]])]);
}

let pool: ImagePool | null = null;
const cache = new ByteLru<Uint8Array | string>(CACHE_BYTES);
const inFlight = new Map<string, Promise<Uint8Array | string>>();

/**
 * The image for `key`: from the cache, or from a render already under way for the same key, or
 * drawn now (`svg()` on this thread, the PNG in a worker). Throws RenderBusyError when full.
 */
export function cachedImage(key: string, format: 'svg' | 'png', svg: () => string): Promise<Uint8Array | string> {
  const hit = cache.get(key);
  if (hit !== undefined) return Promise.resolve(hit);
  const pending = inFlight.get(key);
  if (pending) return pending;
  let work: Promise<Uint8Array | string>;
  if (format === 'svg') work = Promise.resolve(svg());
  else {
    pool ??= new ImagePool({ size: POOL_SIZE, maxQueue: MAX_QUEUE, fontFiles: FONT_FILES, timeoutMs: RENDER_TIMEOUT_MS });
    // Refuse before drawing the SVG, when the queue is already full.
    if (pool.waiting >= MAX_QUEUE) return Promise.reject(new RenderBusyError());
    work = pool.render(svg());
  }
  const settled = work.then(
    (image) => {
      cache.set(key, image);
      inFlight.delete(key);
      return image;
    },
    (error: unknown) => {
      inFlight.delete(key);
      throw error;
    },
  );
  inFlight.set(key, settled);
  return settled;
}
