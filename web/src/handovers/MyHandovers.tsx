import { Link } from 'wouter';
import { graphql } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { useGql } from '../ui/data';
import { Page } from '../ui/Page';
import { Empty, QueryView } from '../ui/states';
import { handoverTone } from './HandoverPanel';

const Mine = graphql(`
  query MyHandovers { myHandovers { id status ngoName name expiresAt handedOverAt } }
`);

/** The social worker's list: the paths handed over to them, until when; ended ones keep only their status. */
export function MyHandovers() {
  const { t, te } = useI18n();
  const format = useFormat();
  const query = useGql(Mine, undefined);
  return (
    <Page title={t('handovers.title')} intro={t('handovers.intro')}>
      <QueryView query={query}>
        {({ myHandovers }) => myHandovers.length === 0 ? <Empty>{t('handovers.none')}</Empty> : (
          <ul className="rows" data-testid="my-handovers">
            {myHandovers.map((h) => (
              <li key={h.id} className="row" data-testid={`my-handover-${h.id}`}>
                <div>
                  <p className="row-title">
                    {h.name && h.status === 'ACTIVE' ? <Link href={`/handovers/${h.id}`}>{h.name}</Link> : t('handovers.ended')}{' '}
                    <span className={handoverTone(h.status)}>{te('HandoverStatus', h.status)}</span>
                  </p>
                  <p className="small muted">{h.ngoName} · {t('handover.until', { date: format.dateTime(h.expiresAt) })}</p>
                </div>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </Page>
  );
}
