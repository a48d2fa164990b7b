import { useMutation, useQuery, useQueryClient, type QueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { useState } from 'react';
import { execute, operationName, type Document, type UserError } from '../api';
import type { QueryName } from '../graphql';

type NoVariables = Record<string, never>;

/**
 * A query keyed by its operation name and variables; loading, error and refetching states come from react-query.
 * Every query of the app is keyed so (`[operation name, variables]`, paged ones too: ui/paging.tsx), which is what lets a
 * command name the queries it changes.
 */
export function useGql<TResult, TVariables>(
  document: Document<TResult, TVariables>,
  variables: TVariables extends NoVariables ? undefined : TVariables,
  options?: Omit<UseQueryOptions<TResult>, 'queryKey' | 'queryFn'>,
) {
  return useQuery<TResult>({
    queryKey: [operationName(document), variables ?? null],
    queryFn: () => (execute as (d: typeof document, v?: unknown) => Promise<TResult>)(document, variables),
    ...options,
  });
}

/**
 * Marks the named queries stale, whatever their variables: those on screen fetch again now (the promise waits for
 * them), the others when they are next shown. Nothing else in the cache is touched.
 */
export function refresh(client: QueryClient, queries: readonly QueryName[]): Promise<void> {
  if (queries.length === 0) return Promise.resolve();
  const names: readonly unknown[] = queries;
  return client.invalidateQueries({ predicate: (query) => names.includes(query.queryKey[0]) });
}

interface Payload {
  errors: UserError[];
}

/** What a command changes, as the queries that show it (by operation name); none for a command that changes nothing shown. */
export interface Changes {
  refreshes: readonly QueryName[];
}

/**
 * A mutation whose payload carries typed user errors. `run` resolves to the payload when the server accepted the
 * command (errors empty), else null; `errors` holds what it refused (shown next to the fields they name) and
 * `failure` a call that failed as a whole. After a change, the queries it `refreshes` are refreshed — and only those:
 * name every query whose answer the command can change (on this screen or another), not just the one in view.
 */
export function useCommand<TResult, TVariables, TPayload extends Payload>(
  document: Document<TResult, TVariables>,
  pick: (result: TResult) => TPayload,
  { refreshes }: Changes,
) {
  const client = useQueryClient();
  const [errors, setErrors] = useState<UserError[]>([]);
  const mutation = useMutation({
    mutationFn: (variables: TVariables) => (execute as (d: typeof document, v?: unknown) => Promise<TResult>)(document, variables),
  });

  const run = async (variables: TVariables): Promise<TPayload | null> => {
    setErrors([]);
    mutation.reset();
    let payload: TPayload;
    try {
      payload = pick(await mutation.mutateAsync(variables));
    } catch {
      return null; // mutation.error says why
    }
    if (payload.errors.length) {
      setErrors(payload.errors);
      return null;
    }
    await refresh(client, refreshes);
    return payload;
  };

  const reset = () => {
    setErrors([]);
    mutation.reset();
  };

  return { run, reset, busy: mutation.isPending, errors, failure: mutation.error as unknown, setErrors };
}

export type Command = Pick<ReturnType<typeof useCommand>, 'busy' | 'errors' | 'failure'>;
