// The anchor of bench/request-path-bench.js: a bare Apollo Server on Fastify that answers the same operations as the
// app with the same SQL through `pg` (bench/bare/operations.js), and nothing else: no Nest, no TypeORM, no request
// logging, no access rules beyond the guardian check `elder(id)` needs. What the app costs over this is what its
// framework and its own layers cost.
//
//   DATABASE_URL=postgres://... PORT=4001 JWT_SECRET=... node bench/bare/server.js
//
// Started by the benchmark; GET /health answers once it listens.
import { ApolloServer } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import Fastify from 'fastify';
import { callerOf, fields, mutations, queries, stopOnSignal, typeDefs } from './operations.js';

const rootResolvers = (operations) => Object.fromEntries(Object.entries(operations).map(([name, run]) => [name, (_, args, ctx) => run(args, ctx.userId)]));
const resolvers = { Query: rootResolvers(queries), Mutation: rootResolvers(mutations), ...fields };

const app = Fastify();
const apollo = new ApolloServer({ typeDefs, resolvers, plugins: [fastifyApolloDrainPlugin(app)] });
await apollo.start();
app.get('/health', async () => ({ ok: true }));
await app.register(fastifyApollo(apollo), { context: async (request) => callerOf(request.headers) });
await app.listen({ port: Number(process.env.PORT), host: process.env.HOST ?? '127.0.0.1' });
stopOnSignal(() => app.close());
