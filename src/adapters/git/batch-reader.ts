/**
 * A long-lived `git cat-file --batch` process that reads blobs by object id. It starts on the
 * first read, answers requests in order (many may be written before the first answer arrives),
 * and ends itself after an idle period (or on `dispose()`); a later read simply starts a new one.
 * While no read is pending it holds no reference on the event loop, so a forgotten reader never
 * keeps the program from exiting (git then sees its input close and ends too).
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { BatchFrameParser, type BatchFrame } from './batch-framing.js';
import { gitEnv, GitError, GIT_GLOBAL_ARGS, trimStderr } from './git.js';

/** How long an idle batch process is kept for the next read before it is ended. */
export const DEFAULT_IDLE_MS = 200;

interface Pending {
  readonly oid: string;
  resolve(content: Buffer): void;
  reject(error: Error): void;
}

type BatchProcess = ChildProcessByStdio<Writable, Readable, Readable>;

const BATCH_ARGS = ['cat-file', '--batch'];

/** Reads git blobs by object id through one `cat-file --batch` process per instance. */
export class CatFileBatch {
  private child: BatchProcess | undefined;
  private queue: Pending[] = [];
  private idleTimer: NodeJS.Timeout | undefined;
  private starts = 0;
  private outbox: { child: BatchProcess; oids: string[] } | undefined;

  constructor(
    private readonly repoDir: string,
    private readonly idleMs = DEFAULT_IDLE_MS,
  ) {}

  /** Whether a batch process is currently running (for tests and diagnostics). */
  get running(): boolean {
    return this.child !== undefined;
  }

  /** How many batch processes this reader has started so far (for tests and diagnostics). */
  get processesStarted(): number {
    return this.starts;
  }

  /** The content of blob `oid`. Rejects with a `GitError` if it is missing, not a blob, or git fails. */
  readBlob(oid: string): Promise<Buffer> {
    if (!/^[0-9a-f]{4,64}$/.test(oid)) {
      return Promise.reject(new GitError(`invalid object id ${oid}`, BATCH_ARGS, undefined, ''));
    }
    this.cancelIdle();
    const child = this.child ?? this.start();
    if (this.queue.length === 0) holdLoop(child, true);
    return new Promise((resolve, reject) => {
      this.queue.push({ oid, resolve, reject });
      this.send(child, oid);
    });
  }

  /** Requests made in the same turn reach git in one write: one system call, not one per blob. */
  private send(child: BatchProcess, oid: string): void {
    if (this.outbox?.child !== child) {
      const box = { child, oids: [] as string[] };
      this.outbox = box;
      process.nextTick(() => this.flush(box));
    }
    this.outbox.oids.push(oid);
  }

  private flush(box: { child: BatchProcess; oids: string[] }): void {
    if (this.outbox === box) this.outbox = undefined;
    // A process that failed in the meantime has rejected these reads already.
    if (box.child === this.child) box.child.stdin.write(`${box.oids.join('\n')}\n`);
  }

  /** Ends the running process now. Pending reads are rejected; later reads start a new process. */
  dispose(): void {
    this.cancelIdle();
    const child = this.child;
    if (!child) return;
    this.fail(new GitError('git cat-file --batch was disposed', BATCH_ARGS, undefined, ''));
    child.stdin.end();
  }

  private start(): BatchProcess {
    const child = spawn('git', [...GIT_GLOBAL_ARGS, ...BATCH_ARGS], {
      cwd: this.repoDir,
      env: gitEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const parser = new BatchFrameParser();
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => this.onData(child, parser, chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4000)));
    child.stdin.on('error', () => undefined); // the close/error handlers below report the failure
    child.on('error', (error) => this.onExit(child, `could not run git: ${error.message}`, undefined));
    child.on('close', (code) => this.onExit(child, trimStderr(stderr), code ?? undefined));
    this.child = child;
    this.starts += 1;
    return child;
  }

  private onData(child: BatchProcess, parser: BatchFrameParser, chunk: Buffer): void {
    if (child !== this.child) return;
    let frames: BatchFrame[];
    try {
      frames = parser.push(chunk);
    } catch (error) {
      this.fail(new GitError(`git cat-file --batch: ${(error as Error).message}`, BATCH_ARGS, undefined, ''));
      child.kill();
      return;
    }
    for (const frame of frames) this.settle(frame);
    if (this.queue.length === 0) {
      holdLoop(child, false);
      this.scheduleIdle();
    }
  }

  private settle(frame: BatchFrame): void {
    const pending = this.queue.shift();
    if (!pending) return;
    if (frame.kind === 'missing') {
      pending.reject(new GitError(`git object ${pending.oid} is missing`, BATCH_ARGS, undefined, ''));
    } else if (frame.type !== 'blob' || !frame.oid.startsWith(pending.oid)) {
      pending.reject(new GitError(`git object ${pending.oid} is not the expected blob`, BATCH_ARGS, undefined, ''));
    } else {
      pending.resolve(frame.content);
    }
  }

  private onExit(child: BatchProcess, stderr: string, code: number | undefined): void {
    if (child !== this.child) return;
    const detail = stderr === '' ? '' : `: ${stderr}`;
    const message = `git cat-file --batch exited (${code ?? 'no exit code'})${detail}`;
    this.fail(new GitError(message, BATCH_ARGS, code, stderr));
  }

  /** Rejects every pending read and forgets the process, so the next read starts afresh. */
  private fail(error: GitError): void {
    this.cancelIdle();
    const queue = this.queue;
    this.queue = [];
    this.child = undefined;
    for (const pending of queue) pending.reject(error);
  }

  private scheduleIdle(): void {
    this.cancelIdle();
    this.idleTimer = setTimeout(() => this.dispose(), this.idleMs);
    this.idleTimer.unref();
  }

  private cancelIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }
}

/** Whether the process and its pipes keep the event loop alive: only while a read waits on them. */
function holdLoop(child: BatchProcess, hold: boolean): void {
  for (const handle of [child, child.stdin, child.stdout, child.stderr] as Array<{ ref?(): void; unref?(): void }>) {
    if (hold) handle.ref?.();
    else handle.unref?.();
  }
}
