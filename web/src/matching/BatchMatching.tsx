import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { execute } from '../api';
import { graphql, type BatchMatchesMutation, type ConfirmProposalsMutation } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { userErrorMessage } from '../auth/messages';
import { refresh, useGql } from '../ui/data';
import { SelectField } from '../ui/form';
import { Page, Panel } from '../ui/Page';
import { Empty, Failure, QueryView } from '../ui/states';
import { matchViews } from './ClientMatching';

const Batch = graphql(`
  mutation BatchMatches($withinDays: Int) {
    proposeBatchMatches(withinDays: $withinDays) { clientId mentorId score daysToRelease client { name releaseDate } mentor { name } }
  }
`);

const Confirm = graphql(`
  mutation ConfirmProposals($proposals: [ProposalInput!]!) {
    confirmProposals(proposals: $proposals) { clientId mentorId match { id } errors { ...UserErrorFields } }
  }
`);

const Proposed = graphql(`query ProposedMatches { matches(stage: PROPOSED) { id proposedAt mentorAccepted client { id name } mentor { id name } } }`);

type Proposal = BatchMatchesMutation['proposeBatchMatches'][number];
const pairKey = (p: { clientId: string; mentorId: string }) => `${p.clientId}:${p.mentorId}`;

/**
 * An intake wave at once: the solver's best assignment under every mentor's capacity, sooner releases first.
 * Nothing is written until the coordinator confirms the pairs they want.
 */
export function BatchMatching() {
  const { t, tn } = useI18n();
  const format = useFormat();
  const queries = useQueryClient();
  const [withinDays, setWithinDays] = useState('60');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [results, setResults] = useState<ConfirmProposalsMutation['confirmProposals'] | null>(null);
  const proposed = useGql(Proposed, undefined);
  const compute = useMutation({
    mutationFn: () => execute(Batch, { withinDays: Number(withinDays) }),
    onSuccess: (d) => {
      setResults(null);
      setChosen(new Set(d.proposeBatchMatches.map(pairKey)));
    },
  });
  const confirm = useMutation({
    mutationFn: (proposals: Proposal[]) => execute(Confirm, { proposals: proposals.map(({ clientId, mentorId }) => ({ clientId, mentorId })) }),
    onSuccess: async (d) => {
      setResults(d.confirmProposals);
      await refresh(queries, [...matchViews, 'Notifications']);
    },
  });
  const proposals = compute.data?.proposeBatchMatches ?? [];
  const toggle = (key: string) => setChosen((s) => { const n = new Set(s); if (n.has(key)) n.delete(key); else n.add(key); return n; });

  return (
    <Page title={t('matching.title')} intro={t('matching.intro')}>
      <Panel title={t('matching.batch')}>
        <form className="filters" onSubmit={(e) => { e.preventDefault(); if (!compute.isPending) compute.mutate(); }}>
          <SelectField name="withinDays" label={t('releases.within')} value={withinDays} onChange={setWithinDays}
            options={[30, 60, 90].map((d) => ({ value: String(d), label: tn('days.count', d) }))} />
          <button type="submit" className="primary" aria-disabled={compute.isPending || undefined}>
            {compute.isPending && <span className="spinner" aria-hidden="true" />}{t('matching.compute')}
          </button>
        </form>
        <p className="visually-hidden" role="status">{compute.isPending ? t('matching.computing') : ''}</p>
        {compute.isError && <Failure error={compute.error} />}
        {compute.isSuccess && (proposals.length === 0 ? <Empty>{t('matching.noProposals')}</Empty> : (
          <>
            <fieldset className="field">
              <legend>{tn('matching.proposals', proposals.length)}</legend>
              <ul className="rows">
                {proposals.map((p) => {
                  const result = results?.find((r) => pairKey(r) === pairKey(p));
                  return (
                    <li key={pairKey(p)} className="row">
                      <label className="choice">
                        <input type="checkbox" checked={chosen.has(pairKey(p))} disabled={result != null} onChange={() => toggle(pairKey(p))} />
                        <span>
                          <strong>{p.client?.name}</strong> ← {p.mentor?.name} · {format.percent(p.score)} · {tn('days.in', p.daysToRelease)}
                        </span>
                      </label>
                      {result && (result.errors.length
                        ? <p className="field-error">{result.errors.map((e) => userErrorMessage(e, t)).join(' ')}</p>
                        : <span className="badge ok">{t('matching.confirmed')}</span>)}
                    </li>
                  );
                })}
              </ul>
            </fieldset>
            {confirm.isError && <Failure error={confirm.error} />}
            <button type="button" className="primary" aria-disabled={confirm.isPending || chosen.size === 0 || undefined}
              onClick={() => !confirm.isPending && chosen.size > 0 && confirm.mutate(proposals.filter((p) => chosen.has(pairKey(p))))}>
              {confirm.isPending && <span className="spinner" aria-hidden="true" />}{tn('matching.confirm', chosen.size)}
            </button>
          </>
        ))}
      </Panel>
      <Panel title={t('matching.awaiting')}>
        <QueryView query={proposed}>
          {({ matches }) => matches.length === 0 ? <Empty>{t('matching.noneAwaiting')}</Empty> : (
            <ul className="rows">
              {matches.map((m) => (
                <li key={m.id} className="row">
                  <p><Link href={`/clients/${m.client?.id}/match`}>{m.client?.name}</Link> ← {m.mentor?.name} · {format.dateTime(m.proposedAt)}
                    {m.mentorAccepted && <> <span className="badge ok">{t('matching.mentorAccepted')}</span></>}</p>
                </li>
              ))}
            </ul>
          )}
        </QueryView>
      </Panel>
    </Page>
  );
}
