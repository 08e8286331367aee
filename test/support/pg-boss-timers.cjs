/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: it patches the module instance that Jest's registry gives pg-boss */
// pg-boss requires node:timers/promises inside every delay(). A delay begun by a worker that is still stopping can run
// after Jest has torn down the test file's module registry, where that require fails and the whole file is reported
// as failed although its tests passed. Here, before pg-boss is loaded, its delay gets the same timers bound once.
const { setTimeout: wait } = require('node:timers/promises');
const { join, dirname } = require('node:path');

const tools = require(join(dirname(require.resolve('pg-boss')), 'tools.js'));

tools.delay = function delay(ms, error) {
  const ac = new AbortController();
  const promise = new Promise((resolve, reject) => {
    wait(ms, null, { signal: ac.signal })
      .then(() => (error ? reject(new Error(error)) : resolve()))
      .catch(resolve);
  });
  promise.abort = () => {
    if (!ac.signal.aborted) ac.abort();
  };
  return promise;
};
