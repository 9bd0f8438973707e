import { execFile } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatFileBatch } from '../../../src/adapters/git/batch-reader.js';
import { createRepo, type FixtureRepo } from '../../support/git-repo.js';

const COUNT = 200;
const MISSING = '0'.repeat(40);
const contentOf = (i: number) => `blob number ${i}\n`.repeat(i % 5);

describe('CatFileBatch', () => {
  let repo: FixtureRepo;
  let oids: string[];

  beforeAll(async () => {
    repo = await createRepo();
    const names = Array.from({ length: COUNT }, (_, i) => `b${i}.txt`);
    for (const [i, name] of names.entries()) await repo.write(name, contentOf(i));
    oids = (await repo.git('hash-object', '-w', '--', ...names)).trim().split('\n');
  });
  afterAll(() => repo.cleanup());

  it(`answers ${COUNT} concurrent reads in order from one process`, async () => {
    const batch = new CatFileBatch(repo.dir, 10_000);
    const contents = await Promise.all(oids.map((oid) => batch.readBlob(oid)));
    expect(contents.map((c) => c.toString('utf8'))).toEqual(oids.map((_, i) => contentOf(i)));
    expect(batch.processesStarted).toBe(1);
    batch.dispose();
    expect(batch.running).toBe(false);
  });

  it('rejects a missing object and stays in sync for the reads around it', async () => {
    const batch = new CatFileBatch(repo.dir, 10_000);
    const results = await Promise.allSettled([batch.readBlob(oids[3]), batch.readBlob(MISSING), batch.readBlob(oids[4])]);
    expect(results).toEqual([
      { status: 'fulfilled', value: Buffer.from(contentOf(3)) },
      { status: 'rejected', reason: expect.objectContaining({ name: 'GitError', message: `git object ${MISSING} is missing` }) },
      { status: 'fulfilled', value: Buffer.from(contentOf(4)) },
    ]);
    batch.dispose();
  });

  it('rejects an object that is not a blob', async () => {
    const batch = new CatFileBatch(repo.dir, 10_000);
    await repo.commit('one commit');
    const tree = (await repo.git('rev-parse', 'HEAD^{tree}')).trim();
    await expect(batch.readBlob(tree)).rejects.toThrow(`git object ${tree} is not the expected blob`);
    expect((await batch.readBlob(oids[1])).toString('utf8')).toBe(contentOf(1));
    batch.dispose();
  });

  it('rejects an object id that is not hex without starting git', async () => {
    const batch = new CatFileBatch(repo.dir);
    await expect(batch.readBlob('HEAD:a.json')).rejects.toThrow('invalid object id HEAD:a.json');
    expect(batch.processesStarted).toBe(0);
  });

  it('ends its process after the idle timeout and starts a new one on the next read', async () => {
    const batch = new CatFileBatch(repo.dir, 20);
    await batch.readBlob(oids[1]);
    expect(batch.running).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(batch.running).toBe(false);
    expect((await batch.readBlob(oids[2])).toString('utf8')).toBe(contentOf(2));
    expect(batch.processesStarted).toBe(2);
    batch.dispose();
  });

  it('rejects reads still pending when disposed', async () => {
    const batch = new CatFileBatch(repo.dir, 10_000);
    const pending = batch.readBlob(oids[1]);
    batch.dispose();
    await expect(pending).rejects.toThrow('git cat-file --batch was disposed');
  });

  it('pipelines many reads with failures mid-stream, each answer going to its own request', async () => {
    const batch = new CatFileBatch(repo.dir, 10_000);
    await repo.commit('a commit to read a tree of');
    const tree = (await repo.git('rev-parse', 'HEAD^{tree}')).trim();
    const requests = oids.flatMap((oid, i) => (i === 50 ? [MISSING, oid] : i === 120 ? [tree, oid] : [oid]));
    const results = await Promise.allSettled(requests.map((oid) => batch.readBlob(oid)));
    const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [requests[i]] : []));
    expect(failed).toEqual([MISSING, tree]);
    const read = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.toString('utf8')] : []));
    expect(read).toEqual(oids.map((_, i) => contentOf(i)));
    expect(batch.processesStarted).toBe(1);
    batch.dispose();
  });

  it('rejects the reads in flight when the process goes away mid-stream, and recovers on the next read', async () => {
    const batch = new CatFileBatch(repo.dir, 10_000);
    const inFlight = oids.map((oid) => batch.readBlob(oid));
    batch.dispose();
    const settled = await Promise.allSettled(inFlight);
    expect(settled.filter((r) => r.status === 'rejected').length).toBeGreaterThan(0);
    expect((await batch.readBlob(oids[7])).toString('utf8')).toBe(contentOf(7));
    expect(batch.processesStarted).toBe(2);
    batch.dispose();
  });

  it('never keeps the program alive once its reads are answered, even when not disposed', async () => {
    const script = join(await fsp.mkdtemp(join(tmpdir(), 'b3os-batch-exit-')), 'read-and-forget.mjs');
    const source = fileURLToPath(new URL('../../../src/adapters/git/batch-reader.ts', import.meta.url));
    const entry = `import { CatFileBatch } from ${JSON.stringify(source)};
const batch = new CatFileBatch(process.argv[2], 60_000);
const blobs = await Promise.all(process.argv.slice(3).map((oid) => batch.readBlob(oid)));
console.log(blobs.length, batch.running);`;
    await build({ stdin: { contents: entry, resolveDir: tmpdir(), loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile: script, logLevel: 'silent' });
    const started = Date.now();
    const output = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, [script, repo.dir, ...oids.slice(0, 20)], { timeout: 20_000 }, (error, stdout) => (error ? reject(error) : resolve(stdout))),
    );
    expect(output.trim()).toBe('20 true');
    expect(Date.now() - started).toBeLessThan(15_000);
    await fsp.rm(join(script, '..'), { recursive: true });
  });

  it('rejects with a GitError when the directory is not a repository', async () => {
    const outside = await fsp.mkdtemp(join(tmpdir(), 'b3os-not-a-repo-'));
    const batch = new CatFileBatch(outside, 10_000);
    await expect(batch.readBlob(oids[1])).rejects.toMatchObject({
      name: 'GitError',
      exitCode: 128,
      message: expect.stringMatching(/^git cat-file --batch exited \(128\): fatal: not a git repository/),
    });
    await fsp.rm(outside, { recursive: true });
  });
});
