// Runs the scenarios' steps interleaved: every round runs every step once (a cold-start step
// `repeat` times), starting at a different step each round, so slow drifts of the machine (other
// work, caches, thermal) spread over every scenario alike. Checks every run as it comes.
import { digestOf, normaliseReport } from './golden.mjs';

const firstLines = (text) => text.trim().split('\n').slice(0, 3).join(' | ');

/** Records what is wrong with one run of `step` of `scenario` in `state.problems`; keeps report digests. */
function checkRun(scenario, step, run, state) {
  const problem = (what) => state.problems.add(`${scenario.id} ${step.kind}: ${what}`);
  if (step.kind === 'gate') {
    if (run.code === 3) problem(`CRASH (exit 3, internal error): ${firstLines(run.stderr)}`);
    else if (![0, 1].includes(run.code) || (scenario.coldStart && run.code !== 0)) problem(`unexpected exit code ${run.code}: ${firstLines(run.stderr)}`);
    if (scenario.coldStart) return;
    const report = normaliseReport(run.stdout, state.dirs);
    if (report === undefined) return problem('no JSON report on stdout');
    state.digests.get(scenario.id).add(digestOf(report));
    const stopped = /"reason": "(not checked: the check [^"]*)"/.exec(report);
    if (stopped) problem(`the check stopped: ${stopped[1]}`);
    return;
  }
  if (step.files === undefined) return;
  const counted = step.kind === 'bound'
    ? Number(/^files (\d+)/m.exec(run.stdout)?.[1])
    : (run.stdout + run.stderr).split('\n').filter((line) => / (valid|invalid)$/.test(line)).length;
  if (counted !== step.files) problem(`processed ${counted} files, expected ${step.files}`);
  if (run.code !== 0 && !(step.kind === 'ajv' && run.code === 1)) problem(`exit code ${run.code}: ${firstLines(run.stderr)}`);
}

/**
 * Runs `warmup` unmeasured rounds, then `rounds` measured ones. Resolves to { samples: Map of
 * `${scenario.id}/${step.kind}` → runs, digests: Map of scenario id → Set of report digests,
 * problems: Set of strings }. `dirs` are the temporary folders to take out of reports.
 */
export async function runRounds(scenarioList, { rounds, warmup, dirs, progress = () => {} }) {
  const steps = scenarioList.flatMap((scenario) => scenario.steps.map((step) => ({ scenario, step, key: `${scenario.id}/${step.kind}` })));
  const state = { dirs, problems: new Set(), digests: new Map(scenarioList.map((s) => [s.id, new Set()])), samples: new Map(steps.map((s) => [s.key, []])) };
  const shift = Math.max(1, Math.floor(steps.length / Math.max(1, rounds)));
  for (let round = -warmup; round < rounds; round++) {
    const offset = (((round + warmup) * shift) % steps.length + steps.length) % steps.length;
    const started = performance.now();
    for (const { scenario, step, key } of [...steps.slice(offset), ...steps.slice(0, offset)]) {
      for (let k = 0; k < (step.repeat ?? 1); k++) {
        const run = await step.run();
        checkRun(scenario, step, run, state);
        if (round >= 0) state.samples.get(key).push(run);
      }
    }
    progress(round < 0 ? `warm-up round ${round + warmup + 1}/${warmup}` : `round ${round + 1}/${rounds}`, performance.now() - started);
  }
  return state;
}
