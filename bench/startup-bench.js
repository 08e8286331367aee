// Startup: how long `node dist/main.js` takes to answer, cold (a new data folder: initdb, every migration, pg-boss's
// schema) and warm (the same folder again), and the server's RSS once it answers.
//
//   npm run build && node bench/startup-bench.js [--runs 2]
//
// Each start runs in its own process with its own embedded PostgreSQL under a temporary folder (removed at the end).
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphql, numberOption, parseBenchArgs, processRssMb, spread, startServerProcess } from './lib/harness.js';

const values = parseBenchArgs(
  `Startup of the built server: cold (new data folder) and warm (the same folder again), time to the first answer and RSS.
Build first: npm run build && node bench/startup-bench.js [options]`,
  { runs: { type: 'string', default: '2', help: 'cold + warm pairs' } },
);
const runs = numberOption(values, 'runs');
const figures = { cold: [], warm: [], rss: [] };
for (let run = 0; run < runs; run++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'yiyang-startup-'));
  chmodSync(dataDir, 0o755); // embedded PostgreSQL runs as the postgres user under root, and must enter it
  try {
    for (const kind of ['cold', 'warm']) {
      const started = performance.now();
      const server = await startServerProcess({ env: { DATA_DIR: dataDir, DATABASE_URL: '' } });
      await graphql(server.url, '{ __typename }');
      figures[kind].push(performance.now() - started);
      figures.rss.push(processRssMb(server.pid));
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
const line = (label, xs, unit) => {
  const s = spread(xs);
  return `| ${label} | ${s.min.toFixed(0)} / ${s.median.toFixed(0)} / ${s.max.toFixed(0)} ${unit} |`;
};
console.log(`\nRun ${new Date().toISOString()}, ${runs} cold + warm pairs (min / median / max); the machine is shared.\n`);
console.log('| start | figure |');
console.log('|---|---|');
console.log(line('cold (initdb, migrations) to the first answer', figures.cold, 'ms'));
console.log(line('warm to the first answer', figures.warm, 'ms'));
console.log(line('RSS once answering', figures.rss, 'MB'));
process.exit(0);
