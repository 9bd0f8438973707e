import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

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

export {
  ITEM_IDS,
  SEVERITIES,
  OBJECT_KINDS,
  TURNED_OFF
};
