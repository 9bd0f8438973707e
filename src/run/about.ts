import pkg from '../../package.json' with { type: 'json' };

/** The version of this build, from package.json (bundled, so it needs no file at run time). */
export const TOOL_VERSION: string = pkg.version;
export const TOOL_URL = 'https://github.com/b3os-readiness/b3os-readiness';
export const RULES_INDEX_URL = `${TOOL_URL}/blob/main/docs/rules/README.md`;
