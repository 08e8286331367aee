import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstClosedFolder } from './embedded-postgres.js';

describe('firstClosedFolder (can the postgres user reach the binaries and the data?)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'yiyang-reach-'));
    mkdirSync(join(dir, 'closed', 'project', 'node_modules'), { recursive: true });
    mkdirSync(join(dir, 'open', 'project'), { recursive: true });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'closed'), 0o700);
    chmodSync(join(dir, 'open'), 0o755);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // An id that owns nothing here: the "other" permission bits decide, as for the postgres user in root's clone.
  const stranger = { uid: 54321, gid: 54321 };

  it('names the first folder (mode 0700, owned by someone else) on the way to a file', () => {
    expect(firstClosedFolder(join(dir, 'closed', 'project', 'node_modules', 'initdb'), stranger)).toBe(join(dir, 'closed'));
  });

  it('finds nothing closed when every folder lets others through', () => {
    expect(firstClosedFolder(join(dir, 'open', 'project', 'data', 'x'), stranger)).toBeUndefined();
  });

  it('lets the owner of a 0700 folder through', () => {
    const { uid, gid } = statSync(join(dir, 'closed'));
    expect(firstClosedFolder(join(dir, 'closed', 'project', 'x'), { uid, gid })).toBeUndefined();
  });
});
