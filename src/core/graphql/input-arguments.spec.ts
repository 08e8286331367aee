import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Guards the global validation pipe: it validates an argument by its reflected class, and a parameter declared as a
 * union (`X | undefined`, `X | null`) reflects as `Object` under swc, which silently skips validation in tests.
 * Every input-class argument must therefore be declared with the plain class type (`filter: X` or `filter?: X`).
 */
function resolverFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return resolverFiles(path);
    return name.endsWith('.resolver.ts') ? [path] : [];
  });
}

const ARG = /@Args\(\s*'(\w+)',\s*\{\s*type:\s*\(\)\s*=>\s*\[?(\w+)\]?[^@]*?\}\s*(?:,[^)]*)?\)\s*(\w+)\??:\s*([^,)=]+?)\s*[,)=]/g;

describe('resolver arguments', () => {
  const root = join(process.cwd(), 'src');
  const files = resolverFiles(root);

  it('finds the resolvers', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s declares input-class arguments with their plain class type', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const offenders: string[] = [];
    for (const match of source.matchAll(ARG)) {
      const [, argName, typeName, , declared] = match;
      const isInputClass = /(Input|Filter|Args)$/.test(typeName);
      if (isInputClass && !new RegExp(`^${typeName}(\\[\\])?$`).test(declared.trim())) offenders.push(`${argName}: ${declared.trim()}`);
    }
    expect(offenders).toEqual([]);
  });
});
