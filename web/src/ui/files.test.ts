import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiProblem } from '../api/errors';
import { writeSession } from '../api/session';
import { graphql } from '../gql';
import { uploadOperation } from './files';

const IMPORT = graphql(`
  mutation ImportProvidersForTest($file: Upload!, $dryRun: Boolean, $allOrNothing: Boolean) { importProviders(file: $file, dryRun: $dryRun, allOrNothing: $allOrNothing) { id } }
`);

afterEach(() => vi.unstubAllGlobals());

describe('uploadOperation (GraphQL multipart request)', () => {
  it('sends operations, map and the file, with the bearer token and the preflight header', async () => {
    writeSession({ accessToken: 'tok-1', expiresAt: '2099-01-01T00:00:00Z', refreshToken: 'r', refreshTokenExpiresAt: '2099-01-01T00:00:00Z', user: { id: 'u', role: 'CIVIL_AFFAIRS', displayName: '王科长', regionScope: '3708' } });
    const fetch = vi.fn(async () => new Response(JSON.stringify({ data: { importProviders: { id: 'job-1' } } })));
    vi.stubGlobal('fetch', fetch);
    const file = new File(['PK'], '机构.xlsx');
    const result = await uploadOperation(IMPORT, { dryRun: true, allOrNothing: false }, file);
    expect(result).toEqual({ data: { importProviders: { id: 'job-1' } } });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({ authorization: 'Bearer tok-1', 'apollo-require-preflight': 'true' });
    const body = init.body as FormData;
    const operations = JSON.parse(body.get('operations') as string);
    expect(operations.variables).toEqual({ dryRun: true, allOrNothing: false, file: null });
    expect(operations.query).toContain('importProviders(file: $file');
    expect(JSON.parse(body.get('map') as string)).toEqual({ 0: ['variables.file'] });
    expect((body.get('0') as File).name).toBe('机构.xlsx');
  });

  it('answers the API\'s refusal as a problem with its code, reason and fields', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({
      errors: [{ message: 'too large', extensions: { code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE', fields: [{ path: 'file', message: 'at most 50 MB' }] } }],
    }))));
    const result = await uploadOperation(IMPORT, {}, new File(['x'], 'a.csv'));
    expect(result.data).toBeUndefined();
    expect(apiProblem(result.error)).toEqual({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE', message: 'too large', fields: [{ path: 'file', message: 'at most 50 MB' }] });
  });

  it('answers a network failure as NETWORK', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    const result = await uploadOperation(IMPORT, {}, new File(['x'], 'a.csv'));
    expect(apiProblem(result.error)?.code).toBe('NETWORK');
  });
});
