import { Link } from 'wouter';
import type { ExpiringItem } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { Panel } from '../ui/Page';
import { Empty } from '../ui/states';

/** Approved mentors whose background check or refresher training runs out soon: on the desk and the vetting board. */
export function ExpiringPanel({ expiring }: { expiring: { what: ExpiringItem; on: string; mentor: { id: string; name: string } }[] }) {
  const { t, te } = useI18n();
  const format = useFormat();
  return (
    <Panel title={t('desk.expiring')}>
      {expiring.length === 0 ? <Empty>{t('desk.noExpiring')}</Empty> : (
        <ul className="rows">
          {expiring.map((x) => (
            <li key={`${x.mentor.id}:${x.what}`} className="row">
              <p><Link href={`/mentors/${x.mentor.id}`}>{x.mentor.name}</Link> · {te('ExpiringItem', x.what)} · {format.date(x.on)}</p>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
