import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitSnapshot } from '../../src/adapters/git/snapshot.js';
import { computeAffected, runbookCandidates } from '../../src/core/affected.js';
import { createClassifier, objectKey } from '../../src/core/repo-index.js';
import { createRepoView, type RepoView } from '../../src/core/repo-view.js';
import { mentionFilter, typeMentionFilter } from '../../src/core/mentions.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import type { ChangeSet, FileChange } from '../../src/core/types.js';
import { createRepo, type FixtureRepo } from '../support/git-repo.js';
import { memorySnapshot, type MemoryFiles } from '../support/memory-snapshot.js';

/** Manifests that name their runbook in every way JSON and YAML allow, and some that only seem to. */
const MANIFESTS: Record<string, string | Uint8Array> = {
  up: 'runbook: ../../docs/ops/gas.md\n',
  dot: "runbook: './RUNBOOK.md'\n",
  quoted: 'runbook: "docs/runbooks/quoted.md"\n',
  comment: '# runbook: docs/runbooks/comment.md\nowner: "@acme/ops"\n',
  flow: '{runbook: docs/runbooks/flow.md, owner: "@acme/ops"}\n',
  tight: '{"runbook":docs/tight.md,"owner":"@acme/ops"}\n',
  broken: 'runbook: docs/runbooks/broken.md\nnodes: [\n',
  escaped: 'runbook: "docs/runbooks/\\x65scaped.md"\n',
  continued: 'runbook: "docs/run\\\n  books/continued.md"\n',
  climbs: 'runbook: ..\n',
  here: 'runbook: .\n',
  alias: 'base: &rb docs/runbooks/alias.md\nrunbook: *rb\n',
  block: 'runbook: >-\n  docs/runbooks/block.md\n',
  spaced: 'runbook: "docs/runbooks/with\n  space.md"\n',
  apostrophe: "runbook: 'docs/it''s.md'\n",
  tagged: 'runbook: !!str docs/runbooks/tagged.md\n',
  listed: 'runbook: [docs/runbooks/listed.md]\n',
  nested: 'notes: {runbook: docs/runbooks/nested.md}\n',
  root: 'runbook: RUNBOOK.md\n',
  bom: '\uFEFFrunbook: docs/runbooks/bom.md\n',
  latin1: Uint8Array.from([...Buffer.from('runbook: docs/runbooks/caf'), 0xe9, ...Buffer.from('.md\n')]),
  binary: Uint8Array.from([...Buffer.from('runbook: docs/runbooks/binary.md\n'), 0]),
  unrelated: 'runbook: docs/runbooks/unrelated.md\n',
};

/** Paths a change may touch: what the manifests name, what they only seem to, and folders. */
const CHANGED_PATHS = [
  'docs/ops/gas.md',
  'workflows/dot/RUNBOOK.md',
  'RUNBOOK.md',
  'workflows/root/RUNBOOK.md',
  ...['quoted', 'comment', 'flow', 'broken', 'escaped', 'continued', 'alias', 'block', 'tagged', 'listed', 'nested', 'bom', 'unrelated'].map((n) => `docs/runbooks/${n}.md`),
  'docs/runbooks/binary.md',
  'docs/runbooks/café.md',
  'docs/tight.md',
  'docs/runbooks/with space.md',
  "docs/it's.md",
  'workflows',
  'workflows/here',
  'elsewhere/gas.md',
];

const files: MemoryFiles = Object.fromEntries(Object.entries(MANIFESTS).map(([slug, text]) => [`workflows/${slug}/b3os.yaml`, text]));
const classify = createClassifier(DEFAULT_SETTINGS.paths);

function change(paths: readonly string[], renamedFrom?: string): ChangeSet {
  const changes = paths.map((path): FileChange => ({ path, status: 'modified' }));
  if (renamedFrom !== undefined) changes.push({ path: 'moved/away.md', status: 'renamed', previousPath: renamedFrom });
  return { base: 'b', head: 'h', mode: 'diff', files: changes };
}

