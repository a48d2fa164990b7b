import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LogContactInput } from '../graphql';
import type { Queued } from './outbox';

// The outbox as a phone runs it: IndexedDB (fake-indexeddb, a new database per test), the network (a fake server behind
// fetch), the connection (navigator.onLine and the window's `online` event) and the clock (fake setTimeout). Each test
// loads the module afresh, as a page load does; a second load on the same database is the app opened again.

type Answer = 'accept' | 'refuse' | 'server-error' | 'lost' | 'forbidden';

/** What the API would do with logContact: it logs each idempotency key once and answers as told. */
class FakeServer {
  answer: Answer = 'accept';
  /** Every logContact request that reached it, in order. */
  readonly requests: LogContactInput[] = [];
  /** The meetings it holds, by idempotency key. */
  readonly logged = new Set<string>();

  /** The mutation of each request, in order: logContact, recordContactAttempt, answerMatchHealthCheck or markMyGroupActivityAttendance. */
  readonly operations: string[] = [];

  readonly fetch = (url: string, init?: RequestInit): Promise<Response> => {
    if (url === '/auth/antiforgery') return Promise.resolve(json({ token: 'token' }));
    const { query, variables } = JSON.parse(init?.body as string) as { query: string; variables: { input: LogContactInput } }; // api.ts sends a JSON string
    const input = variables.input;
    const operation = query.includes('recordContactAttempt') ? 'recordContactAttempt'
      : query.includes('answerMatchHealthCheck') ? 'answerMatchHealthCheck'
      : query.includes('markMyGroupActivityAttendance') ? 'markMyGroupActivityAttendance' : 'logContact';
    this.requests.push(input);
    this.operations.push(operation);
    switch (this.answer) {
      case 'accept':
        this.logged.add(input.idempotencyKey); // a key it already has logs nothing new, and is answered the same
        return Promise.resolve(json({ data: { [operation]: { result: { contact: { id: input.idempotencyKey }, attempt: { id: input.idempotencyKey }, matchVersion: 2 }, errors: [] } } }));
      case 'refuse':
        return Promise.resolve(json({
          data: {
            [operation]: {
              result: null,
              errors: [{ code: 'MATCH_NOT_ACTIVE', message: 'The match is not active.', field: null, params: [{ name: 'stage', value: 'ENDED', kind: 'ENUM', enumType: 'MatchStage' }] }],
            },
          },
        }));
      case 'forbidden':
        return Promise.resolve(json({ errors: [{ message: 'Not allowed.', extensions: { code: 'FORBIDDEN' } }] }, 403));
      case 'server-error':
        return Promise.resolve(new Response('failed', { status: 500 }));
      case 'lost':
        this.logged.add(input.idempotencyKey); // logged, but the answer never reaches the phone
        return Promise.reject(new TypeError('Failed to fetch'));
    }
  };
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const user = 'mentor-1';

/** "Could not meet", queued like a meeting. */
function attempt(n: number, userId = user): Queued {
  return {
    kind: 'attempt',
    input: { matchId: 'match-1', idempotencyKey: `attempt-${n}`, attemptedAt: `2026-11-21T09:0${n}:00Z`, outcome: 'NO_ANSWER', note: null },
    userId,
    queuedAt: `2026-11-21T09:0${n}:30Z`,
  };
}

/** The mentor's answers to a match's one-month health check. */
function health(n: number, userId = user): Queued {
  return { kind: 'health', milestone: 1, input: { matchId: `match-${n}`, idempotencyKey: `health-${n}`, goingWell: 4, supported: 2 }, userId, queuedAt: `2026-12-21T08:0${n}:00Z` };
}

function meeting(n: number, userId = user): Queued {
  return {
    input: {
      matchId: 'match-1', idempotencyKey: `key-${n}`, happenedAt: `2026-11-20T10:0${n}:00Z`, durationMinutes: 60, mode: 'IN_PERSON',
      topics: [], goalsProgressed: [], concern: 'NONE',
    },
    userId,
    queuedAt: `2026-11-20T10:0${n}:30Z`,
  };
}

// IndexedDB answers on real event-loop turns (setImmediate, which the fake clock leaves alone): wait for a condition by
// turns, a bounded number of them, never by time.
const { setImmediate } = globalThis as unknown as { setImmediate: (callback: () => void) => void };
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await turn();
  expect(condition()).toBe(true);
}
async function settle(): Promise<void> {
  for (let i = 0; i < 50; i++) await turn();
}

