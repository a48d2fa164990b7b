import { Contracts, ContractRow } from '../admin/Contracts';
import { useI18n } from '../i18n';
import { useSession } from '../session/session';
import { useGql } from '../ui/data';
import { Page, Panel } from '../ui/Page';
import { Empty, QueryView } from '../ui/states';

/** A municipality's view: the contracts it funds. It sees aggregates only, never a person. */
export function MunicipalityDashboard() {
  const { t } = useI18n();
  const { user } = useSession();
  const contracts = useGql(Contracts, { status: null });
  return (
    <Page title={t('municipality.title', { name: user.organisation?.name ?? '' })} documentTitle={t('nav.municipality')} intro={t('municipality.intro')}>
      <Panel title={t('municipality.contracts')}>
        <QueryView query={contracts}>
          {({ contracts: list }) => list.length === 0 ? <Empty>{t('municipality.noContracts')}</Empty>
            : <ul className="rows">{list.map((c) => <ContractRow key={c.id} contract={c} />)}</ul>}
        </QueryView>
      </Panel>
    </Page>
  );
}
