import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * The console is built to web/dist and served by the Nest server at `/` (GraphQL stays at `/graphql`).
 * `npm run dev -w web` proxies /graphql to a server on :3000.
 */
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // ECharts is only needed by the officer dashboard and the maps: its own chunk, loaded with those pages.
        codeSplitting: { groups: [{ name: 'echarts', test: /node_modules[\\/](echarts|zrender)/ }] },
      },
    },
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:3000' } },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
    // jsdom renders antd slowly on a loaded 2-core machine: the first render of a page can take several seconds.
    testTimeout: 30_000,
  },
});
