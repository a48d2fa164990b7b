// The one module that talks to the API: GraphQL over HTTP on the same origin (the session cookie signs the
// request) plus the anti-forgery token every POST must carry. Operations are written next to the page that uses
// them with `graphql(...)` from ./graphql, whose types codegen derives from the API's committed schema.

import { graphql } from './graphql';
import type { ParamKind, TypedDocumentString, UserErrorFieldsFragment } from './graphql/generated/graphql';

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
  return token;
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

/** A document written with `graphql(...)` from ./graphql: codegen gives it the types of its result and variables. */
export type Document<TResult, TVariables> = TypedDocumentString<TResult, TVariables>;

/** No variables to send (codegen's type for an operation without any). */
type NoVariables = Record<string, never>;

/** The operation's name, which shows up in server logs, traces and limits, and keys the query cache. */
export function operationName(document: { toString(): string }): string {
  const name = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(document.toString())?.[1];
  if (!name) throw new Error(`Give the operation a name: ${document.toString().slice(0, 40)}`);
  return name;
}

/** Runs an operation and returns its data, or throws ApiError (any GraphQL error, HTTP failure or no data). */
export async function execute<TResult, TVariables>(
  document: Document<TResult, TVariables>,
  ...[variables]: TVariables extends NoVariables ? [] : [variables: TVariables]
): Promise<TResult> {
  const body = JSON.stringify({ query: document.toString(), variables, operationName: operationName(document) });
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
  return result.data as TResult;
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

/**
 * What every mutation selects of the rules the server refused: `errors { ...UserErrorFields }`. Codegen finds the
 * fragment by its name (fragment masking is off), so each payload's `errors` is typed with these fields in place.
 */
export const UserErrorFields = graphql(`
  fragment UserErrorFields on UserError { code message field params { name value kind enumType } }
`);

/** A rule the server refused, in the payload of a mutation; `field` names the input it is about. */
export interface UserError {
  code: string;
  message: string;
  field: string | null;
  /** What the reader's sentence needs (counts, dates, codes); absent in errors kept from before they carried them. */
  params?: MessageParam[];
}

/** One value of a server message; a list is several with the same name. See i18n/messages.ts. */
export interface MessageParam {
  name: string;
  value: string;
  kind: ParamKind;
  enumType?: string | null;
}

// What the fragment selects is a UserError (the build fails when one of them changes without the other).
const selected: UserError = {} as UserErrorFieldsFragment;
void selected;
