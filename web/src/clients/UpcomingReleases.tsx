import { useState } from 'react';
import { Link } from 'wouter';
import { graphql } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { useGql } from '../ui/data';
import { Checkbox, SelectField } from '../ui/form';
import { Page } from '../ui/Page';
import { municipalityOptions, useMunicipalities } from '../ui/reference';
import { Empty, QueryView } from '../ui/states';

const Upcoming = graphql(`
  query UpcomingReleases($withinDays: Int, $municipality: String, $unmatchedOnly: Boolean) {
    upcomingReleases(withinDays: $withinDays, municipality: $municipality, unmatchedOnly: $unmatchedOnly) {
      daysToRelease needsMatchBy
      client { id name releaseDate releaseType canBeMatched frozen prison { name } destinationMunicipality { name } overdueGoals { id } }
    }
  }
`);

/** The release timeline: who leaves prison when, grouped by week, and whether a mentor is needed by now. */
export function UpcomingReleases() {
  const { t, te, tn } = useI18n();
  const format = useFormat();
  const municipalities = useMunicipalities();
  const [withinDays, setWithinDays] = useState('60');
  const [municipality, setMunicipality] = useState('');
  const [unmatchedOnly, setUnmatchedOnly] = useState(false);
  const upcoming = useGql(Upcoming, { withinDays: Number(withinDays), municipality: municipality || null, unmatchedOnly });

  return (
    <Page title={t('releases.title')} intro={t('releases.intro')} actions={<Link href="/clients/new" className="button primary small">{t('clients.refer')}</Link>}>
      <div className="filters">
        <SelectField name="withinDays" label={t('releases.within')} value={withinDays} onChange={setWithinDays}
          options={[30, 60, 90, 180, 366].map((d) => ({ value: String(d), label: tn('days.count', d) }))} />
        <SelectField name="municipality" label={t('clients.municipality')} value={municipality} placeholder={t('filter.all')}
          options={municipalityOptions(municipalities.data)} onChange={setMunicipality} />
        <Checkbox name="unmatchedOnly" label={t('releases.unmatchedOnly')} checked={unmatchedOnly} onChange={setUnmatchedOnly} />
      </div>
      <QueryView query={upcoming}>
        {({ upcomingReleases }) => {
          if (upcomingReleases.length === 0) return <Empty>{t('releases.empty')}</Empty>;
          // Weeks as the coordinator plans them: releases in the same 7 days side by side.
          const weeks = new Map<number, typeof upcomingReleases>();
          for (const r of upcomingReleases) {
            const week = Math.floor(r.daysToRelease / 7);
            weeks.set(week, [...(weeks.get(week) ?? []), r]);
          }
          return (
            <ol className="release-timeline">
              {[...weeks.entries()].map(([week, releases]) => (
                <li key={week}>
                  <h2 className="week">{week === 0 ? t('releases.thisWeek') : tn('releases.inWeeks', week)}</h2>
                  <ul className="rows">
                    {releases.map((r) => (
                      <li key={r.client.id} className="row">
                        <div>
                          <p className="row-title">
                            <Link href={`/clients/${r.client.id}`}>{r.client.name}</Link>{' '}
                            {r.client.frozen && <span className="badge">{t('clients.frozen')}</span>}
                            {r.client.overdueGoals.length > 0 && <span className="badge danger">{tn('clients.overdueGoals', r.client.overdueGoals.length)}</span>}
                          </p>
                          <p className="small muted">
                            {format.date(r.client.releaseDate)} ({tn('days.in', r.daysToRelease)}) · {te('ReleaseType', r.client.releaseType)} ·{' '}
                            {r.client.prison.name} → {r.client.destinationMunicipality.name}
                          </p>
                          <p className="small">{t('releases.needsMatchBy', { date: format.date(r.needsMatchBy) })}</p>
                        </div>
                        {r.client.canBeMatched && <Link href={`/clients/${r.client.id}/match`} className="button secondary small">{t('desk.findMentor')}</Link>}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          );
        }}
      </QueryView>
    </Page>
  );
}
