import { writeFile } from 'node:fs/promises';
import { printPublicSchema } from './core/graphql/schema-sdl.js';

/** `npm run schema`: writes the public GraphQL schema, generated from the code, to schema.graphql at the repository root. */
const target = new URL('../schema.graphql', import.meta.url);
await writeFile(target, await printPublicSchema());
process.stdout.write(`wrote ${target.pathname}\n`);
