/**
 * The service worker (built by vite-plugin-pwa) only in production builds: the dev server keeps its own module graph,
 * and a worker from an older build would otherwise answer it. With `autoUpdate`, a new deployment's worker activates
 * at once and the open pages reload onto it.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  registerSW({ immediate: true });
}
