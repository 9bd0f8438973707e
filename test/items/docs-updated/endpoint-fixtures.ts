/** An OpenAPI description with three operations and the API page that documents them. */
export const API_PATH = 'openapi/payouts.yaml';
export const API_PAGE_PATH = 'docs/api/payouts.md';

export const API = `openapi: 3.1.0
info:
  title: Acme payouts
  version: 1.0.0
paths:
  /v1/payouts:
    get:
      summary: List payouts
    post:
      summary: Create a payout
  /v1/payouts/{id}:
    delete:
      summary: Cancel a payout
`;

export const DELETE_OPERATION = '  /v1/payouts/{id}:\n    delete:\n      summary: Cancel a payout\n';
export const POST_OPERATION = '    post:\n      summary: Create a payout\n';
export const DELETE_ROW = '| DELETE /v1/payouts/{id} | Cancels a payout |\n';

export const API_PAGE = `# Payouts API

## \`GET /v1/payouts\`

Lists payouts.

## \`POST /v1/payouts\`

Creates a payout.

| Endpoint | What it does |
|---|---|
${DELETE_ROW}`;

/** Replaces text that must be there. */
export function replaced(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture has no ${JSON.stringify(from)}`);
  return text.replace(from, to);
}
