import { CombinedError } from '@urql/core';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLError } from 'graphql';
import { readSession } from '../api/session';

const authHeader = (): Record<string, string> => {
  const session = readSession();
  return session ? { authorization: `Bearer ${session.accessToken}` } : {};
};

/** Hands a blob to the browser as a download with this file name. */
export function saveBlob(blob: Blob, fileName: string) {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** A file the API returned inline (settlement exports: base64 bytes, MIME type, name). */
export function saveBase64(file: { contentBase64: string; contentType: string; fileName: string }) {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  saveBlob(new Blob([bytes], { type: file.contentType }), file.fileName);
}

/**
 * A download link the API prepared (`ExportFile.url`, e.g. `/exports?token=…`): fetched with the session's bearer
 * token (the link works only for the account that asked for it), then saved under the API's file name.
 */
export async function saveExportFile(file: { url: string; fileName: string }): Promise<void> {
  const res = await fetch(file.url, { headers: authHeader() });
  if (!res.ok) throw new Error(res.status === 404 ? '下载链接已失效，请重新导出。' : `下载失败（${res.status}）`);
  saveBlob(await res.blob(), file.fileName);
}

/**
 * Sends an operation with one file as a GraphQL multipart request (the variable `file`), with the preflight header
 * Apollo's CSRF protection asks of uploads. Answers like urql does: data, or a CombinedError for apiProblem.
 */
export async function uploadOperation<D, V extends Record<string, unknown>>(
  document: TypedDocumentNode<D, V>,
  variables: Omit<V, 'file'>,
  file: File | Blob,
  url = '/graphql',
): Promise<{ data?: D; error?: CombinedError }> {
  const body = new FormData();
  body.append('operations', JSON.stringify({ query: print(document), variables: { ...variables, file: null } }));
  body.append('map', JSON.stringify({ 0: ['variables.file'] }));
  body.append('0', file, file instanceof File ? file.name : 'upload.xlsx');
  try {
    const res = await fetch(url, { method: 'POST', body, headers: { ...authHeader(), 'apollo-require-preflight': 'true' } });
    const json = (await res.json()) as { data?: D; errors?: GraphQLError[] };
    if (json.errors?.length) return { data: json.data ?? undefined, error: new CombinedError({ graphQLErrors: json.errors }) };
    return { data: json.data };
  } catch (e) {
    return { error: new CombinedError({ networkError: e as Error }) };
  }
}
