import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Inject, Injectable, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { CloseCode, type Context } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { Actor } from '../auth/actor.js';
import { TokenService } from '../auth/token.service.js';
import { badInput, DomainError } from '../errors/domain-error.js';
import { formatGraphQLError } from '../errors/graphql-error-formatter.js';
import { armorFor } from '../graphql/graphql.config.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { appLogger } from '../logging/logger.js';

/** Close codes a client should know (graphql-ws's, plus 4401 for a token that expired while connected). */
export const LiveCloseCode = {
  /** The token in connectionParams is invalid, or expired while the connection was open: log in again, reconnect. */
  TOKEN_INVALID: CloseCode.Unauthorized,
  /** No connection_init within WS_CONNECTION_INIT_TIMEOUT_MS. */
  INIT_TIMEOUT: CloseCode.ConnectionInitialisationTimeout,
  /** The instance is shutting down: reconnect (to another instance). */
  GOING_AWAY: 1001,
} as const;

interface ConnectionState {
  actor: Actor | null;
  expiryTimer?: NodeJS.Timeout;
}

type LiveContext = Context<Record<string, unknown>, Extra & { state?: ConnectionState }>;

const GRAPHQL_PATH = '/graphql';
const MAX_MESSAGE_BYTES = 64 * 1024;

/**
 * GraphQL subscriptions over graphql-ws (protocol graphql-transport-ws) on the same path as POST /graphql, on the
 * HTTP server Nest built, with the schema Nest built (so the resolvers' guards and services apply unchanged).
 *
 * - Authentication: `connectionParams.authorization` ("Bearer <token>") or `connectionParams.accessToken`. No token:
 *   anonymous (only public subscriptions pass the role check). An invalid token is refused with 4401; a token that
 *   expires while connected closes the socket with 4401 at its expiry.
 * - Limits: connection_init within WS_CONNECTION_INIT_TIMEOUT_MS (else 4408); at most SUBSCRIPTIONS_PER_CONNECTION
 *   operations at once (further ones get a RATE_LIMITED error); only subscription operations; documents pass the
 *   same validation, depth, alias and cost rules as queries; messages up to 64 KiB.
 * - Each operation gets its own context whose DataLoaders are emptied before every event (see LiveStream), so an
 *   event never reads what an earlier one cached.
 */
@Injectable()
export class SubscriptionServer implements OnApplicationBootstrap {
  private wss: WebSocketServer | null = null;
  private disposable: { dispose: () => void | Promise<void> } | null = null;
  private stopping = false;
  private readonly onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== GRAPHQL_PATH) return;
    if (this.stopping || !this.wss) {
      socket.destroy();
      return;
    }
    const wss = this.wss;
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  };

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const schema = this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
    const rules = [...specifiedRules, ...(armorFor(this.config).validationRules as typeof specifiedRules)];
    const limit = this.config.SUBSCRIPTIONS_PER_CONNECTION;
    this.wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
    this.disposable = useServer<Record<string, unknown>, { state?: ConnectionState }>(
      {
        schema,
        connectionInitWaitTimeout: this.config.WS_CONNECTION_INIT_TIMEOUT_MS,
        onConnect: async (ctx: LiveContext) => {
          const token = tokenOf(ctx.connectionParams);
          const state: ConnectionState = { actor: null };
          ctx.extra.state = state;
          if (!token) return true;
          const actor = await this.tokens.verify(token);
          if (!actor) {
            ctx.extra.socket.close(LiveCloseCode.TOKEN_INVALID, 'Unauthorized: the access token is invalid or expired');
            return false;
          }
          state.actor = actor;
          const expiresAt = this.tokens.expiryOf(token);
          if (expiresAt) {
            state.expiryTimer = setTimeout(
              () => ctx.extra.socket.close(LiveCloseCode.TOKEN_INVALID, 'Unauthorized: the access token expired'),
              Math.max(0, Math.min(expiresAt.getTime() - Date.now(), 2_147_483_647)),
            );
            state.expiryTimer.unref();
          }
          return true;
        },
        onClose: (ctx: LiveContext) => {
          if (ctx.extra.state?.expiryTimer) clearTimeout(ctx.extra.state.expiryTimer);
        },
        onSubscribe: (ctx: LiveContext, id, payload) => {
          // graphql-ws has already reserved this operation's id in ctx.subscriptions.
          const open = Object.keys(ctx.subscriptions).filter((other) => other !== id).length;
          if (open >= limit) {
            const refusal = new DomainError('RATE_LIMITED', `At most ${limit} subscriptions per connection`);
            return [new GraphQLError(refusal.message, { originalError: refusal })];
          }
          let document: DocumentNode;
          try {
            document = parse(payload.query);
          } catch (error) {
            return [error instanceof GraphQLError ? error : new GraphQLError('Syntax error')];
          }
          const errors = validate(schema, document, rules);
          if (errors.length > 0) return errors;
          const operation = getOperationAST(document, payload.operationName);
          if (!operation || operation.operation !== 'subscription') {
            const refusal = badInput('Only subscriptions are served over WebSocket; use POST /graphql');
            return [new GraphQLError(refusal.message, { originalError: refusal })];
          }
          const contextValue: GraphQLContext = { actor: ctx.extra.state?.actor ?? null, invalidToken: false, loaders: new Map() };
          return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
        },
        onNext: (_ctx, _id, _payload, _args, result) =>
          result.errors ? { ...result, errors: result.errors.map((e) => format(e)) } : undefined,
        onError: (_ctx, _id, _payload, errors) => errors.map((e) => format(e)),
      },
      this.wss,
    );
    const server = this.adapterHost.httpAdapter.getHttpServer();
    server.on('upgrade', this.onUpgrade);
  }

  /** Open WebSocket connections on this instance. */
  get connections(): number {
    return this.wss?.clients.size ?? 0;
  }

  /** Shutdown step: refuse new connections, close the open ones with 1001 so clients reconnect elsewhere. */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    const wss = this.wss;
    if (!wss) return;
    for (const socket of wss.clients) socket.close(LiveCloseCode.GOING_AWAY, 'Server shutting down');
    await this.disposable?.dispose();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
    this.adapterHost.httpAdapter.getHttpServer().off('upgrade', this.onUpgrade);
  }
}

function tokenOf(params: Readonly<Record<string, unknown>> | undefined): string | null {
  if (!params) return null;
  const header = params.authorization ?? params.Authorization;
  if (typeof header === 'string') {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match ? match[1] : header.trim() || null;
  }
  return typeof params.accessToken === 'string' && params.accessToken ? params.accessToken : null;
}

function format(error: GraphQLError): GraphQLFormattedError {
  try {
    return formatGraphQLError(error.toJSON(), error);
  } catch (e) {
    appLogger().error({ err: String(e) }, 'could not format a subscription error');
    return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
}

@Module({ providers: [SubscriptionServer], exports: [SubscriptionServer] })
export class LiveModule {}
