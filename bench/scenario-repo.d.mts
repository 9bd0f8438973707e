// Types of scenario-repo.mjs, for the golden-report test that builds the same repositories.
export interface PullRequest {
  readonly files: Map<string, string>;
  readonly changed: number;
  readonly bound: string[];
}
export type Branch = 'edit' | 'schema' | 'large';
export declare const GIT_ENV: Record<string, string | undefined>;
export declare function pullRequests(workflows: number, edited: number): Record<Branch, PullRequest>;
export declare function makeScenarioRepo(
  dir: string,
  options: { workflows: number; edited: number; branches?: Branch[] },
): { requests: Record<Branch, PullRequest>; fileCount: number };
