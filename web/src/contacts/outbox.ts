import { createStore, del, entries, set } from 'idb-keyval';
import { useSyncExternalStore } from 'react';
import { ApiError, execute, type UserError } from '../api';
import { graphql, type LogContactInput } from '../graphql';

/**
 * Meetings logged on the phone wait here (IndexedDB) until the server has them. Every one is written here first,
 * so nothing typed is lost to a dropped connection, a closed tab or a flat battery, and every send carries the
 * idempotency key made when the meeting was logged: a re-send after a lost answer logs nothing twice.
 */
export const LogContact = graphql(`
  mutation LogContact($input: LogContactInput!) {
    logContact(input: $input) { result { contact { id } matchVersion } errors { code message field } }
  }
`);

export interface Queued {
  input: LogContactInput;
  /** Who logged it: only their own session sends it. */
  userId: string;
  queuedAt: string;
  /** Set when the server refused it: it stays visible until the mentor dismisses it. */
  refused?: UserError[];
}

const store = createStore('mentoring', 'outbox');
let snapshot: Queued[] = [];
let sending = false;
const listeners = new Set<() => void>();

async function reload(): Promise<void> {
  snapshot = (await entries<string, Queued>(store)).map(([, v]) => v).sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
  listeners.forEach((l) => l());
}

export async function enqueue(item: Queued): Promise<void> {
  await set(item.input.idempotencyKey, item, store);
  await reload();
}

export async function dismiss(key: string): Promise<void> {
  await del(key, store);
  await reload();
}

/**
 * Sends what waits, oldest first, stopping at the first connection failure (the rest waits for the next try).
 * A refusal (a typed error) is kept with its reasons; an accepted or already-logged meeting leaves the queue.
 */
export async function flush(userId: string): Promise<void> {
  if (sending) return;
  sending = true;
  try {
    await reload();
    for (const item of snapshot.filter((q) => q.userId === userId && !q.refused)) {
      let errors: UserError[];
      try {
        errors = (await execute(LogContact, { input: item.input })).logContact.errors;
      } catch (e) {
        if (e instanceof ApiError && e.kind === 'graphql') {
          errors = e.errors.map((g) => ({ code: g.extensions?.code ?? 'ERROR', message: g.message, field: null }));
        } else {
          break; // offline or the server is down: try again later
        }
      }
      if (errors.length) await set(item.input.idempotencyKey, { ...item, refused: errors }, store);
      else await del(item.input.idempotencyKey, store);
    }
  } finally {
    sending = false;
    await reload();
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The signed-in user's waiting meetings, live. */
export function useOutbox(userId: string): Queued[] {
  const all = useSyncExternalStore(subscribe, () => snapshot);
  return all.filter((q) => q.userId === userId);
}

/** Loads the queue once and sends whenever the connection comes back. */
export function startOutbox(userId: string): () => void {
  const online = () => void flush(userId);
  window.addEventListener('online', online);
  void reload().then(() => (navigator.onLine ? flush(userId) : undefined));
  return () => window.removeEventListener('online', online);
}
