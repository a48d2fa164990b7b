// The one place that talks to the API: GraphQL over HTTP with the session cookie and the anti-forgery header.

export interface GraphQLError { message: string; extensions?: { code?: string } }
export interface UserError { code: string; message: string; field: string | null }
export interface GraphQLResult<T> { data?: T; errors?: GraphQLError[] }

let antiforgeryToken: string | null = null;

/** The token is bound to the signed-in identity: fetch it at start-up and after every sign-in or sign-out. */
export async function refreshAntiforgery(): Promise<void> {
  const response = await fetch('/auth/antiforgery', { credentials: 'same-origin', cache: 'no-store' });
  if (!response.ok) throw new Error(`anti-forgery token: HTTP ${response.status}`);
  antiforgeryToken = ((await response.json()) as { token: string }).token;
}

export function antiforgeryHeader(): Record<string, string> {
  return antiforgeryToken ? { 'X-XSRF-TOKEN': antiforgeryToken } : {};
}

export class ApiError extends Error {
  constructor(message: string, readonly code?: string) { super(message); }
}

export async function graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  if (!antiforgeryToken) await refreshAntiforgery();
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      ...antiforgeryHeader(),
    },
    body: JSON.stringify({ query, variables }),
  });
  let result: GraphQLResult<T>;
  try {
    result = (await response.json()) as GraphQLResult<T>;
  } catch {
    throw new ApiError(`HTTP ${response.status}`);
  }
  if (result.errors?.length) throw new ApiError(result.errors[0].message, result.errors[0].extensions?.code);
  if (!result.data) throw new ApiError(`HTTP ${response.status}`);
  return result.data;
}

export type Role = 'PLATFORM_ADMIN' | 'ORG_ADMIN' | 'COORDINATOR' | 'MENTOR' | 'MUNICIPALITY_VIEWER' | 'AUDITOR';

export interface Me {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  language: 'LV' | 'EN' | 'RU';
  organisation: { id: string; name: string; kind: string } | null;
}

const meFields = 'id email displayName roles language organisation { id name kind }';

export async function fetchMe(): Promise<Me | null> {
  return (await graphql<{ me: Me | null }>(`query Me { me { ${meFields} } }`)).me;
}

export async function login(email: string, password: string): Promise<{ user: Me | null; errors: UserError[] }> {
  const data = await graphql<{ login: { user: Me | null; errors: UserError[] } }>(
    `mutation Login($input: LoginInput!) { login(input: $input) { user { ${meFields} } errors { code message field } } }`,
    { input: { email, password } },
  );
  if (data.login.user) await refreshAntiforgery();
  return data.login;
}

export async function logout(): Promise<void> {
  await graphql<{ logout: { ok: boolean } }>('mutation Logout { logout { ok } }');
  await refreshAntiforgery();
}
