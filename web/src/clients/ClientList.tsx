import { useState } from 'react';
import { Link } from 'wouter';
import { graphql, type ClientStage } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { SelectField, TextField } from '../ui/form';
import { Page } from '../ui/Page';
import { useEnumOptions } from '../ui/reference';
import { PagedView, usePaged } from '../ui/paging';
import { Empty } from '../ui/states';

const Clients = graphql(`
  query Clients($filter: ClientFilter, $first: Int, $after: String) {
    clients(filter: $filter, first: $first, after: $after) {
      totalCount endCursor hasNextPage
      nodes { id name stage frozen releaseDate prison { name } destinationMunicipality { name } }
    }
  }
`);

/** Every referred person of the NGO, newest first, searchable; the way into a case. */
export function ClientList() {
  const { t, te, tn } = useI18n();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [stage, setStage] = useState<ClientStage | ''>('');
  const stages = useEnumOptions('ClientStage', ['REFERRED', 'RELEASED', 'CLOSED'] as const);
  const filter = { search: search.trim() || null, stage: stage || null };
  const pages = usePaged(Clients, { filter, first: 25 }, (p) => p.clients);

  return (
    <Page title={t('clients.title')} actions={<Link href="/clients/new" className="button primary small">{t('clients.refer')}</Link>}>
      <div className="filters" role="search">
        <TextField name="search" label={t('clients.search')} value={search} onChange={setSearch} />
        <SelectField name="stage" label={t('clients.stage')} value={stage} placeholder={t('filter.all')} options={stages}
          onChange={(v) => setStage(v as ClientStage | '')} />
      </div>
      <PagedView pages={pages} connection={(p) => p.clients}>
        {(clients, total) => clients.length === 0 ? <Empty>{t('clients.empty')}</Empty> : (
          <>
            <p className="muted">{tn('clients.count', total)}</p>
            <ul className="rows">
              {clients.map((c) => (
                <li key={c.id} className="row">
                  <div>
                    <p className="row-title"><Link href={`/clients/${c.id}`}>{c.name}</Link> <span className="badge">{te('ClientStage', c.stage)}</span>
                      {c.frozen && <> <span className="badge warn">{t('clients.frozen')}</span></>}</p>
                    <p className="small muted">{format.date(c.releaseDate)} · {c.prison.name} → {c.destinationMunicipality.name}</p>
                  </div>
                </li>
              ))}
            </ul>
          </>
        )}
      </PagedView>
    </Page>
  );
}
