import { describe, expect, it } from 'vitest';
import { renderSarif } from '../../src/render/sarif.js';
import { hostileReport, HOSTILE_FILE } from './hostile.js';
import { checklist, sampleReport } from './sample-report.js';
import { TURNED_OFF } from '../../src/core/types.js';
import { docsUrlOf } from '../../src/core/rule.js';

const options = { toolVersion: '1.2.3', informationUri: 'https://github.com/b3os/b3os-readiness' };

describe('renderSarif', () => {
  it('renders the sample report as SARIF 2.1.0', () => {
    expect(JSON.stringify(renderSarif(sampleReport, options), null, 2)).toMatchInlineSnapshot(`
      "{
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
          {
            "tool": {
              "driver": {
                "name": "b3os-readiness",
                "version": "1.2.3",
                "informationUri": "https://github.com/b3os/b3os-readiness",
                "rules": [
                  {
                    "id": "connectors-scoped/missing-owner",
                    "shortDescription": {
                      "text": "connectors-scoped/missing-owner"
                    },
                    "fullDescription": {
                      "text": "connectors-scoped/missing-owner"
                    },
                    "helpUri": "https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/connectors-scoped/missing-owner.md"
                  },
                  {
                    "id": "definition-validates/payload-schema",
                    "shortDescription": {
                      "text": "definition-validates/payload-schema"
                    },
                    "fullDescription": {
                      "text": "definition-validates/payload-schema"
                    },
                    "helpUri": "https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/definition-validates/payload-schema.md"
                  },
                  {
                    "id": "definition-validates/unknown-node-type",
                    "shortDescription": {
                      "text": "definition-validates/unknown-node-type"
                    },
                    "fullDescription": {
                      "text": "definition-validates/unknown-node-type"
                    },
                    "helpUri": "https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/definition-validates/unknown-node-type.md"
                  },
                  {
                    "id": "definition-validates/unused-output",
                    "shortDescription": {
                      "text": "definition-validates/unused-output"
                    },
                    "fullDescription": {
                      "text": "definition-validates/unused-output"
                    },
                    "helpUri": "https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/definition-validates/unused-output.md"
                  },
                  {
                    "id": "docs-updated/missing-page",
                    "shortDescription": {
                      "text": "docs-updated/missing-page"
                    },
                    "fullDescription": {
                      "text": "docs-updated/missing-page"
                    },
                    "helpUri": "https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/docs-updated/missing-page.md"
                  },
                  {
                    "id": "failure-paths-observable/execution-webhook",
                    "shortDescription": {
                      "text": "failure-paths-observable/execution-webhook"
                    },
                    "fullDescription": {
                      "text": "failure-paths-observable/execution-webhook"
                    },
                    "helpUri": "https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/failure-paths-observable/execution-webhook.md"
                  },
                  {
                    "id": "templates-portable/org-id",
                    "shortDescription": {
                      "text": "templates-portable/org-id"
                    },
                    "fullDescription": {
                      "text": "templates-portable/org-id"
                    },
                    "helpUri": "https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/templates-portable/org-id.md"
                  },
                  {
                    "id": "wallet-actions-bounded/stale-evidence",
                    "shortDescription": {
                      "text": "wallet-actions-bounded/stale-evidence"
                    },
                    "fullDescription": {
                      "text": "wallet-actions-bounded/stale-evidence"
                    },
                    "helpUri": "https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/wallet-actions-bounded/stale-evidence.md"
                  },
                  {
                    "id": "wallet-actions-bounded/unbounded-amount",
                    "shortDescription": {
                      "text": "wallet-actions-bounded/unbounded-amount"
                    },
                    "fullDescription": {
                      "text": "wallet-actions-bounded/unbounded-amount"
                    },
                    "helpUri": "https://github.com/b3os/b3os-readiness/blob/v1/docs/rules/wallet-actions-bounded/unbounded-amount.md"
                  }
                ]
              }
            },
            "invocations": [
              {
                "executionSuccessful": true,
                "toolConfigurationNotifications": []
              }
            ],
            "properties": {
              "mode": "diff",
              "base": "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c",
              "head": "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
              "changedFiles": 14,
              "merge": {
                "status": "merged",
                "base": "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c",
                "baseLabel": "main",
                "checked": "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d"
              },
              "configuration": {
                "kind": "file",
                "path": ".github/b3os-readiness.yml",
                "label": "main",
                "ref": "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c"
              }
            },
            "results": [
              {
                "ruleId": "definition-validates/unknown-node-type",
                "ruleIndex": 2,
                "level": "error",
                "message": {
                  "text": "node \`check_gas\` uses type \`acme-gas-oracel\`, which the catalog does not know. Hint: use \`acme-gas-oracle\`, the closest known type"
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "workflows/payout/workflow.json"
                      },
                      "region": {
                        "startLine": 52,
                        "startColumn": 15,
                        "endLine": 52,
                        "endColumn": 31
                      }
                    }
                  }
                ]
              },
              {
                "ruleId": "definition-validates/payload-schema",
                "ruleIndex": 1,
                "level": "error",
                "message": {
                  "text": "\`send_payout.payload.amount\` must be a decimal string of digits, got a number. Hint: write raw token units as a string, e.g. \`\\"1500000000\\"\`"
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "workflows/payout/workflow.json"
                      },
                      "region": {
                        "startLine": 37,
                        "startColumn": 21,
                        "endLine": 37,
                        "endColumn": 31
                      }
                    }
                  }
                ]
              },
              {
                "ruleId": "definition-validates/unused-output",
                "ruleIndex": 3,
                "level": "warning",
                "message": {
                  "text": "output of node \`fetch_rates\` is never used. Hint: remove the node or reference \`{{nodes.fetch_rates.output}}\`"
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "workflows/treasury/workflow.yaml"
                      },
                      "region": {
                        "startLine": 12,
                        "startColumn": 5
                      }
                    }
                  }
                ]
              },
              {
                "ruleId": "connectors-scoped/missing-owner",
                "ruleIndex": 0,
                "level": "warning",
                "message": {
                  "text": "connector \`slack-ops\` has no owner. Hint: add \`owner:\` to the connector entry"
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "workflows/payout/manifest.yaml"
                      },
                      "region": {
                        "startLine": 4,
                        "startColumn": 3
                      }
                    }
                  }
                ]
              },
              {
                "ruleId": "wallet-actions-bounded/stale-evidence",
                "ruleIndex": 7,
                "level": "error",
                "message": {
                  "text": "simulation evidence was recorded for an older definition of \`send_payout\`. Hint: run a simulation of the current definition and record it in the manifest"
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "workflows/payout/manifest.yaml"
                      },
                      "region": {
                        "startLine": 18,
                        "startColumn": 7,
                        "endLine": 18,
                        "endColumn": 30
                      }
                    }
                  }
                ]
              },
              {
                "ruleId": "wallet-actions-bounded/unbounded-amount",
                "ruleIndex": 8,
                "level": "error",
                "message": {
                  "text": "node \`send_payout\` takes its amount from \`{{trigger.body.amount}}\` with no maximum. Hint: add \`maxAmount\` to the node or clamp the amount in a prior node"
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "workflows/payout/workflow.json"
                      },
                      "region": {
                        "startLine": 40,
                        "startColumn": 9
                      }
                    }
                  }
                ]
              },
              {
                "ruleId": "failure-paths-observable/execution-webhook",
                "ruleIndex": 5,
                "level": "warning",
                "message": {
                  "text": "could not verify: execution webhooks could not be listed. Hint: rerun the check when the B3OS API is reachable"
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": ".github/b3os-readiness.yml"
                      },
                      "region": {
                        "startLine": 1
                      }
                    }
                  }
                ]
              },
              {
                "ruleId": "docs-updated/missing-page",
                "ruleIndex": 4,
                "level": "error",
                "message": {
                  "text": "\`acme-gas-oracle\` has no page. Hint: add \`docs/actions/reference/generated/acme-gas-oracle.md\`"
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": ".github/b3os-readiness.yml"
                      },
                      "region": {
                        "startLine": 1
                      }
                    }
                  }
                ]
              },
              {
                "ruleId": "templates-portable/org-id",
                "ruleIndex": 6,
                "level": "error",
                "message": {
                  "text": "template holds organization id \`org_…\` in \`props.defaults.org\`. Hint: move the id into a prop"
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "templates/internal-sweep/template.json"
                      },
                      "region": {
                        "startLine": 3,
                        "startColumn": 14
                      }
                    }
                  }
                ],
                "partialFingerprints": {
                  "b3osReadiness/v1": "3f7a9c1e5b2d4f60"
                },
                "suppressions": [
                  {
                    "kind": "external",
                    "status": "accepted",
                    "justification": "waived until 2026-12-31 by @northwind/platform: internal template",
                    "properties": {
                      "approver": "@northwind/platform",
                      "expires": "2026-12-31"
                    }
                  }
                ]
              }
            ]
          }
        ]
      }"
    `);
  });

  it('anchors unlocated findings where the caller says', () => {
    const sarif = JSON.stringify(renderSarif(sampleReport, { ...options, unlocatedUri: 'b3os readiness.yml' }));
    expect(sarif).toContain('{"artifactLocation":{"uri":"b3os%20readiness.yml"},"region":{"startLine":1}}');
  });

  it('percent-encodes hostile file names and carries no snippet', () => {
    const sarif = JSON.stringify(renderSarif(hostileReport, options));
    expect(sarif).toContain('"uri":"%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E.md"');
    const uris = [...sarif.matchAll(/"uri":"([^"]*)"/g)].map((m) => m[1]);
    expect(uris.filter((uri) => uri.includes(HOSTILE_FILE))).toEqual([]);
    expect(sarif).not.toContain('snippet');
  });

  it('gives each rule its description, and a result for each blocking item without findings', () => {
    const descriptions = new Map([['definition-validates/payload-schema', 'a node payload matches its schema'], ['api-keys-scoped', 'API keys are scoped']]);
    const items = checklist({ 'api-keys-scoped': { status: 'incomplete', reason: 'the checks for this item are not built yet' }, 'webhooks-verified': { status: 'fail', reason: 'failed' }, 'wallets-dedicated': { status: 'incomplete' } });
    const [sample] = (renderSarif(sampleReport, { ...options, descriptions }) as any).runs;
    const rule = sample.tool.driver.rules.find((r: any) => r.id === 'definition-validates/payload-schema');
    expect(rule).toMatchObject({ shortDescription: { text: 'a node payload matches its schema' }, fullDescription: { text: 'a node payload matches its schema' } });
    const [run] = (renderSarif({ ...sampleReport, items }, { ...options, descriptions }) as any).runs;
    expect(run.tool.driver.rules.find((r: any) => r.id === 'api-keys-scoped').shortDescription).toEqual({ text: 'API keys are scoped' });
    const blocked = run.results.filter((r: any) => r.ruleId === 'api-keys-scoped' || r.ruleId === 'webhooks-verified' || r.ruleId === 'wallets-dedicated');
    const at = [{ physicalLocation: { artifactLocation: { uri: '.github/b3os-readiness.yml' }, region: { startLine: 1 } } }];
    expect(blocked).toEqual([
      expect.objectContaining({ level: 'warning', message: { text: 'could not verify: API keys are scoped: the checks for this item are not built yet' }, locations: at }),
      expect.objectContaining({ level: 'warning', message: { text: `could not verify: ${items.find((i) => i.id === 'wallets-dedicated')!.title}: it could not be verified` }, locations: at }),
      expect.objectContaining({ level: 'error', message: { text: 'Webhooks are verified: failed' }, locations: at }),
    ]);
    expect(run.tool.driver.rules.find((r: any) => r.id === 'wallets-dedicated').helpUri).toBe(docsUrlOf('README'));
    // Items with findings, passing and not affected get no extra result.
    const itemIds = new Set(['definition-validates', 'failure-paths-observable', 'connectors-scoped', 'public-contract']);
    expect(run.results.filter((r: any) => itemIds.has(r.ruleId))).toEqual([]);
  });

  it('gives a notice the SARIF level note, and a waived finding no pending waiver', () => {
    const pendingWaiver = { approver: '@acme/ops', reason: 'legacy', expires: '2026-12-31', state: 'pending', why: 'pending approval by @acme/ops' } as const;
    const findings = [
      { ruleId: 'definition-validates/unused-output', severity: 'notice', message: 'n', docsUrl: 'https://x.example/n' },
      { ruleId: 'definition-validates/payload-schema', severity: 'error', message: 'w', docsUrl: 'https://x.example/w', waiver: { reason: 'r', approver: '@acme/ops', expires: '2026-12-31' }, pendingWaiver },
      { ruleId: 'definition-validates/payload-schema', severity: 'error', message: 'p', docsUrl: 'https://x.example/w', pendingWaiver },
    ] as const;
    const report = { ...sampleReport, configFindings: [], items: checklist({ 'definition-validates': { status: 'fail', findings } }) };
    const [run] = (renderSarif(report, options) as any).runs;
    expect(run.results.map((r: any) => [r.message.text, r.level, r.properties?.pendingWaiver?.state ?? null])).toEqual([
      ['n', 'note', null],
      ['w', 'error', null],
      ['p', 'error', 'pending'],
    ]);
  });

  it('lists items turned off as configuration notifications', () => {
    const report = { ...sampleReport, items: checklist({ 'webhooks-verified': { status: 'off', reason: TURNED_OFF } }) };
    const [run] = (renderSarif(report, options) as any).runs;
    expect(run.invocations).toEqual([
      { executionSuccessful: true, toolConfigurationNotifications: [{ descriptor: { id: 'webhooks-verified' }, level: 'note', message: { text: 'Webhooks are verified: turned off in the configuration' } }] },
    ]);
    expect(run.results.some((r: any) => r.ruleId === 'webhooks-verified')).toBe(false);
  });
});
