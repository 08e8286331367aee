import { ambient } from './ambient.js';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('the ambient store', () => {
  afterEach(() => expect(ambient.openRuns).toBe(0));

  it('carries each run\'s store through its awaits, overlapping runs apart', async () => {
    const seen: Array<string | undefined> = [];
    const work = (id: string) =>
      ambient.run({ requestId: id }, async () => {
        await tick();
        seen.push(ambient.getStore()?.requestId);
        await ambient.run({ requestId: `${id}/inner` }, async () => {
          await tick();
          seen.push(ambient.getStore()?.requestId);
        });
        seen.push(ambient.getStore()?.requestId);
      });
    await Promise.all([work('a'), work('b')]);
    expect(seen.sort()).toEqual(['a', 'a', 'a/inner', 'b', 'b', 'b/inner']);
    expect(ambient.getStore()).toBeUndefined();
  });

  it('is off once every run has ended: a timer a run left behind no longer sees its store', async () => {
    let fromTimer: Promise<string | undefined> | undefined;
    await ambient.run({ requestId: 'left' }, async () => {
      fromTimer = new Promise((resolve) => setTimeout(() => resolve(ambient.getStore()?.requestId), 30));
      await tick();
      expect(ambient.getStore()?.requestId).toBe('left');
    });
    expect(await fromTimer).toBeUndefined();
    // And on again for the next run.
    expect(await ambient.run({ requestId: 'next' }, async () => (await tick(), ambient.getStore()?.requestId))).toBe('next');
  });

  it('never shows a store again once its run has ended, even while another run has the storage on', async () => {
    let fromTimer: Promise<string | undefined> | undefined;
    await ambient.run({ requestId: 'old' }, async () => {
      fromTimer = new Promise((resolve) => setTimeout(() => resolve(ambient.getStore()?.requestId), 30));
      await tick();
    });
    // The timer made during the first run fires while the second keeps the storage on.
    expect(await ambient.run({ requestId: 'current' }, () => fromTimer)).toBeUndefined();
  });

  it('counts a run that throws or rejects as ended', async () => {
    expect(() => ambient.run({}, () => {
      throw new Error('sync');
    })).toThrow('sync');
    await expect(ambient.run({}, async () => {
      await tick();
      throw new Error('async');
    })).rejects.toThrow('async');
    expect(ambient.run({ requestId: 'sync' }, () => ambient.getStore()?.requestId)).toBe('sync');
  });
});
