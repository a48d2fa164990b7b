import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// Two pages: the app and GraphiQL (served by the API at /graphql/ui). The dev server proxies the API.
const api = 'http://127.0.0.1:5080';
export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
    rollupOptions: {
      input: { app: resolve(import.meta.dirname, 'index.html'), graphiql: resolve(import.meta.dirname, 'graphiql.html') },
      // GraphiQL's dependencies carry React Server Components' "use client" markers, meaningless in a browser bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/graphql': api, '/auth': api, '/health': api } },
});
