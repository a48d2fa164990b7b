import { graphql } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { useGql } from '../ui/data';
import { Panel } from '../ui/Page';
import { QueryView } from '../ui/states';
import { DeskList, DeskRow } from './DeskList';

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
        {({ openRefusals }) => (
          <DeskList items={openRefusals} empty={t('desk.noOpenRefusals')} testId="open-refusals">
            {({ client, refusal: r, daysOpen }) => (
              <DeskRow key={r.id} href={`/clients/${client.id}`} name={client.name}>
                <p className="small">{te('Institution', r.institution)} · {te('HelpKind', r.help)}</p>
                <p className="small muted">{te('RefusalReason', r.reason)} · {format.date(r.refusedOn)} · {tn('days.open', daysOpen)}</p>
              </DeskRow>
            )}
          </DeskList>
        )}
      </QueryView>
    </Panel>
  );
}
