import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/render/json.js';
import { sampleReport } from './sample-report.js';

describe('renderJson', () => {
  it('renders the sample report with a fixed key order', () => {
    expect(renderJson(sampleReport)).toMatchInlineSnapshot(`
      "{
        "result": "fail",
        "items": [
          {
            "id": "definition-validates",
            "title": "Definition validates",
            "group": "required",
            "status": "fail",
            "findings": [
              {
                "ruleId": "definition-validates/unknown-node-type",
                "severity": "error",
                "file": "workflows/payout/workflow.json",
                "line": 52,
                "column": 15,
                "endLine": 52,
                "endColumn": 31,
                "message": "node \`check_gas\` uses type \`acme-gas-oracel\`, which the catalog does not know",
                "hint": "use \`acme-gas-oracle\`, the closest known type",
                "docsUrl": "https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/definition-validates/unknown-node-type.md"
              },
              {
                "ruleId": "definition-validates/payload-schema",
                "severity": "error",
                "file": "workflows/payout/workflow.json",
                "line": 37,
                "column": 21,
                "endLine": 37,
                "endColumn": 31,
                "message": "\`send_payout.payload.amount\` must be a decimal string of digits, got a number",
                "hint": "write raw token units as a string, e.g. \`\\"1500000000\\"\`",
                "docsUrl": "https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/definition-validates/payload-schema.md"
              },
              {
                "ruleId": "definition-validates/unused-output",
                "severity": "warning",
                "file": "workflows/treasury/workflow.yaml",
                "line": 12,
                "column": 5,
                "message": "output of node \`fetch_rates\` is never used",
                "hint": "remove the node or reference \`{{nodes.fetch_rates.output}}\`",
                "docsUrl": "https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/definition-validates/unused-output.md"
              }
            ]
          },
          {
            "id": "connectors-scoped",
            "title": "Connectors are scoped",
            "group": "required",
            "status": "pass",
            "findings": [
              {
                "ruleId": "connectors-scoped/missing-owner",
                "severity": "warning",
                "file": "workflows/payout/manifest.yaml",
                "line": 4,
                "column": 3,
                "message": "connector \`slack-ops\` has no owner",
                "hint": "add \`owner:\` to the connector entry",
                "docsUrl": "https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/connectors-scoped/missing-owner.md"
              }
            ]
          },
          {
            "id": "wallet-actions-bounded",
            "title": "Wallet actions are bounded",
            "group": "required",
            "status": "fail",
            "reason": "\`send_payout\`: amount not bounded; evidence is stale",
            "findings": [
              {
                "ruleId": "wallet-actions-bounded/stale-evidence",
                "severity": "error",
                "file": "workflows/payout/manifest.yaml",
                "line": 18,
                "column": 7,
                "endLine": 18,
                "endColumn": 30,
                "message": "simulation evidence was recorded for an older definition of \`send_payout\`",
                "hint": "run a simulation of the current definition and record it in the manifest",
                "docsUrl": "https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/wallet-actions-bounded/stale-evidence.md"
              },
              {
                "ruleId": "wallet-actions-bounded/unbounded-amount",
                "severity": "error",
                "file": "workflows/payout/workflow.json",
                "line": 40,
                "column": 9,
                "message": "node \`send_payout\` takes its amount from \`{{trigger.body.amount}}\` with no maximum",
                "hint": "add \`maxAmount\` to the node or clamp the amount in a prior node",
                "docsUrl": "https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/wallet-actions-bounded/unbounded-amount.md"
              }
            ]
          },
          {
            "id": "failure-paths-observable",
            "title": "Failure paths are observable",
            "group": "required",
            "status": "incomplete",
            "reason": "could not list execution webhooks: the B3OS API answered 503",
            "findings": [
              {
                "ruleId": "failure-paths-observable/execution-webhook",
                "severity": "error",
                "file": null,
                "line": null,
                "column": null,
                "message": "execution webhooks could not be listed",
                "hint": "rerun the check when the B3OS API is reachable",
                "docsUrl": "https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/failure-paths-observable/execution-webhook.md",
                "unverified": true
              }
            ]
          },
          {
            "id": "docs-updated",
            "title": "Docs are updated",
            "group": "required",
            "status": "fail",
            "findings": [
              {
                "ruleId": "docs-updated/missing-page",
                "severity": "error",
                "file": null,
                "line": null,
                "column": null,
                "message": "\`acme-gas-oracle\` has no page",
                "hint": "add \`docs/actions/reference/generated/acme-gas-oracle.md\`",
                "docsUrl": "https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/docs-updated/missing-page.md"
              }
            ]
          },
          {
            "id": "api-keys-scoped",
            "title": "API keys are scoped",
            "group": "policy",
            "status": "pass",
            "findings": []
          },
          {
            "id": "credentials-in-connectors",
            "title": "Credentials live in connectors",
            "group": "policy",
            "status": "pass",
            "findings": []
          },
          {
            "id": "wallets-dedicated",
            "title": "Wallets are dedicated",
            "group": "policy",
            "status": "not-affected",
            "reason": "no wallet changed",
            "findings": []
          },
          {
            "id": "webhooks-verified",
            "title": "Webhooks are verified",
            "group": "policy",
            "status": "not-affected",
            "findings": []
          },
          {
            "id": "templates-portable",
            "title": "Templates are portable",
            "group": "policy",
            "status": "waived",
            "findings": [
              {
                "ruleId": "templates-portable/org-id",
                "severity": "error",
                "file": "templates/internal-sweep/template.json",
                "line": 3,
                "column": 14,
                "message": "template holds organization id \`org_…\` in \`props.defaults.org\`",
                "hint": "move the id into a prop",
                "docsUrl": "https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/templates-portable/org-id.md",
                "fingerprint": "3f7a9c1e5b2d4f60",
                "waiver": {
                  "reason": "internal template",
                  "approver": "@northwind/platform",
                  "expires": "2026-12-31"
                }
              }
            ]
          },
          {
            "id": "public-contract",
            "title": "Public contract holds",
            "group": "contract",
            "status": "pass",
            "findings": []
          }
        ],
        "objects": [
          {
            "type": "acme-gas-oracle",
            "kind": "action",
            "change": "new",
            "schema": {
              "status": "ok"
            },
            "docs": {
              "status": "fail",
              "note": "no page at \`docs/actions/reference/generated/acme-gas-oracle.md\`"
            },
            "examples": {
              "status": "n/a"
            },
            "contract": {
              "status": "ok"
            }
          }
        ],
        "funds": [
          {
            "workflow": "payout",
            "file": "workflows/payout/workflow.json",
            "node": "send_payout",
            "action": "send-erc20-token",
            "kind": "send",
            "bounded": true,
            "chains": [
              "8453"
            ],
            "tokens": [
              "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913"
            ],
            "recipients": [
              "0x4b20993Bc481177ec7E8f571ceCaE8A9e22C02db"
            ],
            "maxAmount": {
              "raw": "1500000000",
              "units": "1,500",
              "symbol": "USDC"
            },
            "approvals": "none",
            "evidence": "stale",
            "evidenceRun": {
              "kind": "dust-test",
              "date": "2026-11-21"
            }
          }
        ],
        "summary": {
          "base": "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c",
          "head": "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
          "mode": "diff",
          "changedFiles": 14,
          "affected": {
            "workflow": 3,
            "manifest": 0,
            "runbook": 0,
            "action": 1,
            "trigger": 0,
            "template": 0,
            "environment": 0,
            "openapi": 0,
            "catalog": 0,
            "docs": 2,
            "changelog": 0,
            "config": 0
          },
          "blastRadius": [],
          "merge": {
            "status": "merged",
            "base": "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c",
            "baseLabel": "main",
            "checked": "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d"
          }
        },
        "notices": [
          "waiver for \`templates-portable/org-id\` on \`templates/old-sweep/template.json\` expired on 2025-01-31"
        ],
        "configuration": {
          "source": {
            "kind": "file",
            "path": ".github/b3os-readiness.yml",
            "label": "main",
            "ref": "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c"
          },
          "findings": []
        },
        "waivers": []
      }
      "
    `);
  });

  it('gives null file, line and column to findings without a location', () => {
    const parsed = JSON.parse(renderJson(sampleReport));
    const docs = parsed.items.find((item: { id: string }) => item.id === 'docs-updated');
    expect(docs.findings[0]).toMatchObject({ ruleId: 'docs-updated/missing-page', file: null, line: null, column: null });
    expect(renderJson(sampleReport).endsWith('}\n')).toBe(true);
  });

  it('records the waivers of the run, with null for a missing place or review, and the pull request when given', () => {
    const review = { user: 'lee', url: 'https://github.com/acme/flows/pull/7#pullrequestreview-1', commit: 'a1b2c3d' };
    const waivers = [
      { rule: 'docs-updated', reason: 'internal', approver: '@acme/docs', expires: '2026-12-31', origin: 'pull-request', status: 'applied', findings: 2, location: { file: '.github/b3os-readiness.yml', line: 4, column: 5 }, review },
      { rule: 'definition-validates/payload-schema', reason: 'legacy', approver: '@acme/ops', expires: '2026-12-01', origin: 'base', status: 'unused', findings: 0, why: 'it covers no finding' },
    ] as const;
    const parsed = JSON.parse(renderJson({ ...sampleReport, waivers, funds: undefined }, { number: 7, headSha: 'h', baseSha: 'b' }));
    expect(parsed.waivers).toEqual([
      { rule: 'docs-updated', status: 'applied', origin: 'pull-request', reason: 'internal', approver: '@acme/docs', expires: '2026-12-31', findings: 2, file: '.github/b3os-readiness.yml', line: 4, review },
      { rule: 'definition-validates/payload-schema', status: 'unused', origin: 'base', reason: 'legacy', approver: '@acme/ops', expires: '2026-12-01', findings: 0, file: null, line: null, review: null, why: 'it covers no finding' },
    ]);
    expect(parsed.funds).toEqual([]);
    expect(parsed.pullRequest).toEqual({ number: 7, headSha: 'h', baseSha: 'b' });
    expect(JSON.parse(renderJson(sampleReport)).pullRequest).toBeUndefined();
  });
});
