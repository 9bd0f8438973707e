import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  FORMATS,
  configErrors,
  isBlocking,
  oneOf,
  openWarnings,
  renderReport,
  rulePagesBeside
} from "./chunk-TP6T3W4K.js";
import {
  afterUseKind,
  dedupe,
  resultOf,
  sortFindings,
  statusOf
} from "./chunk-FGXMO7W7.js";
import {
  PROPOSED
} from "./chunk-BGRAV4BC.js";
import {
  UserError
} from "./chunk-RAXYFFWG.js";
import {
  ITEMS,
  SECRET_FINDING_RULES,
  createTrustedAjv
} from "./chunk-IERFFYUB.js";
import "./chunk-PCQAUOTE.js";
import {
  docsUrlOf
} from "./chunk-4RIYA6T5.js";
import "./chunk-DABURJU3.js";
import "./chunk-OXKGPKZ2.js";
import "./chunk-IULPQKPB.js";
import "./chunk-TB6QAKHI.js";

// src/run/cli-merge.ts
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// src/core/shard-merge.ts
function mergeShardReports(shards) {
  const ordered = checkComplete(shards);
  const finished = ordered.filter((s) => !stoppedFinding(s.report));
  if (finished.length === 0) return { ...ordered[0].report, shard: void 0 };
  checkOneCheck(finished);
  const reports = finished.map((s) => s.report);
  const stops = ordered.map((s) => stoppedFinding(s.report)).filter((f) => f !== void 0);
  const items = reports[0].items.map((item, k) => leftUnfinished(mergeItem(reports.map((r) => r.items[k])), stops));
  const waivers = mergeWaivers(reports);
  const configFindings = [...mergeConfigFindings(reports, waivers, items), ...dedupe(stops)];
  const merged = {
    result: "pass",
    items,
    objects: mergeObjectRows(reports.flatMap((r) => r.objects)),
    summary: reports[0].summary,
    notices: [...new Set(reports.flatMap((r) => r.notices))],
    ...configFindings.length ? { configFindings } : {},
    ...mergeFunds(reports.flatMap((r) => r.funds ?? [])),
    ...waivers.length ? { waivers } : {},
    ...reports[0].failOn ? { failOn: reports[0].failOn } : {}
  };
  return { ...merged, result: verdictOf(merged, reports) };
}
var ENGINE_STOPPED = "gate/engine-stopped";
function stoppedFinding(report) {
  return report.configFindings?.find((f) => f.ruleId === ENGINE_STOPPED);
}
function leftUnfinished(item, stops) {
  if (stops.length === 0 || item.status === "fail" || item.status === "off") return item;
  return { ...item, status: "incomplete", reason: `not checked: ${stops[0].message}` };
}
function refused(reason) {
  return new UserError(`merge refused: ${reason}`);
}
function checkComplete(shards) {
  if (shards.length === 0) throw refused("give the report of every shard");
  for (const { label, report } of shards) if (!report.shard) throw refused(`${label} is not a shard's report: write each with check --shard i/n --format json`);
  const count = shards[0].report.shard.count;
  const other = shards.find((s) => s.report.shard.count !== count);
  if (other) throw refused(`${shards[0].label} is a shard of ${count} but ${other.label} is a shard of ${other.report.shard.count}`);
  const byIndex = /* @__PURE__ */ new Map();
  for (const s of shards) {
    const twin = byIndex.get(s.report.shard.index);
    if (twin) throw refused(`shard ${s.report.shard.index}/${count} is given twice (${twin.label} and ${s.label})`);
    byIndex.set(s.report.shard.index, s);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length) throw refused(`shard${missing.length > 1 ? "s" : ""} ${missing.map((i) => `${i}/${count}`).join(", ")} ${missing.length > 1 ? "are" : "is"} missing: give the report of every shard`);
  return [...byIndex.keys()].sort((a, b) => a - b).map((i) => byIndex.get(i));
}
function checkOneCheck(shards) {
  const [first, ...rest] = shards;
  const facts = (r) => ({
    mode: r.summary.mode,
    head: r.summary.head,
    base: r.summary.base,
    "changed files": r.summary.changedFiles,
    "affected objects": r.summary.affected,
    "blast radius": r.summary.blastRadius,
    merge: r.summary.merge,
    "configuration source": r.summary.config,
    "items turned off": r.items.filter((i) => i.status === "off").map((i) => i.id),
    "configuration findings": (r.configFindings ?? []).filter((f) => afterUseKind(f) === void 0),
    "fail-on": r.failOn
  });
  const expected = Object.entries(facts(first.report));
  for (const shard of rest) {
    const actual = facts(shard.report);
    const differs = expected.find(([key, value]) => JSON.stringify(value) !== JSON.stringify(actual[key]));
    if (!differs) continue;
    throw refused(`${first.label} and ${shard.label} are not of one check: ${difference(differs[0], differs[1], actual[differs[0]])}`);
  }
}
function difference(key, one, other) {
  if (key === "mode") return "one checks the whole repository (--all), the other a change (--base)";
  if (key === "fail-on") return `they differ in fail-on (${String(one ?? "not recorded")} and ${String(other ?? "not recorded")})`;
  const both = key === "head" || key === "base" ? ` (${String(one)} and ${String(other)})` : "";
  return `they differ in ${key}${both}`;
}
var SEVERITY_OF_CLAIM = ["fail", "incomplete", "waived", "pass", "not-affected", "off"];
function blocks(status) {
  return status === "fail" || status === "incomplete";
}
function mergeItem(parts) {
  const { id, title, group } = parts[0];
  const findings = sortFindings(dedupe(parts.flatMap((p) => [...p.findings])));
  const claim = [...parts].sort((a, b) => SEVERITY_OF_CLAIM.indexOf(a.status) - SEVERITY_OF_CLAIM.indexOf(b.status))[0];
  const kept = claim.reason !== void 0 ? { reason: claim.reason } : {};
  if ((claim.status === "not-affected" || claim.status === "off") && findings.length === 0) return { id, title, group, status: claim.status, findings, ...kept };
  const derived = statusOf(findings);
  if (blocks(claim.status) && !blocks(derived.status)) return { id, title, group, status: claim.status, findings, ...kept };
  return { id, title, group, ...derived };
}
function mergeObjectRows(rows) {
  const byType = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const seen = byType.get(row.type);
    if (!seen) byType.set(row.type, row);
    else {
      const cell = (key) => seen[key].status === "n/a" ? row[key] : seen[key];
      byType.set(row.type, { ...seen, schema: cell("schema"), docs: cell("docs"), examples: cell("examples"), contract: cell("contract") });
    }
  }
  return [...byType.values()].sort((a, b) => a.type.localeCompare(b.type));
}
function mergeFunds(rows) {
  const byNode = new Map(rows.map((row) => [`${row.file}\0${row.node}`, row]));
  const funds = [...byNode.values()].sort((a, b) => a.file.localeCompare(b.file) || a.node.localeCompare(b.node));
  return funds.length ? { funds } : {};
}
function mergeWaivers(reports) {
  const lists = reports.map((r) => r.waivers ?? []);
  if (lists.some((list) => list.length !== lists[0].length)) throw refused("the shards list different waivers: they are not of one check");
  return lists[0].map((record, k) => {
    const parts = lists.map((list) => list[k]);
    const findings = parts.reduce((n, p) => n + p.findings, 0);
    const matched = (status2) => status2 === "applied" || status2 === "unused" || status2 === "refused";
    const status = parts.every((p) => matched(p.status)) ? findings > 0 ? "applied" : parts.some((p) => p.status === "refused") ? "refused" : "unused" : record.status;
    return { ...record, findings, status };
  });
}
function mergeConfigFindings(reports, waivers, items) {
  const all = dedupe(reports.flatMap((r) => [...r.configFindings ?? []]));
  const own = all.filter((f) => afterUseKind(f) === void 0);
  const after = all.filter((f) => afterUseKind(f) === "secret" || afterUseKind(f) === "unused" && stillUnused(f, waivers, items));
  const order = (f) => [f.message.startsWith(`${PROPOSED}: `) ? 1 : 0, f.location?.line ?? 0];
  after.sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1]);
  return [...own, ...after];
}
function stillUnused(f, waivers, items) {
  const origin = f.message.startsWith(`${PROPOSED}: `) ? "pull-request" : "base";
  const record = waivers.find((w) => w.origin === origin && w.location?.file === f.location?.file && w.location?.line === f.location?.line);
  const item = items.find((i) => i.id === record?.rule.split("/")[0]);
  return record?.status === "unused" && item !== void 0 && !["off", "not-affected", "incomplete"].includes(item.status);
}
function verdictOf(merged, shards) {
  const failOn = merged.failOn ?? (shards.some((r) => r.result === "fail") ? "warning" : "error");
  return resultOf(merged.items, failOn, merged.configFindings);
}

