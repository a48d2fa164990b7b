import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// Two pages: the app (index.html) and GraphiQL (graphiql.html, which the API serves at /graphql/ui).
// In development the API runs separately; the dev server forwards its paths to it.
const api = 'http://127.0.0.1:5080';
const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

// The API serves GraphiQL at /graphql/ui; the dev server does the same with its own, live copy.
const graphiqlAtApiPath: Plugin = {
  name: 'graphiql-at-api-path',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      if (req.url === '/graphql/ui' || req.url?.startsWith('/graphql/ui?')) req.url = '/graphiql.html';
      next();
    });
  },
};

export default defineConfig({
  base: '/',
  plugins: [react(), graphiqlAtApiPath],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // GraphiQL is one large chunk by nature; it loads only on its own page.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: { app: page('index.html'), graphiql: page('graphiql.html') },
      onwarn(warning, warn) {
        // GraphiQL's dependencies carry React Server Components' "use client" markers, meaningless in a browser bundle.
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: { '/graphql': api, '/auth': api, '/health': api },
  },
});
