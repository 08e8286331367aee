/* eslint-disable @typescript-eslint/no-require-imports -- dependency-cruiser loads this CommonJS config, which reads the module picture with require */
// Dependency rules generated from the module picture (scripts/module-picture.cjs). Run as `npm run lint:deps`.
const picture = require('./scripts/module-picture.cjs');

const modules = Object.keys(picture);
const others = (name) => modules.filter((m) => m !== name);

/** What a module offers the others: services, loaders, its Nest module, GraphQL models, errors, pure policies and records. */
const PUBLIC_SURFACE = '\\.(service|loaders|module|model|errors|policy|record)\\.ts$';

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Modules (and files) form no cycle.', from: {}, to: { circular: true } },
    {
      name: 'core-imports-no-module',
      severity: 'error',
      comment: 'The platform (src/core) knows no feature module.',
      from: { path: '^src/core/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'The domain vocabulary and pure rules import no framework.',
      from: { path: ['^src/core/domain/', '\\.policy\\.ts$', '\\.state\\.ts$'] },
      to: { path: 'node_modules/(@nestjs|typeorm|@apollo|graphql|pg)/' },
    },
    ...modules.map((name) => ({
      name: `${name}-uses-only-its-picture`,
      severity: 'error',
      comment: `${name} may use only ${picture[name].join(', ') || 'no other module'} (scripts/module-picture.cjs).`,
      from: { path: `^src/modules/${name}/` },
      to: { path: `^src/modules/(${others(name).filter((m) => !picture[name].includes(m)).join('|') || '$^'})/` },
    })),
    ...modules.map((name) => ({
      name: `${name}-only-through-public-surface`,
      severity: 'error',
      comment: `Others reach ${name} through its services, loaders, module, models, errors and policies; never its entities or queries (an entity may be named as a type: it is what the service returns).`,
      from: { path: `^src/modules/(${others(name).join('|')})/` },
      to: { path: `^src/modules/${name}/`, pathNot: PUBLIC_SURFACE, dependencyTypesNot: ['type-only'] },
    })),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.spec\\.ts$' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
