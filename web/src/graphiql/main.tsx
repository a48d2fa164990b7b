import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import './graphiql.css';
import { antiforgeryHeader, antiforgeryToken } from '../api';

// GraphiQL on the API's own origin: the session cookie signs each request and the anti-forgery header proves
// the page is ours. The token is bound to the identity, which a `login` or `logout` run right here changes,
// so every request takes a fresh one.
const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  fetch: async (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('Accept', 'application/graphql-response+json, application/json');
    headers.set(antiforgeryHeader, await antiforgeryToken(true));
    return fetch(input, { ...init, headers, credentials: 'same-origin' });
  },
});

const defaultQuery = `# Mentoring GraphQL API. Sign in with the Login mutation (or in the app), then run Me.

query Me {
  me { id email displayName roles language organisation { id name kind } }
}

# Variables: { "input": { "email": "…", "password": "…" } }
mutation Login($input: LoginInput!) {
  login(input: $input) {
    user { displayName roles }
    errors { code message field params { name value kind enumType } }
  }
}

mutation Logout {
  logout { ok }
}
`;

createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />,
);
