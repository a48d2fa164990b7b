import { createStore, del, entries, set } from 'idb-keyval';
import { useSyncExternalStore } from 'react';
import { ApiError, execute, type UserError } from '../api';
import {
  graphql, type AnswerMatchHealthCheckInput, type ContactAttemptInput, type LogContactInput, type MarkMyGroupActivityAttendanceInput, type QueryName,
} from '../graphql';

/**
 * Meetings (and failed attempts to meet) logged on the phone wait here (IndexedDB) until the server has them. Every one is written here first,
 * so nothing typed is lost to a dropped connection, a closed tab or a flat battery, and every send carries the
 * idempotency key made when the meeting was logged: a re-send after a lost answer logs nothing twice.
 * The queue sends itself: at start, when the connection returns, and after a failed try on a timer that backs off
 * from 5 s to 5 min, so a meeting whose answer was lost goes again without anyone tapping.
 */
export const LogContact = graphql(`
  mutation LogContact($input: LogContactInput!) {
    logContact(input: $input) { result { contact { id } matchVersion } errors { ...UserErrorFields } }
  }
`);

/** A failed attempt to meet ("could not meet"), queued and sent the same way as a meeting. */
export const RecordContactAttempt = graphql(`
  mutation RecordContactAttempt($input: ContactAttemptInput!) {
    recordContactAttempt(input: $input) { result { attempt { id } matchVersion } errors { ...UserErrorFields } }
  }
`);

/**
 * The mentor's answer to a match-health check (1, 3, 6, 12 months), queued like a meeting: a phone in a prison's car park
 * answers it too. The mentor selects only their own answer back: the staff's monitoring types are refused to mentors.
 */
export const AnswerMatchHealthCheck = graphql(`
  mutation AnswerMatchHealthCheck($input: AnswerMatchHealthCheckInput!) {
    answerMatchHealthCheck(input: $input) { healthCheck { matchId milestone } errors { ...UserErrorFields } }
  }
`);

/** The mentor's own attendance at a group activity, queued like a meeting: marked at the venue, sent when there is a connection. */
export const MarkMyGroupActivityAttendance = graphql(`
  mutation MarkMyGroupActivityAttendance($input: MarkMyGroupActivityAttendanceInput!) {
    markMyGroupActivityAttendance(input: $input) { activity { id attended } errors { ...UserErrorFields } }
  }
`);

/**
 * Where a meeting shows once the server has it (or has it no longer, when retracted): the match's log, the mentor's
 * people (last contact, next one due), the coordinator's engagement table and desk, and urgent concerns.
 */
export const meetingViews: QueryName[] = ['ContactTimeline', 'ContactAttempts', 'MyMatches', 'Engagement', 'CoordinatorDesk', 'OpenConcerns', 'ClientCase',
  'MyGroupActivities', 'MyVolunteerStatement'];

interface QueuedBase {
  /** Who logged it: only their own session sends it. */
  userId: string;
  queuedAt: string;
  /** Set when the server refused it: it stays visible until the mentor dismisses or edits it. */
  refused?: UserError[];
}

/**
 * A meeting (with what it moved on the person's path), a failed attempt to meet, a match-health answer (with the
 * milestone it answers), or the mentor's own attendance at a group activity (with its title, for the list). Items queued
 * before attempts existed have no kind: they are meetings.
 */
export type Queued =
  | (QueuedBase & { kind?: 'meeting'; input: LogContactInput })
  | (QueuedBase & { kind: 'attempt'; input: ContactAttemptInput })
  | (QueuedBase & { kind: 'health'; input: AnswerMatchHealthCheckInput; milestone: number })
  | (QueuedBase & { kind: 'attendance'; input: MarkMyGroupActivityAttendanceInput & { idempotencyKey: string }; title: string });

/** One honest status per item: waiting on this phone, sent (this session), or refused with the server's reasons. */
export type Status = 'waiting' | 'sent' | 'refused';
export type Shown = Queued & { status: Status };

/** When the queued meeting happened, the attempt was made, or (on this phone) the health check was answered or attendance marked. */
export function whenOf(item: Queued): string {
  if (item.kind === 'attempt') return item.input.attemptedAt;
  if (item.kind === 'health' || item.kind === 'attendance') return item.queuedAt;
  return item.input.happenedAt;
}

const store = createStore('mentoring', 'outbox');
const firstDelay = 5_000;
const maxDelay = 5 * 60_000;

let snapshot: Shown[] = [];
const sent = new Map<string, Queued>(); // left the queue while this page was open
const drafts = new Map<string, LogContactInput>(); // refused meetings the mentor chose to edit, by match
let sending: Promise<void> | null = null;
let again = false;
let delay = firstDelay;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();
const sentListeners = new Set<(item: Queued) => void>();

