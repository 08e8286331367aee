import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (['node_modules', 'dist', '.data', '.git', 'coverage'].includes(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else if (/\.(ts|js|md|graphql|json|ya?ml)$/.test(name) && name !== 'package-lock.json') out.push(path);
  }
  return out;
}

/** The repository stands alone: its documents link to files it contains, and nothing cites documents outside it. */
describe('the project stands alone', () => {
  it('every relative link in README.md and docs/ points at a file of the repository', () => {
    const broken: string[] = [];
    const documents = ['README.md', ...readdirSync(join(root, 'docs')).map((f) => `docs/${f}`)];
    for (const doc of documents) {
      const text = readFileSync(join(root, doc), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(target)) continue;
        if (!existsSync(join(root, doc, '..', target))) broken.push(`${doc} -> ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('no file cites the briefs outside the repository', () => {
    const citing = files(root)
      .filter((f) => !f.endsWith('standalone.e2e-spec.ts'))
      .filter((f) => /\.\.\/shared\/|\/work\/shared|\b(API|DOMAIN|CONVENTIONS|STACK)\.md\b/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(citing).toEqual([]);
  });
});
