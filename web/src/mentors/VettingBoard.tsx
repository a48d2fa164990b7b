import { useState } from 'react';
import { Link } from 'wouter';
import { graphql, type MentorStatus, type NeedDomain } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { useSession } from '../session/session';
import { useGql } from '../ui/data';
import { Checkbox, SelectField, TextField } from '../ui/form';
import { Page, Panel } from '../ui/Page';
import { municipalityOptions, needDomains, spokenLanguages, useEnumOptions, useMunicipalities } from '../ui/reference';
import { PagedView, usePaged } from '../ui/paging';
import { Empty, QueryView } from '../ui/states';
import { ExpiringPanel } from './ExpiringPanel';
import { stepName } from './steps';
import { SupervisionBadge } from './Supervision';

const Board = graphql(`
  query VettingBoard {
    vettingQueue { waitingDays missing { kind module } mentor { id name status appliedAt } }
    mentorsExpiringSoon(days: 30) { what on mentor { id name } }
  }
`);

const Mentors = graphql(`
  query Mentors($filter: MentorFilter, $first: Int, $after: String) {
    mentors(filter: $filter, first: $first, after: $after) {
      totalCount endCursor hasNextPage
      nodes { id name status matchable capacity languages municipalities { name } specialities supervision { state dueOn } supervisor { name } }
    }
  }
`);

/** The coordinator's vetting board: who waits for what (oldest first), what runs out soon, and every mentor. */
export function VettingBoard() {
  const { t, te, tn } = useI18n();
  const format = useFormat();
  const { user } = useSession();
  const board = useGql(Board, undefined);
  const applyLink = user.organisation ? `${location.origin}/apply/${user.organisation.id}` : null;

  return (
    <Page title={t('vetting.title')} intro={t('vetting.intro')}
      actions={<Link href="/mentors/sessions" className="button secondary small">{t('sessionRecord.title')}</Link>}>
      {applyLink && (
        <p className="notice">
          <label htmlFor="apply-link">{t('vetting.applyLink')}</label>
          <input id="apply-link" readOnly value={applyLink} onFocus={(e) => e.target.select()} />
        </p>
      )}
      <QueryView query={board}>
        {(d) => (
          <div className="panels">
            <Panel title={t('vetting.queue')}>
              {d.vettingQueue.length === 0 ? <Empty>{t('vetting.queueEmpty')}</Empty> : (
                <ul className="rows">
                  {d.vettingQueue.map((q) => (
                    <li key={q.mentor.id} className="row">
                      <div>
                        <p className="row-title"><Link href={`/mentors/${q.mentor.id}`}>{q.mentor.name}</Link> <span className="badge">{te('MentorStatus', q.mentor.status)}</span></p>
                        <p className="small muted">{tn('days.waiting', q.waitingDays)}</p>
                        <p className="small">{t('vetting.waitingFor')}: {format.list(q.missing.map((s) => stepName(t, s)))}</p>
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </Panel>
            <ExpiringPanel expiring={d.mentorsExpiringSoon} />
          </div>
        )}
      </QueryView>
      <Panel title={t('vetting.all')}><MentorList /></Panel>
    </Page>
  );
}

function MentorList() {
  const { t, te, tn } = useI18n();
  const municipalities = useMunicipalities();
  const statuses = useEnumOptions('MentorStatus', ['APPLIED', 'IN_VETTING', 'APPROVED', 'LAPSED', 'SUSPENDED', 'REJECTED', 'WITHDRAWN'] as const);
  const specialities = useEnumOptions('NeedDomain', needDomains);
  const [f, setF] = useState({ search: '', status: '', municipality: '', language: '', speciality: '', matchable: false });
  const filter = {
    search: f.search.trim() || null, status: (f.status || null) as MentorStatus | null, municipality: f.municipality || null,
    language: f.language || null, speciality: (f.speciality || null) as NeedDomain | null, matchable: f.matchable || null,
  };
  const pages = usePaged(Mentors, { filter, first: 25 }, (p) => p.mentors);
  const set = (k: keyof typeof f) => (v: string | boolean) => setF({ ...f, [k]: v });

  return (
    <>
      <div className="filters" role="search">
        <TextField name="search" label={t('vetting.search')} value={f.search} onChange={set('search')} />
        <SelectField name="status" label={t('vetting.status')} value={f.status} placeholder={t('filter.all')} options={statuses} onChange={set('status')} />
        <SelectField name="municipality" label={t('clients.municipality')} value={f.municipality} placeholder={t('filter.all')}
          options={municipalityOptions(municipalities.data)} onChange={set('municipality')} />
        <SelectField name="language" label={t('vetting.language')} value={f.language} placeholder={t('filter.all')}
          options={spokenLanguages.map((l) => ({ value: l, label: t(`lang.${l}`) }))} onChange={set('language')} />
        <SelectField name="speciality" label={t('vetting.speciality')} value={f.speciality} placeholder={t('filter.all')} options={specialities} onChange={set('speciality')} />
        <Checkbox name="matchable" label={t('vetting.matchableOnly')} checked={f.matchable} onChange={set('matchable')} />
      </div>
      <PagedView pages={pages} connection={(p) => p.mentors}>
        {(mentors, total) => mentors.length === 0 ? <Empty>{t('vetting.none')}</Empty> : (
          <>
            <p className="muted">{tn('vetting.count', total)}</p>
            <ul className="rows">
              {mentors.map((m) => (
                <li key={m.id} className="row">
                  <div>
                    <p className="row-title"><Link href={`/mentors/${m.id}`}>{m.name}</Link> <span className={m.matchable ? 'badge ok' : 'badge'}>{te('MentorStatus', m.status)}</span></p>
                    <p className="small muted">{m.municipalities.map((x) => x.name).join(', ')} · {m.languages.join(', ')} · {t('vetting.capacity', { count: String(m.capacity) })}</p>
                    {m.supervision.state !== 'NOT_REQUIRED' && (
                      <p className="small"><SupervisionBadge supervision={m.supervision} />{m.supervisor ? ` · ${m.supervisor.name}` : ''}</p>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          </>
        )}
      </PagedView>
    </>
  );
}
