import { Link } from 'wouter';
import { graphql } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { useGql } from '../ui/data';
import { Panel } from '../ui/Page';
import { Empty, QueryView } from '../ui/states';

// A read of each case it names (the refusal is case data): asked by the desk only.
const OpenRefusalsQuery = graphql(`
  query OpenRefusals {
    openRefusals { daysOpen client { id name } refusal { id institution help reason refusedOn } }
  }
`);

/** Help refused and not yet followed up or closed, oldest first: each links to the case where it is acted on. */
export function OpenRefusalsPanel() {
  const { t, te, tn } = useI18n();
  const format = useFormat();
  const query = useGql(OpenRefusalsQuery, undefined);
  return (
    <Panel title={t('desk.openRefusals')}>
      <QueryView query={query}>
        {({ openRefusals }) => openRefusals.length === 0 ? <Empty>{t('desk.noOpenRefusals')}</Empty> : (
          <ul className="rows" data-testid="open-refusals">
            {openRefusals.slice(0, 8).map(({ client, refusal: r, daysOpen }) => (
              <li key={r.id} className="row">
                <div>
                  <p className="row-title"><Link href={`/clients/${client.id}`}>{client.name}</Link></p>
                  <p className="small">{te('Institution', r.institution)} · {te('HelpKind', r.help)}</p>
                  <p className="small muted">{te('RefusalReason', r.reason)} · {format.date(r.refusedOn)} · {tn('days.open', daysOpen)}</p>
                </div>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </Panel>
  );
}
