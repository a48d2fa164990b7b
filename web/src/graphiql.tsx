import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import { antiforgeryHeader, refreshAntiforgery } from './api';

// GraphiQL on the same origin: the session cookie signs requests, the anti-forgery header proves the page is ours.
await refreshAntiforgery();
const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  fetch: (input, init) => fetch(input, {
    ...init,
    credentials: 'same-origin',
    headers: { ...(init?.headers as Record<string, string>), Accept: 'application/graphql-response+json', ...antiforgeryHeader() },
  }),
});

createRoot(document.getElementById('graphiql')!).render(<GraphiQL fetcher={fetcher} />);
