import { Contracts, ContractRow } from '../admin/Contracts';
import { useI18n } from '../i18n';
import { useSession } from '../session/session';
import { Page, Panel } from '../ui/Page';
import { PagedView, usePaged } from '../ui/paging';
import { Empty } from '../ui/states';

/** A municipality's view: the contracts it funds. It sees aggregates only, never a person. */
export function MunicipalityDashboard() {
  const { t } = useI18n();
  const { user } = useSession();
  const pages = usePaged(Contracts, { status: null, first: 50 }, (p) => p.contracts);
  return (
    <Page title={t('municipality.title', { name: user.organisation?.name ?? '' })} documentTitle={t('nav.municipality')} intro={t('municipality.intro')}>
      <Panel title={t('municipality.contracts')}>
        <PagedView pages={pages} connection={(p) => p.contracts}>
          {(list) => list.length === 0 ? <Empty>{t('municipality.noContracts')}</Empty>
            : <ul className="rows">{list.map((c) => <ContractRow key={c.id} contract={c} />)}</ul>}
        </PagedView>
      </Panel>
    </Page>
  );
}
