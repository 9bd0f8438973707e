/**
 * The public prefixes of token formats (`ghp_`, `b3sk_`, `sk-ant-api03-`): they name the format,
 * are printed in docs and links ("github"), and carry nothing secret.
 */
const PUBLIC_PREFIX = /^(?:github_pat_|gh[pousr]_|glpat-|gl(?:c|sa)_|xox[abposr]-|xapp-|sk-ant-api\d\d-|sk-proj-|sk-|[sr]k_(?:live|test)_|whsec_|b3sk_|npm_|AKIA|ASIA|AIza|hf_|gsk_|lin_api_|ntn_|SG\.|shp(?:pa|ca|at|ss)_|dckr_pat_|hv[sbr]\.|figd_|tskey-[a-z]+-)/;

/** The part of a found value that is secret: the value without the public prefix of its format. */
export function secretPartOf(value: string): string {
  return value.replace(PUBLIC_PREFIX, '');
}
