import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import request from 'supertest';
import { serveWebConsole } from '../../src/core/web/web-console.js';

@Controller('health')
class FakeHealth {
  @Get()
  ok() {
    return { status: 'ok' };
  }
}

@Module({ controllers: [FakeHealth] })
class FakeModule {}

/** How the server serves a console build: files, caching, gzip, the client-side route fallback and the API paths. */
describe('web console: serving web/dist', () => {
  let app: NestFastifyApplication;
  const root = mkdtempSync(join(tmpdir(), 'yiyang-web-dist-'));
  beforeAll(async () => {
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><html lang="zh-CN"><body><div id="root"></div><script type="module" src="/assets/index-abc.js"></script></body></html>');
    writeFileSync(join(root, 'assets', 'index-abc.js'), `console.log(${JSON.stringify('颐养'.repeat(2000))});`);
    app = await NestFactory.create<NestFastifyApplication>(FakeModule, new FastifyAdapter(), { logger: false });
    expect(serveWebConsole(app, `${root}/`)).toBe(true);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });
  afterAll(() => app.close());

  it('serves index.html at / and for client-side routes, revalidated', async () => {
    for (const path of ['/', '/family/visits', '/officer/ratings?x=1']) {
      const res = await request(app.getHttpServer()).get(path);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.text).toContain('<div id="root">');
    }
  });

  it('serves hashed assets for a year, gzipped when the browser accepts it', async () => {
    const plain = await request(app.getHttpServer()).get('/assets/index-abc.js').set('accept-encoding', 'identity');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toContain('javascript');
    expect(plain.headers['cache-control']).toContain('immutable');
    expect(plain.headers['content-encoding']).toBeUndefined();
    // supertest inflates the body; the length on the wire is the gzipped one.
    const gz = await request(app.getHttpServer()).get('/assets/index-abc.js').set('accept-encoding', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.text).toBe(plain.text);
    expect(Number(gz.headers['content-length'])).toBeLessThan(Buffer.byteLength(plain.text) / 10);
  });

  it('answers 404 for a missing file and leaves the API paths to the API', async () => {
    expect((await request(app.getHttpServer()).get('/assets/old-chunk.js')).status).toBe(404);
    expect((await request(app.getHttpServer()).get('/graphql/anything')).status).toBe(404);
    const health = await request(app.getHttpServer()).get('/health');
    expect(health.body).toEqual({ status: 'ok' });
  });

  it('serves nothing when the console is not built', async () => {
    const other = await NestFactory.create<NestFastifyApplication>(FakeModule, new FastifyAdapter(), { logger: false });
    expect(serveWebConsole(other, join(root, 'missing') + '/')).toBe(false);
    await other.close();
  });
});