/** The lookup as it was before the prefilter: every manifest parsed. */
async function parsingEveryManifest(changes: ChangeSet, head: RepoView): Promise<string[]> {
  const changed = new Set(changes.files.flatMap((f) => (f.previousPath === undefined ? [f.path] : [f.path, f.previousPath])));
  const keys: string[] = [];
  for (const manifest of head.index.ofKind('manifest')) {
    for (const file of manifest.files) {
      const value = (await head.document(file))?.value as Record<string, unknown> | undefined;
      const named = typeof value === 'object' && value !== null && !Array.isArray(value) ? value.runbook : undefined;
      if (typeof named === 'string' && runbookCandidates(file, named).some((c) => changed.has(c))) keys.push(objectKey('manifest', manifest.id));
    }
  }
  return keys.sort();
}

async function manifestsAffected(changes: ChangeSet): Promise<{ keys: string[]; parsed: string[] }> {
  const head = await createRepoView(memorySnapshot(files), classify, DEFAULT_SETTINGS.limits);
  const parsed: string[] = [];
  const document = head.document.bind(head);
  const counted: RepoView = { ...head, document: (path) => (parsed.push(path), document(path)) };
  const affected = await computeAffected(changes, counted, classify);
  return { keys: [...affected.keys].filter((k) => k.startsWith('manifest:')).sort(), parsed };
}

async function expected(changes: ChangeSet): Promise<string[]> {
  return parsingEveryManifest(changes, await createRepoView(memorySnapshot(files), classify, DEFAULT_SETTINGS.limits));
}

describe('manifests naming a changed runbook', () => {
  it.each(CHANGED_PATHS)('finds the same manifests as parsing every one when %s changes', async (path) => {
    expect((await manifestsAffected(change([path]))).keys).toEqual(await expected(change([path])));
  });

  it('finds the same manifests for all the paths at once, and for a rename away', async () => {
    for (const changes of [change(CHANGED_PATHS), change([], 'docs/runbooks/alias.md'), change(['docs/runbooks/flow.md'], 'workflows')]) {
      expect((await manifestsAffected(changes)).keys).toEqual(await expected(changes));
    }
  });

  it('resolves every tricky spelling to the runbook it names', async () => {
    const named = async (path: string) => (await manifestsAffected(change([path]))).keys;
    expect(await named('docs/ops/gas.md')).toEqual(['manifest:up']);
    expect(await named('workflows/dot/RUNBOOK.md')).toEqual(['manifest:dot']);
    expect(await named('docs/runbooks/escaped.md')).toEqual(['manifest:escaped']);
    expect(await named('docs/runbooks/continued.md')).toEqual(['manifest:continued']);
    expect(await named('docs/runbooks/with space.md')).toEqual(['manifest:spaced']);
    expect(await named("docs/it's.md")).toEqual(['manifest:apostrophe']);
    expect(await named('docs/tight.md')).toEqual(['manifest:tight']);
    expect(await named('workflows')).toEqual(['manifest:climbs']);
    expect(await named('workflows/here')).toEqual(['manifest:here']);
    expect(await named('RUNBOOK.md')).toEqual(['manifest:dot', 'manifest:root']);
    for (const silent of ['comment', 'broken', 'listed', 'nested', 'binary', 'café']) expect(await named(`docs/runbooks/${silent}.md`)).toEqual([]);
  });

  it('parses only the manifests whose text may name the changed file', async () => {
    const { keys, parsed } = await manifestsAffected(change(['docs/runbooks/comment.md']));
    expect(keys).toEqual([]);
    // The comment mentions it; the escaped and continued manifests hold a backslash: parsed to be sure.
    expect(parsed.sort()).toEqual(['workflows/comment/b3os.yaml', 'workflows/continued/b3os.yaml', 'workflows/escaped/b3os.yaml']);
  });
});

describe('mentionFilter', () => {
  it('gives up on a changed name a YAML or JSON string could spell another way', () => {
    for (const path of ['a/with space.md', "a/it's.md", 'a/b\\c.md', 'a/x,y.md', 'a/k:v.md', 'a/{x}.md', 'dir/', '']) {
      expect(mentionFilter(new Set([path]))).toBeUndefined();
    }
  });

  it('matches whole segments only, and the manifest folder or its ancestors', () => {
    const filter = mentionFilter(new Set(['docs/gas.md', 'workflows/a']))!;
    expect(filter('workflows/b/b3os.yaml', 'runbook: [docs/gas.md]')).toBe(true);
    expect(filter('workflows/b/b3os.yaml', 'runbook: docs/big-gas.md')).toBe(false);
    expect(filter('workflows/a/b3os.yaml', 'owner: x')).toBe(true);
    expect(filter('workflows/ab/b3os.yaml', 'owner: x')).toBe(false);
  });
});

