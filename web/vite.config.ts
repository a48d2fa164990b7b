import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
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

// The installable, offline app: a manifest and a Workbox service worker that precaches the built app shell (not GraphiQL)
// and answers every navigation with index.html — except the server's own paths, which always go to the network.
// Answers of /graphql are never cached by the worker: the mentor's last answers are kept by src/offline/ instead.
const pwa = VitePWA({
  registerType: 'autoUpdate', // a new deployment's worker takes over at once; the page registers it (src/offline/register.ts)
  injectRegister: false,
  includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
  manifest: {
    id: '/',
    name: 'Mentoring — līdzgaitnieki',
    short_name: 'Mentoring',
    description: 'Līdzgaitnieku (mentoru) darbs ar cilvēkiem pēc atbrīvošanas no ieslodzījuma.',
    lang: 'lv',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'portrait',
    theme_color: '#1f4e5f',
    background_color: '#ffffff',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    globIgnores: ['graphiql.html', 'assets/graphiql*'],
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/graphql(\/|$|\?)/, /^\/auth(\/|$)/, /^\/reports(\/|$)/, /^\/jobs(\/|$)/, /^\/health/],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
  },
});

export default defineConfig({
  base: '/',
  plugins: [react(), graphiqlAtApiPath, pwa],
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
