import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { meetingViews } from '../contacts/outbox';
import { refresh } from './data';

// Queries are keyed [operation name, variables]; a command refreshes the ones it names, with any variables, and no other.
describe('refresh', () => {
  it('marks stale the named queries whatever their variables, and leaves every other cached answer alone', async () => {
    const client = new QueryClient();
    const keys = {
      myMatches: ['MyMatches', null],
      timelineA: ['ContactTimeline', { matchId: 'a', first: 20 }],
      timelineB: ['ContactTimeline', { matchId: 'b', first: 20 }],
      contracts: ['Contracts', { status: null }],
      users: ['Users', { organisationId: null }],
    };
    for (const key of Object.values(keys)) client.setQueryData(key, { cached: true });

    await refresh(client, meetingViews); // what logging a meeting refreshes

    const stale = (key: unknown[]) => client.getQueryState(key)?.isInvalidated;
    expect(stale(keys.myMatches)).toBe(true);
    expect(stale(keys.timelineA)).toBe(true);
    expect(stale(keys.timelineB)).toBe(true);
    expect(stale(keys.contracts)).toBe(false);
    expect(stale(keys.users)).toBe(false);
  });

  it('touches nothing when a command changes nothing shown', async () => {
    const client = new QueryClient();
    client.setQueryData(['MyMatches', null], []);
    await refresh(client, []);
    expect(client.getQueryState(['MyMatches', null])?.isInvalidated).toBe(false);
  });
});