let server: FakeServer;
let connection: { onLine: boolean };
let window: EventTarget;

/** Loads the outbox as a page load does (module state fresh, IndexedDB as it was). */
async function load() {
  vi.resetModules();
  return import('./outbox');
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  globalThis.indexedDB = new IDBFactory(); // a new, empty database for each test
  server = new FakeServer();
  connection = { onLine: true };
  window = new EventTarget();
  vi.stubGlobal('fetch', server.fetch);
  vi.stubGlobal('navigator', connection);
  vi.stubGlobal('window', window);
});

afterEach(() => {
  vi.useRealTimers();
});

const statuses = (items: { input: { idempotencyKey: string }; status: string }[]) => items.map((i) => [i.input.idempotencyKey, i.status]);

describe('the outbox', () => {
  it('keeps a meeting logged without a connection on the phone, waiting, and sends nothing', async () => {
    connection.onLine = false;
    const outbox = await load();
    await outbox.enqueue(meeting(1));
    await outbox.flush(user);

    expect(statuses(outbox.outboxOf(user))).toEqual([['key-1', 'waiting']]);
    expect(server.requests).toEqual([]);
    expect(vi.getTimerCount()).toBe(0); // offline, the `online` event starts the next try, not a timer

    const reopened = await load(); // the tab closed, the app opened again
    await reopened.flush(user);
    expect(statuses(reopened.outboxOf(user))).toEqual([['key-1', 'waiting']]);
  });

  it('sends a waiting meeting with the key it was logged with, then shows it sent, once, and forgets it', async () => {
    const outbox = await load();
    await outbox.enqueue(meeting(1));
    await outbox.flush(user);

    expect(server.requests.map((r) => r.idempotencyKey)).toEqual(['key-1']);
    expect(statuses(outbox.outboxOf(user))).toEqual([['key-1', 'sent']]);

    await outbox.flush(user); // nothing waits: nothing is sent again
    expect(server.requests).toHaveLength(1);
    const reopened = await load();
    await reopened.flush(user);
    expect(reopened.outboxOf(user)).toEqual([]);
  });

  it('shows each meeting once with one status: sent, refused with the reasons, waiting', async () => {
    const outbox = await load();
    await outbox.enqueue(meeting(1));
    await outbox.flush(user);
    server.answer = 'refuse';
    await outbox.enqueue(meeting(2));
    await outbox.flush(user);
    connection.onLine = false;
    await outbox.enqueue(meeting(3));
    await outbox.flush(user);

    expect(statuses(outbox.outboxOf(user))).toEqual([['key-1', 'sent'], ['key-2', 'refused'], ['key-3', 'waiting']]);
    expect(outbox.outboxOf(user)[1].refused).toEqual([
      { code: 'MATCH_NOT_ACTIVE', message: 'The match is not active.', field: null, params: [{ name: 'stage', value: 'ENDED', kind: 'ENUM', enumType: 'MatchStage' }] },
    ]);
  });

  it('keeps a refused meeting, unsent again, until the mentor dismisses it', async () => {
    server.answer = 'refuse';
    const outbox = await load();
    await outbox.enqueue(meeting(1));
    await outbox.flush(user);
    server.answer = 'accept';
    await outbox.flush(user);
    await vi.advanceTimersByTimeAsync(60 * 60_000);

    expect(server.requests).toHaveLength(1); // a refusal is an answer: it is not retried
    const reopened = await load();
    await reopened.flush(user);
    expect(statuses(reopened.outboxOf(user))).toEqual([['key-1', 'refused']]);
    expect(reopened.outboxOf(user)[0].refused?.[0].code).toBe('MATCH_NOT_ACTIVE');

    await reopened.dismiss('key-1');
    expect(reopened.outboxOf(user)).toEqual([]);
    const again = await load();
    await again.flush(user);
    expect(again.outboxOf(user)).toEqual([]);
  });

  it('takes a GraphQL error the server answered on purpose (4xx) as a refusal', async () => {
    server.answer = 'forbidden';
    const outbox = await load();
    await outbox.enqueue(meeting(1));
    await outbox.flush(user);

    expect(statuses(outbox.outboxOf(user))).toEqual([['key-1', 'refused']]);
    expect(outbox.outboxOf(user)[0].refused).toEqual([{ code: 'FORBIDDEN', message: 'Not allowed.', field: null }]);
  });

  it('hands a refused meeting the mentor edits to its match\'s form and takes it out of the queue', async () => {
    server.answer = 'refuse';
    const outbox = await load();
    await outbox.enqueue(meeting(1));
    await outbox.flush(user);

    expect(await outbox.edit('key-1')).toBe('match-1');
    expect(outbox.outboxOf(user)).toEqual([]);
  });

  it('retries a meeting the server failed on, backing off from 5 s, doubling, up to 5 min', async () => {
    server.answer = 'server-error';
    const outbox = await load();
    await outbox.enqueue(meeting(1));
    await outbox.flush(user);
    expect(server.requests).toHaveLength(1);
    expect(statuses(outbox.outboxOf(user))).toEqual([['key-1', 'waiting']]); // not sent, not refused

    for (const seconds of [5, 10, 20, 40, 80, 160, 300, 300]) {
      await until(() => vi.getTimerCount() === 1);
      const before = server.requests.length;
      vi.advanceTimersByTime(seconds * 1000 - 1);
      await settle();
      expect(server.requests, `nothing sent before ${seconds} s`).toHaveLength(before);
      vi.advanceTimersByTime(1);
      await until(() => server.requests.length === before + 1);
    }

    server.answer = 'accept';
    await until(() => vi.getTimerCount() === 1);
    vi.advanceTimersByTime(300_000);
    await until(() => outbox.outboxOf(user)[0]?.status === 'sent');
    expect(new Set(server.requests.map((r) => r.idempotencyKey))).toEqual(new Set(['key-1'])); // every try, the same key
    expect(vi.getTimerCount()).toBe(0); // nothing waits: no more tries
  });

  it('sends a meeting whose answer was lost again with the same key, so the server logs it once', async () => {
    server.answer = 'lost';
    const outbox = await load();
    await outbox.enqueue(meeting(1));
    await outbox.flush(user);
    expect(statuses(outbox.outboxOf(user))).toEqual([['key-1', 'waiting']]);

    server.answer = 'accept';
    await until(() => vi.getTimerCount() === 1);
    vi.advanceTimersByTime(5_000);
    await until(() => outbox.outboxOf(user)[0]?.status === 'sent');

    expect(server.requests.map((r) => r.idempotencyKey)).toEqual(['key-1', 'key-1']);
    expect(server.logged).toEqual(new Set(['key-1']));
  });

  it('sends a meeting once when two sends overlap', async () => {
    const outbox = await load();
    await outbox.enqueue(meeting(1));
    await outbox.enqueue(meeting(2));
    await Promise.all([outbox.flush(user), outbox.flush(user)]);

    expect(server.requests.map((r) => r.idempotencyKey)).toEqual(['key-1', 'key-2']); // oldest first, each once
    expect(statuses(outbox.outboxOf(user))).toEqual([['key-1', 'sent'], ['key-2', 'sent']]);
  });

  it('stops at the first failure: the meetings after it wait for the next try', async () => {
    server.answer = 'server-error';
    const outbox = await load();
    await outbox.enqueue(meeting(1));
    await outbox.enqueue(meeting(2));
    await outbox.flush(user);

    expect(server.requests.map((r) => r.idempotencyKey)).toEqual(['key-1']);
    expect(statuses(outbox.outboxOf(user))).toEqual([['key-1', 'waiting'], ['key-2', 'waiting']]);
  });

  it('sends only the signed-in person\'s meetings', async () => {
    const outbox = await load();
    await outbox.enqueue(meeting(1, 'mentor-2'));
    await outbox.enqueue(meeting(2));
    await outbox.flush(user);

    expect(server.requests.map((r) => r.idempotencyKey)).toEqual(['key-2']);
    expect(statuses(outbox.outboxOf('mentor-2'))).toEqual([['key-1', 'waiting']]);
  });

  it('sends at start and again, at once, when the connection returns', async () => {
    const outbox = await load();
    await outbox.enqueue(meeting(1));
    connection.onLine = false;
    const stop = outbox.startOutbox(user);
    await settle();
    expect(server.requests).toEqual([]);

    connection.onLine = true;
    window.dispatchEvent(new Event('online'));
    await until(() => outbox.outboxOf(user)[0]?.status === 'sent');
    expect(server.requests.map((r) => r.idempotencyKey)).toEqual(['key-1']);

    stop();
    await outbox.enqueue(meeting(2));
    window.dispatchEvent(new Event('online')); // stopped (signed out): the event sends nothing
    await settle();
    expect(server.requests).toHaveLength(1);
  });

  it('tells its listeners of each meeting the server accepted (the screens that show meetings refresh), and only those', async () => {
    const outbox = await load();
    const accepted: string[] = [];
    const stop = outbox.onSent((item) => accepted.push(item.input.idempotencyKey));
    await outbox.enqueue(meeting(1));
    await outbox.flush(user);
    server.answer = 'refuse';
    await outbox.enqueue(meeting(2));
    await outbox.flush(user);
    expect(accepted).toEqual(['key-1']);

    stop();
    server.answer = 'accept';
    await outbox.enqueue(meeting(3));
    await outbox.flush(user);
    expect(accepted).toEqual(['key-1']);
  });

  it('keeps a meeting\'s path (goals, documents, a refused accompaniment) and a failed attempt offline, and sends each with its own mutation once', async () => {
    connection.onLine = false;
    const outbox = await load();
    const withPath = meeting(1);
    if (withPath.kind === 'attempt') throw new Error('a meeting');
    withPath.input = {
      ...withPath.input, goalsProgressed: ['goal-1'], documentsObtained: ['IDENTITY_DOCUMENT'],
      accompaniments: [
        { institution: 'MUNICIPAL_SOCIAL_SERVICE', help: 'GMI_BENEFIT', result: 'REFUSED', refusalReason: 'NO_ACCOUNT_STATEMENTS', note: null },
        { institution: 'NVA', help: null, result: 'HELP_GRANTED', refusalReason: null, note: null },
      ],
    };
    await outbox.enqueue(withPath);
    await outbox.enqueue(attempt(2));
    await outbox.flush(user);
    expect(server.requests).toEqual([]);

    const reopened = await load(); // the phone restarted while offline
    connection.onLine = true;
    server.answer = 'lost'; // the first answers never arrive: both are logged, the phone does not know
    await reopened.flush(user);
    server.answer = 'accept';
    await reopened.flush(user); // the connection is back
    await until(() => reopened.outboxOf(user).every((q) => q.status === 'sent') && reopened.outboxOf(user).length === 2);

    expect(server.operations).toEqual(['logContact', 'logContact', 'recordContactAttempt']);
    expect(server.requests[1]).toEqual(withPath.input); // the path went with the meeting, unchanged
    expect([...server.logged]).toEqual(['key-1', 'attempt-2']); // each logged once whatever the re-sends
    expect(reopened.outboxOf(user).map((q) => q.kind ?? 'meeting')).toEqual(['meeting', 'attempt']);
  });

  it('shows a refused attempt with its reasons; it can be removed but not edited into a meeting', async () => {
    const outbox = await load();
    server.answer = 'refuse';
    await outbox.enqueue(attempt(1));
    await outbox.flush(user);
    expect(statuses(outbox.outboxOf(user))).toEqual([['attempt-1', 'refused']]);
    expect(server.operations).toEqual(['recordContactAttempt']);
    expect(await outbox.edit('attempt-1')).toBeUndefined();
    await outbox.dismiss('attempt-1');
    expect(outbox.outboxOf(user)).toEqual([]);
  });

  it('keeps a health answer given offline, sends it once with its own mutation, and dates it when it was given', async () => {
    connection.onLine = false;
    const outbox = await load();
    await outbox.enqueue(meeting(1));
    await outbox.enqueue(health(2));
    await outbox.flush(user);
    expect(server.requests).toEqual([]);

    const reopened = await load();
    await reopened.flush(user); // still offline: it reads the phone's queue and sends nothing
    expect(reopened.outboxOf(user).map((q) => [q.kind ?? 'meeting', reopened.whenOf(q)])).toEqual([
      ['meeting', '2026-11-20T10:01:00Z'], ['health', '2026-12-21T08:02:00Z'],
    ]);
    connection.onLine = true;
    server.answer = 'lost';
    await reopened.flush(user);
    server.answer = 'accept';
    await reopened.flush(user);
    await until(() => reopened.outboxOf(user).length === 2 && reopened.outboxOf(user).every((q) => q.status === 'sent'));
    expect(server.operations).toEqual(['logContact', 'logContact', 'answerMatchHealthCheck']);
    expect(server.requests[2]).toEqual(health(2).input);
    expect([...server.logged]).toEqual(['key-1', 'health-2']);
  });

  it('shows a refused health answer; it can be removed but not edited into a meeting', async () => {
    const outbox = await load();
    server.answer = 'refuse';
    await outbox.enqueue(health(1));
    await outbox.flush(user);
    expect(statuses(outbox.outboxOf(user))).toEqual([['health-1', 'refused']]);
    expect(await outbox.edit('health-1')).toBeUndefined();
    await outbox.dismiss('health-1');
    expect(outbox.outboxOf(user)).toEqual([]);
  });

  it('keeps a mentor\'s attendance at a group activity offline and sends it with its own mutation once; it is never edited into a meeting', async () => {
    connection.onLine = false;
    const outbox = await load();
    const mark: Queued = { kind: 'attendance', title: 'Atbalsta grupa', userId: user, queuedAt: '2026-11-23T12:30:00Z',
      input: { activityId: 'activity-1', attended: true, idempotencyKey: 'attendance-1' } };
    await outbox.enqueue(mark);
    await outbox.flush(user);
    expect(server.requests).toEqual([]);
    expect(statuses(outbox.outboxOf(user))).toEqual([['attendance-1', 'waiting']]);
    expect(outbox.whenOf(mark)).toBe('2026-11-23T12:30:00Z');

    connection.onLine = true;
    server.answer = 'lost'; // marked on the server, the answer lost: sent again, and the server's mark is idempotent
    await outbox.flush(user);
    server.answer = 'accept';
    await outbox.flush(user);
    await until(() => outbox.outboxOf(user).every((q) => q.status === 'sent'));
    expect(server.operations).toEqual(['markMyGroupActivityAttendance', 'markMyGroupActivityAttendance']);
    expect(server.requests[1]).toEqual(mark.input);
    expect(await outbox.edit('attendance-1')).toBeUndefined();
  });
});
