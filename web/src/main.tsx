import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError } from './api';
import { App } from './App';
import { I18nProvider } from './i18n';
import { registerServiceWorker } from './offline/register';
import './styles.css';

const queries = new QueryClient({
  defaultOptions: {
    queries: {
      // A refused or invalid request fails the same way again; a dropped connection may not.
      retry: (failures, error) => failures < 2 && error instanceof ApiError && error.kind === 'network',
      refetchOnWindowFocus: false,
      staleTime: 10_000,
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <QueryClientProvider client={queries}>
        <App />
      </QueryClientProvider>
    </I18nProvider>
  </StrictMode>,
);

void registerServiceWorker();
