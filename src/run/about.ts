import pkg from '../../package.json' with { type: 'json' };
import { PROJECT_URL, RULES_DOCS_BASE } from '../core/project.js';

/** The version of this build, from package.json (bundled, so it needs no file at run time). */
export const TOOL_VERSION: string = pkg.version;
export const TOOL_URL = PROJECT_URL;
export const RULES_INDEX_URL = `${RULES_DOCS_BASE}/README.md`;
