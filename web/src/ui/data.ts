import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { useState } from 'react';
import { execute, operationName, type Document, type UserError } from '../api';

type NoVariables = Record<string, never>;

/** A query keyed by its operation name and variables; loading, error and refetching states come from react-query. */
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

interface Payload {
  errors: UserError[];
}

/**
 * A mutation whose payload carries typed user errors. `run` resolves to the payload when the server accepted the
 * command (errors empty), else null; `errors` holds what it refused (shown next to the fields they name) and
 * `failure` a call that failed as a whole. Every cached query is refreshed after a change.
 */
export function useCommand<TResult, TVariables, TPayload extends Payload>(
  document: Document<TResult, TVariables>,
  pick: (result: TResult) => TPayload,
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
    await client.invalidateQueries();
    return payload;
  };

  const reset = () => {
    setErrors([]);
    mutation.reset();
  };

  return { run, reset, busy: mutation.isPending, errors, failure: mutation.error as unknown, setErrors };
}

export type Command = Pick<ReturnType<typeof useCommand>, 'busy' | 'errors' | 'failure'>;
