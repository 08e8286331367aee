import type { FastifyInstance, FastifyRequest } from 'fastify';
import { processRequest } from 'graphql-upload-minimal';

const MULTIPART = Symbol('graphql-multipart');

/**
 * File uploads by the GraphQL multipart request spec on POST /graphql: the multipart body is parsed (files streamed, not
 * buffered) into the operation with `Upload` values before Apollo sees it. Apollo's CSRF prevention still applies:
 * multipart/form-data is a "simple" content type, so a browser client must send a preflight header
 * (`apollo-require-preflight: true`), which a cross-site form cannot.
 */
export function registerGraphQLUploads(fastify: FastifyInstance, maxFileBytes: number): void {
  fastify.addContentTypeParser('multipart/form-data', (request, _payload, done) => {
    (request as FastifyRequest & { [MULTIPART]?: boolean })[MULTIPART] = true;
    done(null);
  });
  fastify.addHook('preValidation', async (request, reply) => {
    if (!(request as FastifyRequest & { [MULTIPART]?: boolean })[MULTIPART]) return;
    if (request.url.split('?')[0] !== '/graphql') return reply.code(415).send({ errors: [{ message: 'multipart bodies are accepted on /graphql only' }] });
    try {
      request.body = await processRequest(request.raw, reply.raw, { maxFiles: 1, maxFileSize: maxFileBytes, maxFieldSize: 1_048_576 });
    } catch (error) {
      const status = (error as { status?: number }).status ?? 400;
      return reply.code(status).send({ errors: [{ message: (error as Error).message, extensions: { code: 'BAD_USER_INPUT' } }] });
    }
  });
}