// src/run/saved-report-read.ts
import { lstat, readFile } from "node:fs/promises";

// schemas/report.schema.json
var report_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://b3os-readiness.dev/schemas/report.schema.json",
  title: "b3os-readiness JSON report",
  description: "The report the gate writes (`report-file`, `--format json`). A run that publishes from a saved report (`saved-report`) holds the file to this schema before using any of it: every string and list is bounded, every closed set enumerated, nothing else allowed.",
  type: "object",
  additionalProperties: false,
  required: [
    "result",
    "items",
    "objects",
    "funds",
    "summary",
    "notices",
    "configuration"
  ],
  properties: {
    result: {
      enum: [
        "pass",
        "fail"
      ]
    },
    items: {
      type: "array",
      minItems: 11,
      maxItems: 11,
      items: {
        $ref: "#/$defs/item"
      }
    },
    objects: {
      type: "array",
      maxItems: 2e3,
      items: {
        $ref: "#/$defs/object"
      }
    },
    funds: {
      type: "array",
      maxItems: 2e3,
      items: {
        $ref: "#/$defs/funds"
      }
    },
    summary: {
      type: "object",
      additionalProperties: false,
      required: [
        "head",
        "mode",
        "changedFiles",
        "affected",
        "blastRadius"
      ],
      properties: {
        base: {
          type: "string",
          pattern: "^[0-9a-f]{40}$"
        },
        head: {
          type: "string",
          description: "The commit checked, or WORKTREE for the files on disk (the CLI without --head).",
          pattern: "^([0-9a-f]{40}|WORKTREE)$"
        },
        mode: {
          enum: [
            "diff",
            "all"
          ]
        },
        changedFiles: {
          type: "integer",
          minimum: 0,
          maximum: 1e7
        },
        affected: {
          type: "object",
          additionalProperties: false,
          required: [
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
          ],
          properties: {
            workflow: {
              type: "integer",
              minimum: 0,
              maximum: 1e7
            },
            manifest: {
              type: "integer",
              minimum: 0,
              maximum: 1e7
            },
            runbook: {
              type: "integer",
              minimum: 0,
              maximum: 1e7
            },
            action: {
              type: "integer",
              minimum: 0,
              maximum: 1e7
            },
            trigger: {
              type: "integer",
              minimum: 0,
              maximum: 1e7
            },
            template: {
              type: "integer",
              minimum: 0,
              maximum: 1e7
            },
            environment: {
              type: "integer",
              minimum: 0,
              maximum: 1e7
            },
            openapi: {
              type: "integer",
              minimum: 0,
              maximum: 1e7
            },
            catalog: {
              type: "integer",
              minimum: 0,
              maximum: 1e7
            },
            docs: {
              type: "integer",
              minimum: 0,
              maximum: 1e7
            },
            changelog: {
              type: "integer",
              minimum: 0,
              maximum: 1e7
            },
            config: {
              type: "integer",
              minimum: 0,
              maximum: 1e7
            }
          }
        },
        blastRadius: {
          type: "array",
          maxItems: 1e4,
          items: {
            type: "string",
            maxLength: 1e3
          }
        },
        merge: {
          oneOf: [
            {
              type: "null"
            },
            {
              type: "object",
              additionalProperties: false,
              required: [
                "status",
                "base"
              ],
              properties: {
                status: {
                  enum: [
                    "merged",
                    "conflict",
                    "unavailable",
                    "off"
                  ]
                },
                base: {
                  type: "string",
                  pattern: "^[0-9a-f]{40}$"
                },
                baseLabel: {
                  type: "string",
                  maxLength: 255
                },
                checked: {
                  type: "string",
                  pattern: "^[0-9a-f]{40}$"
                },
                reason: {
                  type: "string",
                  maxLength: 2e3
                }
              }
            }
          ]
        }
      }
    },
    notices: {
      type: "array",
      maxItems: 1e3,
      items: {
        type: "string",
        maxLength: 2e4
      }
    },
    configuration: {
      type: "object",
      additionalProperties: false,
      required: [
        "source",
        "findings"
      ],
      properties: {
        source: {
          anyOf: [
            {
              type: "null"
            },
            {
              type: "object",
              additionalProperties: false,
              required: [
                "kind",
                "path"
              ],
              properties: {
                kind: {
                  enum: [
                    "file",
                    "absent",
                    "invalid",
                    "no-base",
                    "explicit"
                  ]
                },
                path: {
                  type: "string",
                  maxLength: 1e3
                },
                label: {
                  type: "string",
                  maxLength: 300
                },
                ref: {
                  type: "string",
                  maxLength: 300
                }
              }
            }
          ]
        },
        findings: {
          type: "array",
          maxItems: 1e3,
          items: {
            $ref: "#/$defs/finding"
          }
        }
      }
    },
    pullRequest: {
      type: "object",
      additionalProperties: false,
      required: [
        "number",
        "headSha",
        "baseSha"
      ],
      description: "Written by the Action on a pull request: which pull request and commits the report is about.",
      properties: {
        number: {
          type: "integer",
          minimum: 1,
          maximum: 1e9
        },
        headSha: {
          type: "string",
          pattern: "^[0-9a-f]{40}$"
        },
        baseSha: {
          type: "string",
          pattern: "^[0-9a-f]{40}$"
        }
      }
    },
    waivers: {
      type: "array",
      maxItems: 1e3,
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "rule",
          "status",
          "origin",
          "reason",
          "approver",
          "expires",
          "findings",
          "file",
          "line",
          "review"
        ],
        properties: {
          rule: {
            type: "string",
            maxLength: 120
          },
          status: {
            enum: [
              "applied",
              "pending",
              "unverified",
              "unused",
              "refused"
            ]
          },
          origin: {
            enum: [
              "base",
              "pull-request"
            ]
          },
          reason: {
            type: "string",
            maxLength: 1e4
          },
          approver: {
            type: "string",
            maxLength: 300
          },
          expires: {
            type: "string",
            maxLength: 40
          },
          findings: {
            type: "integer",
            minimum: 0,
            maximum: 1e7
          },
          file: {
            type: [
              "string",
              "null"
            ],
            maxLength: 1e3
          },
          line: {
            anyOf: [
              {
                type: "integer",
                minimum: 1,
                maximum: 1e8
              },
              {
                type: "null"
              }
            ]
          },
          review: {
            anyOf: [
              {
                $ref: "#/$defs/review"
              },
              {
                type: "null"
              }
            ]
          },
          why: {
            type: "string",
            maxLength: 2e3
          }
        }
      }
    },
    failOn: {
      enum: [
        "error",
        "warning"
      ],
      description: "What the verdict failed on: blocking items only (`error`) or open warnings too (`warning`). Absent in reports written before it was recorded, and in the report of a check that stopped."
    },
    shard: {
      type: "object",
      additionalProperties: false,
      required: [
        "index",
        "count"
      ],
      description: "Written by `check --shard i/n`: the share of the affected objects this report checked. `merge` combines the reports of every shard of one check into one.",
      properties: {
        index: {
          type: "integer",
          minimum: 1,
          maximum: 256
        },
        count: {
          type: "integer",
          minimum: 1,
          maximum: 256
        }
      }
    }
  },
  $defs: {
    finding: {
      type: "object",
      additionalProperties: false,
      required: [
        "ruleId",
        "severity",
        "file",
        "line",
        "column",
        "message",
        "hint",
        "docsUrl"
      ],
      properties: {
        ruleId: {
          type: "string",
          maxLength: 120,
          pattern: "^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)+$"
        },
        severity: {
          enum: [
            "error",
            "warning",
            "notice"
          ]
        },
        file: {
          type: [
            "string",
            "null"
          ],
          maxLength: 1e3
        },
        line: {
          anyOf: [
            {
              type: "integer",
              minimum: 1,
              maximum: 1e8
            },
            {
              type: "null"
            }
          ]
        },
        column: {
          anyOf: [
            {
              type: "integer",
              minimum: 1,
              maximum: 1e8
            },
            {
              type: "null"
            }
          ]
        },
        endLine: {
          type: "integer",
          minimum: 1,
          maximum: 1e8
        },
        endColumn: {
          type: "integer",
          minimum: 1,
          maximum: 1e8
        },
        message: {
          type: "string",
          maxLength: 1e4
        },
        hint: {
          type: [
            "string",
            "null"
          ],
          maxLength: 1e4
        },
        docsUrl: {
          type: "string",
          maxLength: 500
        },
        fingerprint: {
          type: "string",
          maxLength: 200,
          pattern: "^[A-Za-z0-9:_./+=-]*$"
        },
        unverified: {
          type: "boolean"
        },
        waiver: {
          type: "object",
          additionalProperties: false,
          required: [
            "reason",
            "approver",
            "expires"
          ],
          properties: {
            reason: {
              type: "string",
              maxLength: 1e4
            },
            approver: {
              type: "string",
              maxLength: 300
            },
            expires: {
              type: "string",
              maxLength: 40
            },
            origin: {
              enum: [
                "base",
                "pull-request"
              ]
            },
            scope: {
              type: "string",
              maxLength: 2e3
            },
            review: {
              $ref: "#/$defs/review"
            }
          }
        },
        pendingWaiver: {
          type: "object",
          additionalProperties: false,
          required: [
            "approver",
            "reason",
            "expires",
            "state",
            "why"
          ],
          properties: {
            approver: {
              type: "string",
              maxLength: 300
            },
            reason: {
              type: "string",
              maxLength: 1e4
            },
            expires: {
              type: "string",
              maxLength: 40
            },
            state: {
              enum: [
                "pending",
                "unverified"
              ]
            },
            why: {
              type: "string",
              maxLength: 2e3
            }
          }
        }
      }
    },
    item: {
      type: "object",
      additionalProperties: false,
      required: [
        "id",
        "title",
        "group",
        "status",
        "findings"
      ],
      properties: {
        id: {
          enum: [
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
          ]
        },
        title: {
          type: "string",
          maxLength: 200
        },
        group: {
          enum: [
            "required",
            "policy",
            "contract"
          ]
        },
        status: {
          enum: [
            "pass",
            "fail",
            "incomplete",
            "waived",
            "not-affected",
            "off"
          ]
        },
        reason: {
          type: "string",
          maxLength: 1e4
        },
        findings: {
          type: "array",
          maxItems: 2e4,
          items: {
            $ref: "#/$defs/finding"
          }
        }
      }
    },
    object: {
      type: "object",
      additionalProperties: false,
      required: [
        "type",
        "kind",
        "change",
        "schema",
        "docs",
        "examples",
        "contract"
      ],
      properties: {
        type: {
          type: "string",
          maxLength: 300
        },
        kind: {
          enum: [
            "action",
            "trigger"
          ]
        },
        change: {
          enum: [
            "new",
            "changed",
            "removed"
          ]
        },
        schema: {
          type: "object",
          additionalProperties: false,
          required: [
            "status"
          ],
          properties: {
            status: {
              enum: [
                "ok",
                "fail",
                "incomplete",
                "n/a"
              ]
            },
            note: {
              type: "string",
              maxLength: 2e3
            }
          }
        },
        docs: {
          type: "object",
          additionalProperties: false,
          required: [
            "status"
          ],
          properties: {
            status: {
              enum: [
                "ok",
                "fail",
                "incomplete",
                "n/a"
              ]
            },
            note: {
              type: "string",
              maxLength: 2e3
            }
          }
        },
        examples: {
          type: "object",
          additionalProperties: false,
          required: [
            "status"
          ],
          properties: {
            status: {
              enum: [
                "ok",
                "fail",
                "incomplete",
                "n/a"
              ]
            },
            note: {
              type: "string",
              maxLength: 2e3
            }
          }
        },
        contract: {
          type: "object",
          additionalProperties: false,
          required: [
            "status"
          ],
          properties: {
            status: {
              enum: [
                "ok",
                "fail",
                "incomplete",
                "n/a"
              ]
            },
            note: {
              type: "string",
              maxLength: 2e3
            }
          }
        }
      }
    },
    funds: {
      type: "object",
      additionalProperties: false,
      required: [
        "workflow",
        "file",
        "node",
        "action",
        "kind",
        "bounded",
        "chains",
        "tokens",
        "recipients",
        "maxAmount",
        "approvals",
        "evidence",
        "evidenceRun"
      ],
      properties: {
        workflow: {
          type: "string",
          maxLength: 300
        },
        file: {
          type: "string",
          maxLength: 1e3
        },
        node: {
          type: "string",
          maxLength: 300
        },
        action: {
          type: "string",
          maxLength: 300
        },
        kind: {
          type: "string",
          maxLength: 100
        },
        bounded: {
          type: "boolean"
        },
        chains: {
          type: "array",
          maxItems: 100,
          items: {
            type: "string",
            maxLength: 300
          }
        },
        tokens: {
          type: "array",
          maxItems: 100,
          items: {
            type: "string",
            maxLength: 300
          }
        },
        recipients: {
          type: "array",
          maxItems: 100,
          items: {
            type: "string",
            maxLength: 300
          }
        },
        maxAmount: {
          anyOf: [
            {
              type: "null"
            },
            {
              type: "object",
              additionalProperties: false,
              required: [
                "raw"
              ],
              properties: {
                raw: {
                  type: "string",
                  maxLength: 100,
                  pattern: "^[0-9]+$"
                },
                units: {
                  type: "string",
                  maxLength: 100
                },
                symbol: {
                  type: "string",
                  maxLength: 100
                }
              }
            }
          ]
        },
        approvals: {
          type: [
            "string",
            "null"
          ],
          maxLength: 300
        },
        evidence: {
          enum: [
            "current",
            "stale",
            "missing"
          ]
        },
        evidenceRun: {
          anyOf: [
            {
              type: "null"
            },
            {
              type: "object",
              additionalProperties: false,
              required: [
                "kind",
                "date"
              ],
              properties: {
                kind: {
                  type: "string",
                  maxLength: 100
                },
                date: {
                  type: "string",
                  maxLength: 40
                }
              }
            }
          ]
        }
      }
    },
    review: {
      type: "object",
      additionalProperties: false,
      required: [
        "user",
        "url",
        "commit"
      ],
      properties: {
        user: {
          type: "string",
          maxLength: 100,
          pattern: "^[A-Za-z0-9-]+(\\[bot\\])?$"
        },
        url: {
          type: "string",
          maxLength: 500,
          pattern: "^https://[A-Za-z0-9.-]+(:[0-9]+)?/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/pull/[0-9]+#pullrequestreview-[0-9]+$"
        },
        commit: {
          type: "string",
          pattern: "^[0-9a-f]{40}$"
        }
      }
    }
  }
};