/** Workflows and templates that use `pay` or wait for `tick` in every spelling, and some that only seem to. */
const USERS: MemoryFiles = {
  'actions/pay/action.json': '{}',
  'triggers/tick/trigger.json': '{}',
  'workflows/plain/workflow.json': '{"definition":{"nodes":{"a":{"type":"pay"}}}}',
  'workflows/escaped/workflow.json': '{"definition":{"nodes":{"a":{"type":"p\\u0061y"}}}}',
  'workflows/yaml/workflow.yaml': 'definition:\n  nodes:\n    a: {type: pay}\n',
  'workflows/waits/workflow.json': '{"definition":{"nodes":{"w":{"type":"wait","payload":{"triggerType":"tick"}}}}}',
  'workflows/comment/workflow.yaml': '# type: pay\ndefinition:\n  nodes:\n    a: {type: other}\n',
  'workflows/prefix/workflow.json': '{"definition":{"nodes":{"a":{"type":"payday"}}}}',
  'workflows/broken/workflow.json': '{"definition":{"nodes":{"a":{"type":"pay"}}}',
  'workflows/unrelated/workflow.json': '{"definition":{"nodes":{"a":{"type":"other"}}}}',
  'workflows/cron/workflow.json': '{"definition":{"nodes":{"a":{"type":"cronjob","rrule":"A\\nB"}}}}',
  'templates/kit/template.json': '{"definition":{"nodes":{"a":{"type":"pay"}}}}',
};

describe('workflows and templates using a changed type (blast radius)', () => {
  const view = () => createRepoView(memorySnapshot(USERS), classify, DEFAULT_SETTINGS.limits);

  /** The blast radius as it was before the prefilter: every workflow and template parsed. */
  async function parsingEveryUser(types: ReadonlySet<string>): Promise<string[]> {
    const head = await view();
    const users: string[] = [];
    for (const object of [...head.index.ofKind('workflow'), ...head.index.ofKind('template')]) {
      for (const file of object.files) {
        const value = (await head.document(file))?.value as { definition?: { nodes?: Record<string, { type?: unknown; payload?: { triggerType?: unknown } }> } } | undefined;
        const nodes = Object.values(value?.definition?.nodes ?? {});
        const used = nodes.flatMap((n) => [n.type, n.type === 'wait' ? n.payload?.triggerType : undefined]);
        if (used.some((t) => typeof t === 'string' && types.has(t))) users.push(objectKey(object.kind, object.id));
      }
    }
    return users.sort();
  }

  it.each([['actions/pay/action.json', ['pay']], ['triggers/tick/trigger.json', ['tick']]] as const)('finds the same users as parsing every file when %s changes', async (path, types) => {
    const head = await view();
    const parsed: string[] = [];
    const document = head.document.bind(head);
    const counted: RepoView = { ...head, document: (p) => (parsed.push(p), document(p)) };
    const affected = await computeAffected(change([path]), counted, classify);
    expect([...affected.blastRadius]).toEqual(await parsingEveryUser(new Set(types)));
    expect(parsed).not.toContain('workflows/unrelated/workflow.json');
    expect(parsed).not.toContain('workflows/cron/workflow.json');
  });

  it('spots the users whatever the spelling', async () => {
    const affected = await computeAffected(change(['actions/pay/action.json']), await view(), classify);
    expect(affected.blastRadius).toEqual(['template:kit', 'workflow:escaped', 'workflow:plain', 'workflow:yaml']);
  });

  it('gives up on type names a string could spell another way, and on very many types', () => {
    expect(typeMentionFilter(new Set(['a b']))).toBeUndefined();
    expect(typeMentionFilter(new Set(["it's"]))).toBeUndefined();
    expect(typeMentionFilter(new Set(Array.from({ length: 65 }, (_, i) => `t${i}`)))).toBeUndefined();
    expect(typeMentionFilter(new Set(['pay']))!('x', '{"type":"other"}')).toBe(false);
    expect(typeMentionFilter(new Set(['pay', 'a b', 'tick']))).toBeUndefined();
  });

  it('filters up to 64 types, and passes a text naming any one of them', () => {
    const many = typeMentionFilter(new Set(Array.from({ length: 64 }, (_, i) => `t${i}`)));
    expect(many).toBeDefined();
    expect(many!('x', '{"type":"t63"}')).toBe(true);
    const two = typeMentionFilter(new Set(['pay', 'tick']))!;
    expect(two('x', '{"type":"tick"}')).toBe(true);
    expect(two('x', '{"type":"pay"}')).toBe(true);
    expect(two('x', '{"type":"other"}')).toBe(false);
  });

  it('searches for each name as a POSIX pattern, its operators escaped, and for a name escape', () => {
    const { query } = typeMentionFilter(new Set(['pay.v2+x', 'a(b)|c']))!;
    expect(query).toEqual({ patterns: ['pay\\.v2\\+x', 'a\\(b\\)\\|c', '\\\\([^nrt"\\ \tfvN_LP]|$)'], regex: true });
  });

  it('reads past escapes that cannot spell a name, and not past those that can', () => {
    const mayUse = typeMentionFilter(new Set(['pay/v2']))!;
    for (const text of ['{"rrule":"A\\nB\\tC\\"D\\\\"}', 'note: "a\\ b\\_c\\Nd\\Le\\Pf\\rg\\fh\\vi"\n']) expect(mayUse('x', text)).toBe(false);
    for (const text of ['{"type":"p\\u0061y/v2"}', '{"type":"pay\\/v2"}', 'type: "p\\x61y/v2"\n', 'type: "pa\\\n  y/v2"\n', 'type: "pa\\\r\n  y/v2"\n', 'a: "\\e"', '{"x":"\\\\u0070"}']) {
      expect(mayUse('x', text)).toBe(true);
    }
  });
});

