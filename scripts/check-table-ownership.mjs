#!/usr/bin/env node
// Fails when SQL in one module names a table another module owns (scripts/table-owners.mjs). A module reaches another's
// data only through that module's exported service, except in the declared read models (READ_MODELS: one file per module,
// naming exactly the tables it lists). Run as `npm run lint:tables`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KNOWN_CROSSINGS, READ_MODELS, TABLE_OWNERS } from './table-owners.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (name.endsWith('.ts') && !name.endsWith('.spec.ts')) yield path;
  }
}

/** The module a source file belongs to: `src/modules/<name>/...` or `core` for `src/core/...`; null for the rest. */
function moduleOf(file) {
  const parts = relative(root, file).split(sep);
  if (parts[0] !== 'src') return null;
  if (parts[1] === 'modules') return parts[2];
  if (parts[1] === 'core') return 'core';
  return null;
}

/** Table names used as tables in SQL: after FROM, JOIN, INTO, UPDATE, TABLE, or DELETE FROM, inside string literals. */
const TABLE_REF = /\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+("?)([a-z_][a-z0-9_]*)\1/gi;
const LITERAL = /`(?:\\[\s\S]|[^`\\])*`|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"/g;

const problems = [];
const seenCrossings = new Set();
const seenReads = new Set();
const readModelModules = new Map();
for (const file of Object.keys(READ_MODELS)) {
  const mod = moduleOf(join(root, file));
  if (readModelModules.has(mod)) problems.push(`scripts/table-owners.mjs: module ${mod} declares two read models (${readModelModules.get(mod)}, ${file}); keep one`);
  readModelModules.set(mod, file);
  for (const table of READ_MODELS[file].reads) {
    if (!TABLE_OWNERS[table]) problems.push(`scripts/table-owners.mjs: read model ${file} lists ${table}, which no module owns`);
    else if (TABLE_OWNERS[table] === mod) problems.push(`scripts/table-owners.mjs: read model ${file} lists ${table}, its own module's table`);
  }
}
for (const file of sourceFiles(join(root, 'src'))) {
  const mod = moduleOf(file);
  if (!mod) continue;
  const rel = relative(root, file).split(sep).join('/');
  const text = readFileSync(file, 'utf8');
  for (const literal of text.match(LITERAL) ?? []) {
    for (const m of literal.matchAll(TABLE_REF)) {
      const table = m[2].toLowerCase();
      const owner = TABLE_OWNERS[table];
      if (!owner || owner === mod) continue;
      const key = `${rel} -> ${table}`;
      if (READ_MODELS[rel]?.reads.includes(table)) {
        seenReads.add(key);
        continue;
      }
      if (KNOWN_CROSSINGS[key]) {
        seenCrossings.add(key);
        continue;
      }
      problems.push(`${rel}: SQL names ${table}, owned by ${owner} (module ${mod}); go through ${owner}'s service`);
    }
  }
}
for (const key of Object.keys(KNOWN_CROSSINGS)) {
  if (!seenCrossings.has(key)) problems.push(`scripts/table-owners.mjs: known crossing "${key}" no longer occurs; remove it`);
}
for (const [file, model] of Object.entries(READ_MODELS)) {
  for (const table of model.reads) {
    if (!seenReads.has(`${file} -> ${table}`)) problems.push(`scripts/table-owners.mjs: read model ${file} no longer names ${table}; remove it from its reads`);
  }
}
const unique = [...new Set(problems)];
if (unique.length) {
  console.error(unique.join('\n'));
  console.error(`\n${unique.length} table-ownership problem(s).`);
  process.exit(1);
}
console.log(
  `table ownership: every module names only its own tables (${Object.keys(READ_MODELS).length} declared read model(s), ${Object.keys(KNOWN_CROSSINGS).length} known crossings left to move).`,
);