async function reload(): Promise<void> {
  const stored = (await entries<string, Queued>(store)).map(([, v]) => v);
  snapshot = [
    ...stored.map((q): Shown => ({ ...q, status: q.refused ? 'refused' : 'waiting' })),
    ...[...sent.values()].filter((q) => !stored.some((s) => s.input.idempotencyKey === q.input.idempotencyKey)).map((q): Shown => ({ ...q, status: 'sent' })),
  ].sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
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

/** A refused meeting goes back to its match's form; saved again, it is a new meeting with a new key. (Anything else is only dismissed.) */
export async function edit(key: string): Promise<string | undefined> {
  const item = snapshot.find((q) => q.input.idempotencyKey === key);
  if (!item || item.kind === 'attempt' || item.kind === 'health' || item.kind === 'attendance') return undefined;
  drafts.set(item.input.matchId, item.input);
  await dismiss(key);
  return item.input.matchId;
}

/** The refused meeting the mentor chose to edit on this match, if any, live: the match's form fills itself from it. */
export function useDraft(matchId: string): LogContactInput | undefined {
  return useSyncExternalStore(subscribe, () => drafts.get(matchId));
}

/** The form has the draft: it is handed over once. */
export function forgetDraft(matchId: string): void {
  if (drafts.delete(matchId)) listeners.forEach((l) => l());
}

/**
 * Sends what waits, oldest first, stopping at the first connection failure or server fault (the rest waits for the
 * next try, on the back-off timer). A refusal (a typed error) is kept with its reasons; an accepted or already-logged
 * meeting leaves the queue. A call while a send runs makes that send look once more when it ends.
 */
export function flush(userId: string): Promise<void> {
  if (sending) {
    again = true;
    return sending;
  }
  sending = (async () => {
    let failed = false;
    try {
      do {
        again = false;
        await reload();
        for (const item of snapshot.filter((q) => q.userId === userId && q.status === 'waiting')) {
          const errors = await send(item);
          if (errors === null) {
            failed = true;
            break;
          }
          if (errors.length) {
            await set(item.input.idempotencyKey, { ...item, status: undefined, refused: errors }, store);
          } else {
            sent.set(item.input.idempotencyKey, item);
            await del(item.input.idempotencyKey, store);
            sentListeners.forEach((l) => l(item));
          }
        }
      } while (again && !failed);
    } catch {
      failed = true; // IndexedDB itself failed: try again later
    } finally {
      sending = null;
      await reload().catch(() => undefined);
    }
    schedule(userId, failed);
  })();
  return sending;
}

/** The server's typed errors, or null when the meeting could not be delivered (no connection, the server failed). */
async function send(item: Queued): Promise<UserError[] | null> {
  if (!navigator.onLine) return null;
  try {
    switch (item.kind) {
      case 'attempt':
        return (await execute(RecordContactAttempt, { input: item.input })).recordContactAttempt.errors;
      case 'health':
        return (await execute(AnswerMatchHealthCheck, { input: item.input })).answerMatchHealthCheck.errors;
      case 'attendance':
        return (await execute(MarkMyGroupActivityAttendance, { input: item.input })).markMyGroupActivityAttendance.errors;
      default:
        return (await execute(LogContact, { input: item.input })).logContact.errors;
    }
  } catch (e) {
    // A GraphQL error the server answered on purpose (4xx) is a refusal; a 5xx or a lost answer is not.
    if (e instanceof ApiError && e.kind === 'graphql' && e.status < 500) {
      return e.errors.map((g) => ({ code: g.extensions?.code ?? 'ERROR', message: g.message, field: null }));
    }
    return null;
  }
}

function schedule(userId: string, failed: boolean): void {
  clearTimeout(timer);
  timer = undefined;
  const waiting = snapshot.some((q) => q.userId === userId && q.status === 'waiting');
  if (!failed || !waiting) {
    delay = firstDelay;
    return;
  }
  if (!navigator.onLine) return; // the `online` event starts the next try
  timer = setTimeout(() => void flush(userId), delay);
  delay = Math.min(delay * 2, maxDelay);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called with each meeting the server accepted (or already had), after it left the queue; returns the unsubscribe. */
export function onSent(listener: (item: Queued) => void): () => void {
  sentListeners.add(listener);
  return () => {
    sentListeners.delete(listener);
  };
}

/** The signed-in user's meetings on this phone (waiting, refused, sent in this session), live. */
export function useOutbox(userId: string): Shown[] {
  const all = useSyncExternalStore(subscribe, () => snapshot);
  return all.filter((q) => q.userId === userId);
}

/** The same list as useOutbox, as it stands now (outside React). */
export function outboxOf(userId: string): Shown[] {
  return snapshot.filter((q) => q.userId === userId);
}

/** Loads the queue, sends what waits, and sends again whenever the connection comes back. */
export function startOutbox(userId: string): () => void {
  const online = () => {
    delay = firstDelay;
    void flush(userId);
  };
  window.addEventListener('online', online);
  void flush(userId);
  return () => {
    window.removeEventListener('online', online);
    clearTimeout(timer);
    timer = undefined;
  };
}