// src/run/saved-report-schema.ts
var validate;
var MAX_PROBLEMS = 3;
function validateSavedReport(value) {
  validate ??= createTrustedAjv().compile(report_schema_default);
  if (validate(value)) return [];
  return (validate.errors ?? []).slice(0, MAX_PROBLEMS).map((e) => `${e.instancePath || "/"}: ${e.message ?? e.keyword}`);
}

// src/run/saved-report-read.ts
var MAX_SAVED_REPORT_BYTES = 8 * 1024 * 1024;
function refused2(reason) {
  return new UserError(`saved report refused: ${reason}`);
}
async function readReportFile(path, refuse) {
  const doc = await readValidDocument(path, refuse);
  return { report: toReport(doc), ...doc.pullRequest ? { pullRequest: doc.pullRequest } : {} };
}
async function readValidDocument(path, refuse) {
  const document = await readDocument(path, refuse);
  const problems = validateSavedReport(document);
  if (problems.length > 0) throw refuse(`it does not match schemas/report.schema.json (${problems.join("; ")})`);
  return document;
}
async function readDocument(path, refused3) {
  const stat = await lstat(path).catch(() => void 0);
  if (stat === void 0) throw refused3(`no file at ${path}: download the artifact with the report first`);
  if (!stat.isFile()) throw refused3(`${path} is not a regular file`);
  if (stat.size > MAX_SAVED_REPORT_BYTES) throw refused3(`it is ${stat.size} bytes, over the limit of ${MAX_SAVED_REPORT_BYTES} bytes`);
  const bytes = await readFile(path);
  if (bytes.length > MAX_SAVED_REPORT_BYTES) throw refused3(`it is over the limit of ${MAX_SAVED_REPORT_BYTES} bytes`);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw refused3("it is not UTF-8 text");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw refused3("it is not JSON");
  }
}
function toReport(doc) {
  const items = doc.items.map((item, index) => {
    const definition = ITEMS[index];
    if (item.id !== definition.id) throw refused2(`its items are not the checklist in order (item ${index + 1} is \`${item.id}\`)`);
    return { id: definition.id, title: definition.title, group: definition.group, ...derivedStatus(item.status, item.reason, item.findings.map(toFinding)) };
  });
  const report = {
    result: doc.result,
    items,
    objects: doc.objects,
    funds: doc.funds.map((row) => ({ ...row, maxAmount: row.maxAmount ?? void 0, approvals: row.approvals ?? void 0, evidenceRun: row.evidenceRun ?? void 0 })),
    summary: { ...doc.summary, merge: doc.summary.merge ?? void 0, config: doc.configuration.source ?? void 0 },
    notices: doc.notices,
    configFindings: doc.configuration.findings.map(toFinding),
    waivers: (doc.waivers ?? []).map(toWaiverRecord),
    ...doc.failOn ? { failOn: doc.failOn } : {},
    ...doc.shard ? { shard: doc.shard } : {}
  };
  const blocked = items.some((item) => isBlocking(item.status)) || configErrors(report) > 0;
  const warned = (doc.failOn === void 0 ? doc.result === "fail" : doc.failOn === "warning") && openWarnings(report) > 0;
  return { ...report, result: blocked || warned ? "fail" : "pass" };
}
function derivedStatus(claimed, reason, findings) {
  const kept = reason !== void 0 ? { reason } : {};
  if ((claimed === "not-affected" || claimed === "off") && findings.length === 0) return { status: claimed, ...kept, findings };
  const derived = statusOf(findings);
  if (derived.status === claimed) return { ...derived, ...kept };
  if (derived.status === "fail") return derived;
  if (derived.status === "incomplete") return claimed === "incomplete" ? { status: "incomplete", ...kept, findings } : derived;
  if (isBlocking(claimed)) return { status: claimed, ...kept, findings };
  return derived;
}
var README_DOCS = docsUrlOf("README");
function toFinding(saved) {
  const { file, line, column, endLine, endColumn } = saved;
  const location = file !== null && line !== null && column !== null ? { location: { file, line, column, ...endLine !== void 0 ? { endLine } : {}, ...endColumn !== void 0 ? { endColumn } : {} } } : {};
  return {
    ruleId: saved.ruleId,
    severity: saved.severity,
    message: saved.message,
    ...saved.hint !== null ? { hint: saved.hint } : {},
    ...location,
    // Links point at the gate's own rule pages, whatever the file says.
    docsUrl: saved.docsUrl === README_DOCS ? README_DOCS : docsUrlOf(saved.ruleId),
    ...saved.fingerprint !== void 0 ? { fingerprint: saved.fingerprint } : {},
    ...saved.unverified !== void 0 ? { unverified: saved.unverified } : {},
    ...SECRET_FINDING_RULES.has(saved.ruleId) ? { secret: true } : {},
    // The gate never waives a check that could not finish: such a waiver is dropped, and the finding counts.
    ...saved.waiver !== void 0 && saved.unverified !== true ? { waiver: saved.waiver } : {},
    ...saved.pendingWaiver !== void 0 ? { pendingWaiver: saved.pendingWaiver } : {}
  };
}
function toWaiverRecord(saved) {
  const { file, line, review, ...rest } = saved;
  return { ...rest, ...file !== null && line !== null ? { location: { file, line, column: 1 } } : {}, ...review !== null ? { review } : {} };
}

