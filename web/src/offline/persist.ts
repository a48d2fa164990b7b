import type { Query, QueryClient, QueryKey } from '@tanstack/react-query';
import { clear, createStore, entries, get, set } from 'idb-keyval';
import { knownRole } from '../session/roles';
import type { User } from '../session/session';

/**
 * What a mentor's phone keeps to open without a connection: who signed in last, and the last good answers of the
 * mentor's own queries (their people, a match's meetings). Nothing else is kept, and all of it is forgotten on sign-out
 * and when someone else signs in on this browser. The service worker never caches /graphql: it keeps only the app.
 */
const store = createStore('mentoring-offline', 'answers');
const userKey = 'user';
const kept = new Set(['MyMatches', 'ContactTimeline']);

interface Kept {
  userId: string;
  queryKey: QueryKey;
  data: unknown;
  updatedAt: number;
}

/** A mentor signed in (online): remember them, forgetting whatever another person left here. */
export async function rememberUser(user: User): Promise<void> {
  const previous = await get<User>(userKey, store).catch(() => undefined);
  if (previous && previous.id !== user.id) await forget();
  if (user.roles.some((r) => knownRole(r) === 'Mentor')) await set(userKey, user, store).catch(() => undefined);
  else await forget();
}

/** Who signed in here last, when the server cannot be asked. */
export function rememberedUser(): Promise<User | undefined> {
  return get<User>(userKey, store).catch(() => undefined);
}

export async function forget(): Promise<void> {
  await clear(store).catch(() => undefined);
}

/** Puts the remembered answers of this user back into the query cache (as old data: they refetch when they can). */
export async function restoreAnswers(client: QueryClient, userId: string): Promise<void> {
  const all = await entries<string, Kept | User>(store).catch(() => []);
  for (const [key, value] of all) {
    if (key === userKey) continue;
    const answer = value as Kept;
    if (answer.userId === userId) client.setQueryData(answer.queryKey, answer.data, { updatedAt: answer.updatedAt });
  }
}

/** Keeps every good answer of the kept queries while this user is signed in; returns the unsubscribe. */
export function keepAnswers(client: QueryClient, userId: string): () => void {
  return client.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    const { queryKey, state } = event.query as Query; // the cache's events type their query with `any`
    if (!kept.has(String(queryKey[0])) || state.data === undefined) return;
    const answer: Kept = { userId, queryKey, data: state.data, updatedAt: state.dataUpdatedAt };
    void set(JSON.stringify(queryKey), answer, store).catch(() => undefined);
  });
}

