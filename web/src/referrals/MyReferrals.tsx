import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { graphql, type MyReferralsQuery, type ReferralStatus } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { useGql } from '../ui/data';
import { Page, Panel } from '../ui/Page';
import { Empty, QueryView } from '../ui/states';
import { emptyReferral, ReferralForm, type ReferralValues } from './ReferralForm';

const MyReferralsQuery = graphql(`
  query MyReferrals {
    myReferrals {
      id version ngoName status declineReason declineNote question sentAt lastChangedAt
      details {
        name gender birthYear languages contact prisonCode expectedReleaseDate releaseType destinationMunicipality
        needs { domain level } consentScopes consentGivenOn consentDocumentReference note
      }
    }
  }
`);

type Sent = MyReferralsQuery['myReferrals'][number];

/** How each status reads at a glance. */
export function statusTone(status: ReferralStatus): string {
  switch (status) {
    case 'DECLINED': return 'badge danger';
    case 'MORE_INFORMATION_REQUESTED': return 'badge warn';
    case 'RECEIVED': return 'badge';
    default: return 'badge ok';
  }
}

function valuesOf(r: Sent): ReferralValues {
  const d = r.details;
  return {
    name: d.name, gender: d.gender, birthYear: String(d.birthYear), languages: d.languages, contact: d.contact ?? '', prisonCode: d.prisonCode,
    expectedReleaseDate: d.expectedReleaseDate, releaseType: d.releaseType, destinationMunicipality: d.destinationMunicipality,
    needs: Object.fromEntries(d.needs.map((n) => [n.domain, n.level])), consentScopes: d.consentScopes, consentGivenOn: d.consentGivenOn,
    consentDocumentReference: d.consentDocumentReference, note: d.note ?? '',
  };
}

/** The referrer's page: the referrals they sent and where each stands (never the case), and a new one. */
export function MyReferrals() {
  const { t, te } = useI18n();
  const format = useFormat();
  const query = useGql(MyReferralsQuery, undefined);
  const [amending, setAmending] = useState<string | null>(null);
  return (
    <Page title={t('referrals.title')} intro={t('referrals.intro')} actions={<Link href="/referrals/new" className="button">{t('referrals.new')}</Link>}>
      <QueryView query={query}>
        {({ myReferrals }) => myReferrals.length === 0 ? <Empty>{t('referrals.none')}</Empty> : (
          <ul className="rows" data-testid="my-referrals">
            {myReferrals.map((r) => (
              <li key={r.id} className="row" data-testid={`referral-${r.id}`}>
                <div>
                  <p className="row-title">{r.details.name} <span className={statusTone(r.status)} data-testid="referral-status">{te('ReferralStatus', r.status)}</span></p>
                  <p className="small muted">{r.ngoName} · {t('referrals.release', { date: format.date(r.details.expectedReleaseDate) })} · {t('referrals.sentOn', { date: format.dateTime(r.sentAt) })}</p>
                  {r.status === 'DECLINED' && r.declineReason && (
                    <p className="small">{t('referrals.declinedBecause', { reason: te('ReferralDeclineReason', r.declineReason) })}{r.declineNote ? ` — ${r.declineNote}` : ''}</p>
                  )}
                  {r.status === 'MORE_INFORMATION_REQUESTED' && (
                    <>
                      <p className="small">{t('referrals.question')}: {r.question}</p>
                      {amending === r.id
                        ? <ReferralForm initial={valuesOf(r)} amend={{ referralId: r.id, expectedVersion: r.version }} onDone={() => setAmending(null)} />
                        : <button type="button" className="secondary small" onClick={() => setAmending(r.id)}>{t('referrals.amend')}</button>}
                    </>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </Page>
  );
}

/** A new referral: the form, then back to the list where it shows as received. */
export function NewReferral() {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  return (
    <Page title={t('referrals.newTitle')} intro={t('referrals.newIntro')}>
      <Panel title={t('referrals.newTitle')}>
        <ReferralForm initial={emptyReferral} onDone={() => navigate('/referrals')} />
      </Panel>
    </Page>
  );
}