// src/run/cli-merge.ts
async function mergeCommand(args, io) {
  const options = { format: { type: "string", default: "text" }, "pull-request": { type: "string" } };
  const { values, positionals } = parseArgs({ args: [...args], strict: true, allowPositionals: true, options });
  const format = oneOf(values.format, FORMATS, "--format");
  if (positionals.length === 0) throw new UserError("merge takes the JSON report of every shard (b3os-readiness merge report-1.json report-2.json …)");
  const shards = [];
  for (const label of positionals) {
    const read = await readReportFile(resolve(io.cwd, label), (reason) => new UserError(`merge refused: ${label}: ${reason}`));
    shards.push({ label, ...read });
  }
  const report = mergeShardReports(shards);
  const summary = report.summary;
  const base = summary.mode === "diff" ? summary.merge?.baseLabel ?? summary.base : void 0;
  const pullRequest = values["pull-request"] === void 0 ? samePullRequest(shards) : pullRequestOf(values["pull-request"], report);
  io.stdout(await renderReport(report, format, { color: io.color, base, pullRequest, rulePages: rulePagesBeside(io.engineEntry) }));
  return report.result === "pass" ? 0 : 1;
}
function pullRequestOf(number, report) {
  if (!/^[1-9][0-9]{0,8}$/.test(number)) throw new UserError(`--pull-request must be a pull request number, got "${number}"`);
  const { head, base, merge } = report.summary;
  const baseSha = merge?.base ?? base;
  if (!COMMIT.test(head) || baseSha === void 0 || !COMMIT.test(baseSha)) {
    throw new UserError("--pull-request needs shards that checked a change between commits: run them with --base BASE_SHA --head HEAD_SHA");
  }
  return { number: Number(number), headSha: head, baseSha };
}
var COMMIT = /^[0-9a-f]{40}$/;
function samePullRequest(shards) {
  const [first] = shards;
  const same = (p) => p !== void 0 && JSON.stringify(p) === JSON.stringify(first.pullRequest);
  return shards.every((s) => same(s.pullRequest)) ? first.pullRequest : void 0;
}
export {
  mergeCommand
};
