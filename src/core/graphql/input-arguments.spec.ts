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

/** The parameter lists of a resolver file's @ResolveField methods, by method name. */
function fieldResolverSignatures(source: string): Array<[string, string]> {
  const lines = source.split('\n');
  const found: Array<[string, string]> = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes('@ResolveField(')) continue;
    let start = i;
    while (start < lines.length && !/^ {2}(async )?[A-Za-z_]\w*\(/.test(lines[start])) start++;
    let end = start;
    while (end < lines.length && !/\)(: [^{]+)? \{$/.test(lines[end])) end++;
    const header = lines.slice(start, end + 1).join(' ');
    found.push([header.trim().split('(')[0], header]);
    i = end;
  }
  return found;
}

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

  // Nest hands graphql-js a field resolver's method itself only when it has no parameter decorators; with @Parent() or
  // @Context() every call goes through Nest's per-call context (pipes on each parameter, several promises), which on a
  // page of 20 providers was a third of the request's CPU. Fields without arguments take GraphQL's (parent, args,
  // context) instead; a field with @Args keeps the decorators, because its arguments are validated.
  it.each(files.map((f) => [relative(root, f), f]))('%s: fields without arguments take (parent, args, context), not decorators', (_name, file) => {
    const offenders = fieldResolverSignatures(readFileSync(file, 'utf8'))
      .filter(([, header]) => /@(Parent|Context|CurrentActor|Info)\(/.test(header) && !header.includes('@Args('))
      .map(([name]) => name);
    expect(offenders).toEqual([]);
  });

  it('reads the field resolvers it checks', () => {
    const all = files.flatMap((file) => fieldResolverSignatures(readFileSync(file, 'utf8')));
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter(([, header]) => header.includes('@Args(')).length).toBeGreaterThan(0);
  });
});
