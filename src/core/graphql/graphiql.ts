import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { ApolloServerPlugin } from '@apollo/server';
import { Public } from '../auth/roles.decorator.js';

const require = createRequire(import.meta.url);

/** GraphiQL 3 and React 18 ship UMD builds: served from node_modules, the IDE works with no internet access. */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'application/javascript; charset=utf-8' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'application/javascript; charset=utf-8' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'application/javascript; charset=utf-8' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css; charset=utf-8' },
};

const cache = new Map<string, Buffer>();

function asset(name: string): Buffer {
  let body = cache.get(name);
  if (!body) {
    // The UMD files are not in the packages' "exports", so resolve the package folder and read the file from it.
    const { pkg, file } = ASSETS[name];
    body = readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), file));
    cache.set(name, body);
  }
  return body;
}

/**
 * GraphiQL's first tab: a login with a demo account (SEED_DEMO, see README) that works as it stands; the page keeps
 * the token it returns for the next operations.
 */
export const DEFAULT_QUERY = `# Run this to sign in with the demo admin (demo data: SEED_DEMO). This page then sends the token with every
# request; to act as someone else, run another login, or put "Authorization": "Bearer ..." in the headers pane.
mutation Login {
  login(phone: "13800000001", password: "demo-password") { accessToken user { role displayName } }
}

query Me {
  me { id role displayName }
}
`;

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <title>Yiyang (颐养) GraphQL</title>
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
  <link rel="stylesheet" href="/graphiql/graphiql.css" />
  <script src="/graphiql/react.js"></script>
  <script src="/graphiql/react-dom.js"></script>
  <script src="/graphiql/graphiql.js"></script>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script>
    // After a login (or register) here, the page sends its token with every request, so the example below works as
    // it is; an Authorization header typed into the headers pane takes precedence. The token lives in this tab only.
    const KEY = 'yiyang.accessToken';
    const base = GraphiQL.createFetcher({ url: location.pathname });
    const fetcher = async (params, options) => {
      const headers = { ...((options && options.headers) || {}) };
      const token = sessionStorage.getItem(KEY);
      if (token && !Object.keys(headers).some((h) => h.toLowerCase() === 'authorization')) headers.Authorization = 'Bearer ' + token;
      const result = await base(params, { ...(options || {}), headers });
      const issued = result && result.data && ((result.data.login || result.data.register || {}).accessToken);
      if (issued) sessionStorage.setItem(KEY, issued);
      return result;
    };
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultEditorToolsVisibility: true,
        defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
      }),
    );
  </script>
</body>
</html>`;

/** Apollo landing-page plugin: a browser's GET on /graphql gets the offline GraphiQL page. */
export function offlineGraphiQL(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return { async renderLandingPage() { return { html: PAGE }; } };
    },
  };
}

@Controller('graphiql')
export class GraphiQLAssetsController {
  @Get(':name')
  @Public()
  serve(@Param('name') name: string, @Res() reply: FastifyReply) {
    if (!Object.hasOwn(ASSETS, name)) throw new NotFoundException();
    reply.header('content-type', ASSETS[name].type).header('cache-control', 'public, max-age=86400').send(asset(name));
  }
}
