/** The files of a fixture folder under test/fixtures, by repository path: copied into fixture git repositories. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Every file of `test/fixtures/<name>`, keyed by its path inside the folder, in path order. */
export function fixtureFiles(name: string): Record<string, string> {
  const root = join(FIXTURES, name);
  const files: Record<string, string> = {};
  for (const path of walk(root).sort()) files[relative(root, path).split('\\').join('/')] = readFileSync(path, 'utf8');
  return files;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}
