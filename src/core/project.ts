import pkg from '../../package.json' with { type: 'json' };

/** The published repository (package.json `repository`): the one setting every link is built from. */
export const PROJECT_URL: string = pkg.repository.url.replace(/\.git$/, '');

/** Where rule documentation is published; each rule has `<item>/<rule>.md` below it. */
export const RULES_DOCS_BASE = `${PROJECT_URL}/blob/main/docs/rules`;
