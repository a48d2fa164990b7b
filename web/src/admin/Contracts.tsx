import { useState } from 'react';
import { graphql, type ContractsQuery } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { OutcomeSummary } from '../outcomes/OutcomeSummary';
import { hasAnyRole } from '../session/roles';
import { useSession } from '../session/session';
import { useCommand } from '../ui/data';
import { CommandForm, newKey, SelectField, TextArea, TextField, CheckboxGroup } from '../ui/form';
import { Page, Panel } from '../ui/Page';
import { municipalityOptions, useEnumOptions, useMunicipalities } from '../ui/reference';
import { PagedView, usePaged } from '../ui/paging';
import { Empty } from '../ui/states';

export const Contracts = graphql(`
  query Contracts($status: ContractStatus, $first: Int, $after: String) {
    contracts(status: $status, first: $first, after: $after) {
      totalCount endCursor hasNextPage
      nodes {
      id version reference status startDate endDate clientCapacity reportRecipients cadence terminatedOn
      municipality { code name } territory { code name } ngo { id name }
      history { at change reason effectiveDate terms { startDate endDate clientCapacity territory } }
      }
    }
  }
`);

const Create = graphql(`
  mutation CreateContract($input: CreateContractInput!) {
    createContract(input: $input) { contract { id } errors { ...UserErrorFields } }
  }
`);

const Amend = graphql(`
  mutation AmendContract($input: AmendContractInput!) {
    amendContract(input: $input) { contract { id version } errors { ...UserErrorFields } }
  }
`);

const Terminate = graphql(`
  mutation TerminateContract($input: TerminateContractInput!) {
    terminateContract(input: $input) { contract { id version status } errors { ...UserErrorFields } }
  }
`);

type Contract = ContractsQuery['contracts']['nodes'][number];

/** The NGO's contracts with municipalities: record, amend, terminate, and see what changed. */
export function AdminContracts() {
  const { t } = useI18n();
  const pages = usePaged(Contracts, { status: null, first: 50 }, (p) => p.contracts);
  return (
    <Page title={t('contracts.title')} intro={t('contracts.intro')}>
      <Panel title={t('contracts.create')}><ContractForm /></Panel>
      <Panel title={t('contracts.list')}>
        <PagedView pages={pages} connection={(p) => p.contracts}>
          {(list) => list.length === 0 ? <Empty>{t('contracts.empty')}</Empty>
            : <ul className="rows">{list.map((c) => <ContractRow key={c.id} contract={c} editable />)}</ul>}
        </PagedView>
      </Panel>
    </Page>
  );
}

