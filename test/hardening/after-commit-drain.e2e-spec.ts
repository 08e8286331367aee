import { UnitOfWork } from '../../src/core/database/unit-of-work.js';
import { DomainError, notFound, notFoundAs } from '../../src/core/errors/domain-error.js';
import { startTestApp } from '../support/test-app.js';

describe('hardening: a stop waits for after-commit work', () => {
  it('finishes after-commit work already started (and its database reads) before the pool closes', async () => {
    const t = await startTestApp();
    const uow = t.app.get(UnitOfWork);
    let finished = false;
    await uow.run(async () => {
      uow.afterCommit(async () => {
        await new Promise((r) => setTimeout(r, 300));
        await uow.manager.query('SELECT 1');
        finished = true;
      });
    });
    await t.close();
    expect(finished).toBe(true);
    expect(t.logs.join('')).not.toMatch(/after-commit work failed/);
  });
});

describe('hardening: an outage behind an access check is not turned into NOT_FOUND', () => {
  it('maps refusals of the inner object, and lets anything else through', async () => {
    const refused = Promise.reject(notFound('Elder')).catch(notFoundAs('Home bed'));
    await expect(refused).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Home bed not found' });
    const outage = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const passed = Promise.reject(outage).catch(notFoundAs('Home bed'));
    await expect(passed).rejects.toBe(outage);
    await expect(passed).rejects.not.toBeInstanceOf(DomainError);
  });
});
