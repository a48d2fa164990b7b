import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// Two pages: the app (index.html) and GraphiQL (graphiql.html, which the API serves at /graphql/ui).
// In development the API runs separately; the dev server forwards its paths to it.
const api = 'http://127.0.0.1:5080';
const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  base: '/',
  plugins: [react()],
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