export function ContractRow({ contract: c, editable = false }: { contract: Contract; editable?: boolean }) {
  const { user } = useSession();
  // The NGO's admins and coordinators and the funding municipality read summaries (docs/security.md).
  const showOutcomes = hasAnyRole(user.roles, ['OrgAdmin', 'Coordinator', 'MunicipalityViewer']);
  const [outcomesOpen, setOutcomesOpen] = useState(false);
  const { t, te } = useI18n();
  const format = useFormat();
  const [open, setOpen] = useState<'amend' | 'terminate' | null>(null);
  return (
    <li className="row column">
      <div className="row-main">
        <div>
          <p className="row-title">
            {c.municipality.name} → {c.ngo?.name ?? ''} {c.reference && <span className="muted">({c.reference})</span>}{' '}
            <span className={c.status === 'ACTIVE' ? 'badge ok' : 'badge'}>{te('ContractStatus', c.status)}</span>
          </p>
          <p className="muted small">
            {format.date(c.startDate)} – {format.date(c.terminatedOn ?? c.endDate)} · {t('contracts.capacityOf', { count: format.number(c.clientCapacity) })} ·{' '}
            {te('ReportingCadence', c.cadence)} · {t('contracts.territory')}: {format.list(c.territory.map((m) => m.name))}
          </p>
        </div>
        {editable && c.status === 'ACTIVE' && (
          <div className="row-actions">
            <button type="button" className="secondary small" aria-expanded={open === 'amend'} onClick={() => setOpen(open === 'amend' ? null : 'amend')}>
              {t('contracts.amend')}
            </button>
            <button type="button" className="secondary small" aria-expanded={open === 'terminate'} onClick={() => setOpen(open === 'terminate' ? null : 'terminate')}>
              {t('contracts.terminate')}
            </button>
          </div>
        )}
      </div>
      {open === 'amend' && <ContractForm amend={c} onDone={() => setOpen(null)} />}
      {open === 'terminate' && <TerminateForm contract={c} onDone={() => setOpen(null)} />}
      {showOutcomes && (
        // Mounted only when opened: each summary is computed on the server.
        <details onToggle={(e) => setOutcomesOpen(e.currentTarget.open)}>
          <summary>{t('outcomes.title')}</summary>
          {outcomesOpen && <OutcomeSummary contractId={c.id} cadence={c.cadence} />}
        </details>
      )}
      {c.history.length > 0 && (
        <details>
          <summary>{t('contracts.history')}</summary>
          <ol className="timeline">
            {c.history.map((h, i) => (
              <li key={i}>
                <strong>{format.dateTime(h.at)}</strong> · {te('ContractChange', h.change)}
                {h.terms && <> — {t('contracts.historyTerms', {
                  start: format.date(h.terms.startDate), end: format.date(h.terms.endDate),
                  capacity: t('contracts.capacityOf', { count: format.number(h.terms.clientCapacity) }), territory: format.list(h.terms.territory),
                })}</>}
                {h.effectiveDate && <> — {t('contracts.historyEnds', { date: format.date(h.effectiveDate) })}</>}
                {h.reason ? ` (${h.reason})` : ''}
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}

function ContractForm({ amend, onDone }: { amend?: Contract; onDone?: () => void }) {
  const { t } = useI18n();
  const municipalities = useMunicipalities();
  const cadences = useEnumOptions('ReportingCadence', ['MONTHLY', 'QUARTERLY'] as const);
  const blank = {
    municipalityCode: amend?.municipality.code ?? '',
    territory: amend?.territory.map((m) => m.code) ?? [],
    startDate: amend?.startDate ?? '',
    endDate: amend?.endDate ?? '',
    clientCapacity: amend ? String(amend.clientCapacity) : '',
    reportRecipients: amend?.reportRecipients.join('\n') ?? '',
    cadence: amend?.cadence ?? 'MONTHLY',
    reference: amend?.reference ?? '',
    reason: '',
  };
  const [form, setForm] = useState(blank);
  const [key, setKey] = useState(newKey);
  const [saved, setSaved] = useState(false);
  const create = useCommand(Create, (r) => r.createContract, { refreshes: ['Contracts'] });
  const change = useCommand(Amend, (r) => r.amendContract, { refreshes: ['Contracts'] });
  const command = amend ? change : create;
  const set = (field: keyof typeof blank) => (value: string | string[]) => setForm({ ...form, [field]: value });

  const terms = () => ({
    territory: form.territory.length ? form.territory : null,
    startDate: form.startDate,
    endDate: form.endDate,
    clientCapacity: Number.parseInt(form.clientCapacity, 10) || 0,
    reportRecipients: form.reportRecipients.split(/[\s,;]+/).filter(Boolean),
    cadence: form.cadence,
  });

  const submit = async () => {
    setSaved(false);
    // Dates are required here; the browser's empty date would otherwise reach the API as "".
    const missing = (['startDate', 'endDate'] as const).filter((f) => !form[f]);
    if (missing.length) {
      command.setErrors(missing.map((f) => ({ code: 'REQUIRED', field: f, message: '' })));
      return;
    }
    const ok = amend
      ? await change.run({ input: { contractId: amend.id, expectedVersion: amend.version, terms: terms(), reason: form.reason } })
      : await create.run({ input: { municipalityCode: form.municipalityCode, terms: terms(), reference: form.reference || null, idempotencyKey: key } });
    if (ok) {
      setSaved(true);
      if (!amend) {
        setForm(blank);
        setKey(newKey());
      }
      onDone?.();
    }
  };

  const options = municipalityOptions(municipalities.data);
  return (
    <CommandForm command={command} onSubmit={submit} className="grid-form"
      submitLabel={amend ? t('contracts.amendSubmit') : t('contracts.createSubmit')}
      extraActions={onDone && <button type="button" className="secondary" onClick={onDone}>{t('cancel')}</button>}>
      {!amend && (
        <SelectField name="municipalityCode" label={t('contracts.municipality')} value={form.municipalityCode} placeholder={t('choose')}
          options={options} onChange={set('municipalityCode')} />
      )}
      <TextField name="startDate" type="date" label={t('contracts.startDate')} value={form.startDate} onChange={set('startDate')} />
      <TextField name="endDate" type="date" label={t('contracts.endDate')} value={form.endDate} onChange={set('endDate')} />
      <TextField name="clientCapacity" type="number" inputMode="numeric" min={1} label={t('contracts.clientCapacity')} value={form.clientCapacity}
        onChange={set('clientCapacity')} />
      <SelectField name="cadence" label={t('contracts.cadence')} value={form.cadence} options={cadences} onChange={set('cadence')} />
      {!amend && <TextField name="reference" label={t('contracts.reference')} value={form.reference} onChange={set('reference')} />}
      <TextArea name="reportRecipients" label={t('contracts.reportRecipients')} hint={t('contracts.reportRecipientsHint')} value={form.reportRecipients}
        onChange={set('reportRecipients')} />
      {/* Opened when the territory is what the server refused, so the error is seen next to it. */}
      <details className="wide" open={command.errors.some((e) => e.field?.endsWith('territory')) || undefined}>
        <summary>{t('contracts.territoryChoose', { count: String(form.territory.length) })}</summary>
        <CheckboxGroup name="territory" legend={t('contracts.territory')} hint={t('contracts.territoryHint')} options={options}
          value={form.territory} onChange={set('territory')} columns />
      </details>
      {amend && <TextField name="reason" label={t('contracts.reason')} value={form.reason} onChange={set('reason')} />}
      {saved && <p className="success" role="status">{t('saved')}</p>}
    </CommandForm>
  );
}

function TerminateForm({ contract, onDone }: { contract: Contract; onDone: () => void }) {
  const { t } = useI18n();
  const [effectiveDate, setDate] = useState('');
  const [reason, setReason] = useState('');
  const command = useCommand(Terminate, (r) => r.terminateContract, { refreshes: ['Contracts'] });
  const submit = async () => {
    if (!effectiveDate) return command.setErrors([{ code: 'REQUIRED', field: 'effectiveDate', message: '' }]);
    if (await command.run({ input: { contractId: contract.id, expectedVersion: contract.version, effectiveDate, reason } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('contracts.terminateSubmit')} className="grid-form"
      extraActions={<button type="button" className="secondary" onClick={onDone}>{t('cancel')}</button>}>
      <TextField name="effectiveDate" type="date" label={t('contracts.effectiveDate')} value={effectiveDate} onChange={setDate} />
      <TextField name="reason" label={t('contracts.reason')} value={reason} onChange={setReason} />
    </CommandForm>
  );
}
