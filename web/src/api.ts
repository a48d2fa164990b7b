// The one module that talks to the API: GraphQL over HTTP on the same origin (the session cookie signs the
// request) plus the anti-forgery token every POST must carry. Typed operations live at the bottom; add new
// ones with `operation<Data, Variables>(document)` and run them with `execute`.

export const antiforgeryHeader = 'X-XSRF-TOKEN';

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

interface GraphQLResponse {
  data?: unknown;
  errors?: GraphQLError[];
}

/** A failed call. `kind` tells the UI what to say: it could not reach the server, the server failed without
 *  an explanation, or GraphQL explained in `errors` (the first one's code is `code`). */
export class ApiError extends Error {
  constructor(
    readonly kind: 'network' | 'http' | 'graphql',
    message: string,
    readonly status = 0,
    readonly errors: GraphQLError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

// ---- anti-forgery -----------------------------------------------------------------------------------------

let token: Promise<string> | null = null;

/** The token is bound to the signed-in identity, so pass `refresh` at start-up and after signing in or out.
 *  Concurrent callers share one request; a failed request is forgotten so the next call tries again. */
export function antiforgeryToken(refresh = false): Promise<string> {
  if (refresh || !token) {
    const pending = fetchToken();
    token = pending;
    pending.catch(() => {
      if (token === pending) token = null;
    });
  }
  return token!;
}

async function fetchToken(): Promise<string> {
  const response = await send('/auth/antiforgery', {
    credentials: 'same-origin',
    cache: 'no-store',
    headers: { Accept: 'application/json' },
  });
  const body = (await readJson(response)) as { token?: unknown } | null;
  if (!response.ok || typeof body?.token !== 'string') {
    throw new ApiError('http', `Anti-forgery token: HTTP ${response.status}`, response.status);
  }
  return body.token;
}

// ---- GraphQL ----------------------------------------------------------------------------------------------

export type Variables = Record<string, unknown>;

/** A named GraphQL document with the types of its result data and variables. */
export interface Operation<TData, TVariables extends Variables | undefined> {
  readonly name: string;
  readonly document: string;
  /** Type-only marker; never set. */
  readonly types?: [TData, TVariables];
}

export function operation<TData, TVariables extends Variables | undefined = undefined>(
  document: string,
): Operation<TData, TVariables> {
  const name = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(document)?.[1];
  // Named operations show up by name in server logs, traces and limits.
  if (!name) throw new Error(`Give the operation a name: ${document.slice(0, 40)}`);
  return { name, document };
}

/** Runs an operation and returns its data, or throws ApiError (any GraphQL error, HTTP failure or no data). */
export async function execute<TData, TVariables extends Variables | undefined>(
  op: Operation<TData, TVariables>,
  ...[variables]: TVariables extends undefined ? [] : [variables: TVariables]
): Promise<TData> {
  const body = JSON.stringify({ query: op.document, variables, operationName: op.name });
  let response = await post(body, await antiforgeryToken());
  // A 4xx answer means the server did not execute the request. The usual cause is a token minted for another
  // identity (signed in or out in another tab, session expired), so fetch a fresh one and try once more.
  if (response.status === 400 || response.status === 403) {
    response = await post(body, await antiforgeryToken(true));
  }
  const result = (await readJson(response)) as GraphQLResponse | null;
  if (result?.errors?.length) {
    throw new ApiError('graphql', result.errors[0].message, response.status, result.errors);
  }
  if (!response.ok || result?.data == null) {
    throw new ApiError('http', `GraphQL: HTTP ${response.status}`, response.status);
  }
  return result.data as TData;
}

function post(body: string, xsrf: string): Promise<Response> {
  return send('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      [antiforgeryHeader]: xsrf,
    },
    body,
  });
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (e) {
    throw new ApiError('network', e instanceof Error ? e.message : String(e));
  }
}

async function readJson(response: Response): Promise<unknown> {
  if (!/json/i.test(response.headers.get('Content-Type') ?? '')) return null;
  try {
    return await response.json();
  } catch {
    return null;
  }
}

// ---- operations -------------------------------------------------------------------------------------------

/** Known roles; the server may add more, so the UI shows an unknown one as it comes. */
export const roles = ['PlatformAdmin', 'OrgAdmin', 'Coordinator', 'Mentor', 'MunicipalityViewer', 'Auditor'] as const;
export type Role = (typeof roles)[number];

/** Reads a role as the server spells it: `MunicipalityViewer`, or as a GraphQL enum value `MUNICIPALITY_VIEWER`. */
export function knownRole(role: string): Role | undefined {
  const plain = role.replace(/_/g, '').toLowerCase();
  return roles.find((r) => r.toLowerCase() === plain);
}

export interface Organisation {
  id: string;
  name: string;
  kind: string;
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  language: string;
  organisation: Organisation | null;
}

/** A rule the server refused, in the payload of a mutation; `field` names the input it is about. */
export interface UserError {
  code: string;
  message: string;
  field: string | null;
}

export interface LoginInput {
  email: string;
  password: string;
}

export interface LoginPayload {
  user: User | null;
  errors: UserError[];
}

const userFields = 'id email displayName roles language organisation { id name kind }';

export const MeQuery = operation<{ me: User | null }>(`query Me { me { ${userFields} } }`);

export const LoginMutation = operation<{ login: LoginPayload }, { input: LoginInput }>(
  `mutation Login($input: LoginInput!) { login(input: $input) { user { ${userFields} } errors { code message field } } }`,
);

export const LogoutMutation = operation<{ logout: { ok: boolean } }>('mutation Logout { logout { ok } }');

/** Start-up: a fresh token for whoever the cookie says we are, then who that is (null when anonymous). */
export async function currentUser(): Promise<User | null> {
  await antiforgeryToken(true);
  return (await execute(MeQuery)).me;
}

export async function login(input: LoginInput): Promise<LoginPayload> {
  const { login: payload } = await execute(LoginMutation, { input });
  if (payload.user) await renewToken();
  return payload;
}

export async function logout(): Promise<void> {
  await execute(LogoutMutation);
  await renewToken();
}

// The identity changed, so the old token is useless. If the new one cannot be fetched now, the next call
// fetches it; the sign-in or sign-out itself has already happened.
async function renewToken(): Promise<void> {
  await antiforgeryToken(true).catch(() => undefined);
}