describe('the same lookups where git searches the files first', () => {
  let repo: FixtureRepo;
  beforeAll(async () => {
    repo = await createRepo();
    for (const [path, content] of Object.entries({ ...files, ...USERS })) await repo.write(path, content as string | Uint8Array);
    await repo.commit('manifests and users');
  });
  afterAll(() => repo.cleanup());

  /** A view of the commit that counts the files read. */
  async function gitView(): Promise<{ view: RepoView; read: string[] }> {
    const snapshot = gitSnapshot(repo.dir, 'HEAD');
    const read: string[] = [];
    const view = await createRepoView({ ...snapshot, read: (path) => (read.push(path), snapshot.read(path)) }, classify, DEFAULT_SETTINGS.limits);
    return { view, read };
  }

  it.each(CHANGED_PATHS)('finds the same manifests as parsing every one when %s changes', async (path) => {
    const { view } = await gitView();
    const keys = [...(await computeAffected(change([path]), view, classify)).keys].filter((k) => k.startsWith('manifest:')).sort();
    expect(keys).toEqual(await expected(change([path])));
  });

  it('reads only the manifests holding the changed name or a backslash, or in a changed folder', async () => {
    const { view, read } = await gitView();
    await computeAffected(change(['docs/runbooks/comment.md', 'workflows/here']), view, classify);
    expect([...new Set(read.filter((p) => p.endsWith('b3os.yaml')))].sort()).toEqual(['workflows/comment/b3os.yaml', 'workflows/continued/b3os.yaml', 'workflows/escaped/b3os.yaml', 'workflows/here/b3os.yaml']);
  });

  it('finds the same users of a changed type, reading only the files that name it or hold an escape', async () => {
    const { view, read } = await gitView();
    const affected = await computeAffected(change(['actions/pay/action.json']), view, classify);
    expect(affected.blastRadius).toEqual(['template:kit', 'workflow:escaped', 'workflow:plain', 'workflow:yaml']);
    expect([...new Set(read.filter((p) => !p.endsWith('b3os.yaml')))].sort()).toEqual([
      'templates/kit/template.json',
      'workflows/broken/workflow.json',
      'workflows/comment/workflow.yaml',
      'workflows/escaped/workflow.json',
      'workflows/plain/workflow.json',
      'workflows/prefix/workflow.json',
      // `"payload"` holds `pay`.
      'workflows/waits/workflow.json',
      'workflows/yaml/workflow.yaml',
    ]);
  });
});
