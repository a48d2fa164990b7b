import { graphql, type TrainingCatalogueQuery, type TrainingModuleKind } from '../graphql';
import { useI18n } from '../i18n';
import { useCommand, useGql } from '../ui/data';
import { CommandForm, SelectField, TextField, useServerValues } from '../ui/form';
import { Panel } from '../ui/Page';
import { QueryView } from '../ui/states';

const CatalogueQuery = graphql(`
  query TrainingCatalogue { trainingCatalogue { version modules { code name hours kind validityMonths } } }
`);

const UpdateCatalogue = graphql(`
  mutation UpdateTrainingCatalogue($input: UpdateTrainingCatalogueInput!) {
    updateTrainingCatalogue(input: $input) { catalogue { version } errors { ...UserErrorFields } }
  }
`);

const kinds: TrainingModuleKind[] = ['REQUIRED_FOR_APPROVAL', 'REFRESHER', 'OPTIONAL'];
type Row = { code: string; name: string; hours: string; kind: TrainingModuleKind; validityMonths: string };

/** The NGO's training modules, on the admin's rules page: its required modules are what vetting requires. */
export function TrainingCataloguePanel() {
  const { t } = useI18n();
  const catalogue = useGql(CatalogueQuery, undefined);
  return (
    <Panel title={t('catalogue.title')}>
      <QueryView query={catalogue}>{(d) => <CatalogueForm catalogue={d.trainingCatalogue} />}</QueryView>
    </Panel>
  );
}

function CatalogueForm({ catalogue }: { catalogue: TrainingCatalogueQuery['trainingCatalogue'] }) {
  const { t, te } = useI18n();
  const [rows, setRows] = useServerValues<Row[]>(catalogue.modules.map((m) => ({
    code: m.code, name: m.name, hours: String(m.hours), kind: m.kind, validityMonths: m.validityMonths == null ? '' : String(m.validityMonths),
  })));
  const command = useCommand(UpdateCatalogue, (r) => r.updateTrainingCatalogue, {
    refreshes: ['TrainingCatalogue', 'VettingPolicy', 'MentorProfile', 'VettingBoard', 'SessionPeople', 'SupervisionTraining'],
  });
  const set = (i: number, change: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const submit = () => command.run({
    input: {
      version: catalogue.version,
      modules: rows.map((r) => ({
        code: r.code.trim(), name: r.name.trim(), hours: Number.parseFloat(r.hours.replace(',', '.')) || 0, kind: r.kind,
        validityMonths: r.kind === 'REFRESHER' ? Number.parseInt(r.validityMonths, 10) || null : null,
      })),
    },
  });
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} confirmation={t('saved')}>
      <p className="hint">{t('catalogue.hint')}</p>
      <ul className="rows" data-testid="catalogue">
        {rows.map((r, i) => (
          <li key={i} className="row column">
            <fieldset className="grid-form">
              <legend>{r.name || t('catalogue.newModule')}</legend>
              <TextField name={`code-${i}`} label={t('catalogue.code')} value={r.code} onChange={(v) => set(i, { code: v })} />
              <TextField name={`name-${i}`} label={t('catalogue.name')} value={r.name} onChange={(v) => set(i, { name: v })} />
              <TextField name={`hours-${i}`} type="number" label={t('catalogue.hours')} min={0} value={r.hours} onChange={(v) => set(i, { hours: v })} />
              <SelectField name={`kind-${i}`} label={t('catalogue.kind')} value={r.kind} onChange={(v) => set(i, { kind: v as TrainingModuleKind })}
                options={kinds.map((k) => ({ value: k, label: te('TrainingModuleKind', k) }))} />
              {r.kind === 'REFRESHER' && (
                <TextField name={`validity-${i}`} type="number" inputMode="numeric" min={1} label={t('catalogue.validityMonths')} value={r.validityMonths}
                  onChange={(v) => set(i, { validityMonths: v })} />
              )}
              <button type="button" className="secondary small" onClick={() => setRows(rows.filter((_, j) => j !== i))}>{t('catalogue.remove')}</button>
            </fieldset>
          </li>
        ))}
      </ul>
      <button type="button" className="secondary small"
        onClick={() => setRows([...rows, { code: '', name: '', hours: '1', kind: 'OPTIONAL', validityMonths: '' }])}>{t('catalogue.add')}</button>
    </CommandForm>
  );
}
