// The bench's main table: each scenario's medians beside its lower bound and ajv-cli, as ratios,
// with the targets of issue 15 marked ✓/✗ and whether its findings are unchanged.
import { median } from './measure.mjs';
import { figure, mark, ratio, renderTable } from './table.mjs';

const COLUMNS = [
  { title: 'scenario', get: (r) => r.title },
  { title: 'files', get: (r) => r.files, right: true },
  { title: 'wall ms', get: (r) => r.ms, right: true },
  { title: 'CPU ms', get: (r) => r.cpu, right: true },
  { title: 'RSS MB', get: (r) => r.rss, right: true },
  { title: '× bound', get: (r) => r.xBound, right: true },
  { title: '× ajv-cli', get: (r) => r.xAjv, right: true },
  { title: 'target', get: (r) => r.target },
  { title: 'ok', get: (r) => mark(r.ok) },
  { title: 'findings unchanged', get: (r) => r.findings },
];

const STEP_TITLES = { bound: '   lower bound: JSON.parse + ajv + js-yaml', ajv: '   ajv-cli validate (workflow.json only)' };

/** Median wall and CPU time, highest peak RSS over the measured runs of one step. */
function summary(runs) {
  if (!runs?.length) return undefined;
  return { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), rssMb: Math.max(...runs.map((r) => r.rssMb)) };
}

/** The targets of a scenario's gate row: [label, met] pairs. */
function targetsOf(scenario, s, sizes) {
  const { gate, bound, ajv } = s;
  if (scenario.id === `A-${sizes.large}`) return [['≤ 2× bound', gate.ms <= 2 * bound.ms], ['< ajv-cli', gate.ms < ajv.ms], ['RSS ≤ 300 MB', gate.rssMb <= 300]];
  if (isPullRequestIn(scenario.id, sizes.large)) return [['< 1 s', gate.ms < 1000]];
  if (scenario.id.startsWith('C-')) return [['< 1.5 s', gate.ms < 1500]];
  if (scenario.id.startsWith('D-')) return [['< 3 s', gate.ms < 3000]];
  if (scenario.id.startsWith('E-Node 24')) return [['< 60 ms', gate.ms < 60]];
  return [];
}

function findingsCell(scenario, digests, golden, problems) {
  if (scenario.coldStart) return '';
  const seen = [...(digests.get(scenario.id) ?? [])];
  if (seen.length > 1) problems.add(`${scenario.id}: the report differed between runs (${seen.length} versions)`);
  if (golden[scenario.id] === undefined) return 'not recorded';
  const same = seen.length > 0 && seen.every((d) => d === golden[scenario.id]);
  if (!same) problems.add(`${scenario.id}: the report differs from the one recorded in bench/golden.json`);
  return same ? '✓' : '✗ CHANGED';
}

function stepRow(title, s) {
  return { title, ms: figure(s.ms), cpu: figure(s.cpuMs), rss: figure(s.rssMb) };
}

function scenarioRows(scenario, s, sizes, state, golden) {
  const targets = targetsOf(scenario, s, sizes);
  const gate = {
    ...stepRow(scenario.title, s.gate),
    files: scenario.files,
    xBound: s.bound ? ratio(s.gate.ms / s.bound.ms) : '',
    xAjv: s.ajv ? ratio(s.gate.ms / s.ajv.ms) : '',
    target: targets.map(([label, met]) => `${label} ${mark(met)}`).join(', '),
    ok: targets.length ? targets.every(([, met]) => met) : undefined,
    findings: findingsCell(scenario, state.digests, golden, state.problems),
  };
  const subRows = ['bound', 'ajv'].filter((kind) => s[kind]).map((kind) => stepRow(scenario.coldStart ? '   node -e 0 (the bound)' : STEP_TITLES[kind], s[kind]));
  return [gate, ...subRows];
}

/** How much longer the gate took at the larger size: at most `limit` times. */
function scalingRow(title, from, to, limit) {
  const factor = to.ms / from.ms;
  return { title, ms: ratio(factor), target: `≤ ${limit}× ${mark(factor <= limit)}`, ok: factor <= limit };
}

/** The same pull request in two repositories: the larger within `limit` (a fraction) of the smaller. */
function withinRow(title, small, large, limit) {
  const change = large.ms / small.ms - 1;
  const met = Math.abs(change) <= limit;
  return { title, ms: `${change >= 0 ? '+' : ''}${figure(change * 100)} %`, target: `within ${limit * 100} % ${mark(met)}`, ok: met };
}

/** Whether the scenario is B, the pull request, in the repository of `workflows` (`B-<edits>-of-<workflows>`). */
const isPullRequestIn = (id, workflows) => id.startsWith('B-') && id.endsWith(`-of-${workflows}`);

/** The main table, and the list of missed targets. */
export function mainTable(scenarioList, state, golden, sizes) {
  const stats = new Map(scenarioList.map((sc) => [sc.id, Object.fromEntries(sc.steps.map((st) => [st.kind, summary(state.samples.get(`${sc.id}/${st.kind}`))]))]));
  const rows = [];
  for (const scenario of scenarioList) {
    rows.push(...scenarioRows(scenario, stats.get(scenario.id), sizes, state, golden));
    if (scenario.id === `A-${sizes.large}`) rows.push(scalingRow(`A  scaling ${figure(sizes.small)} → ${figure(sizes.large)} workflows`, stats.get(`A-${sizes.small}`).gate, stats.get(scenario.id).gate, 10));
    if (isPullRequestIn(scenario.id, sizes.small)) {
      const large = scenarioList.find((sc) => isPullRequestIn(sc.id, sizes.large));
      rows.push(withinRow(`B  repo of ${figure(sizes.large)} vs ${figure(sizes.small)}`, stats.get(scenario.id).gate, stats.get(large.id).gate, 0.2));
    }
  }
  const missed = rows.filter((r) => r.ok === false).map((r) => r.title.trim());
  return { table: renderTable(rows, COLUMNS), missed };
}
