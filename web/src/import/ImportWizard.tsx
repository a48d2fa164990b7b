import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { UserError } from '../api';
import { userErrorMessage } from '../auth/messages';
import {
  graphql, type ImportField, type ImportKind, type ImportRowStatus, type ImportSpreadsheetMutation, type InspectImportMutation,
} from '../graphql';
import { isKey, useI18n, type T } from '../i18n';
import { useFormat } from '../i18n/format';
import { renderMessage } from '../i18n/messages';
import { useCommand } from '../ui/data';
import { Checkbox, CommandForm, Field, SelectField, TextField } from '../ui/form';
import { Page } from '../ui/Page';
import { Empty } from '../ui/states';
import { TableWrap } from '../ui/TableWrap';
import { columnLetter, fromSuggestion, sourceKey, sourceOf, toBase64, toInput, type Mapping } from './mapping';
import './import.css';

const Inspect = graphql(`
  mutation InspectImport($input: ImportFileInput!) {
    inspectImport(input: $input) {
      inspection {
        kind format rowCount maxRows maxFileBytes
        columns { index header sample }
        fields { field required }
        suggestedMapping { field column value }
      }
      errors { ...UserErrorFields }
    }
  }
`);

const Run = graphql(`
  mutation ImportSpreadsheet($input: ImportSpreadsheetInput!) {
    importSpreadsheet(input: $input) {
      report {
        kind dryRun format total created alreadyPresent failed
        rows { row status key recordId errors { code message field importField column columnName params { name value kind enumType } } }
      }
      errors { ...UserErrorFields }
    }
  }
`);

/** The server's bounds (ImportLimits), said before a file is sent; the server checks them in any case. */
const maxFileBytes = 1024 * 1024;
const maxRows = 1000;

type Inspection = NonNullable<InspectImportMutation['inspectImport']['inspection']>;
type Report = NonNullable<ImportSpreadsheetMutation['importSpreadsheet']['report']>;
type Row = Report['rows'][number];
interface Chosen { name: string; content: string }

type State =
  | { step: 'file' }
  | { step: 'map'; file: Chosen; inspection: Inspection }
  | { step: 'check'; file: Chosen; inspection: Inspection; report: Report }
  | { step: 'done'; file: Chosen; inspection: Inspection; report: Report };

const steps = ['file', 'map', 'check', 'done'] as const;

/** What an import changes: the vetting queue and mentor lists, or the people's lists and the desk. */
const importViews = ['VettingBoard', 'Mentors', 'MentorSearch', 'Clients', 'UpcomingReleases', 'ApplicationDeadlines', 'CoordinatorDesk'] as const;

/**
 * The OrgAdmin's import of mentors or people from a spreadsheet: choose the file, map its columns to fields (suggested
 * from the header names), check every row with nothing written, then import the rows that pass. Importing the same file
 * again creates nothing new: its rows come back as already present.
 */
export function ImportWizard() {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ step: 'file' });
  const [mapping, setMapping] = useState<Mapping>({});
  return (
    <Page title={t('import.title')} intro={t('import.intro')}>
      <ol className="import-steps" aria-label={t('import.steps')}>
        {steps.map((s, i) => (
          <li key={s} aria-current={s === state.step ? 'step' : undefined} className={s === state.step ? 'on' : undefined}>
            <span className="import-step-number" aria-hidden="true">{i + 1}</span> {t(`import.step.${s}`)}
          </li>
        ))}
      </ol>
      {state.step === 'file' && (
        <ChooseFile onRead={(file, inspection) => {
          setMapping(fromSuggestion(inspection.suggestedMapping));
          setState({ step: 'map', file, inspection });
        }} />
      )}
      {state.step === 'map' && (
        <MapColumns file={state.file} inspection={state.inspection} mapping={mapping} onChange={setMapping}
          onChecked={(report) => setState({ ...state, step: 'check', report })} onBack={() => setState({ step: 'file' })} />
      )}
      {state.step === 'check' && (
        <DryRun file={state.file} inspection={state.inspection} mapping={mapping} report={state.report}
          onImported={(report) => setState({ ...state, step: 'done', report })}
          onBack={() => setState({ step: 'map', file: state.file, inspection: state.inspection })} />
      )}
      {state.step === 'done' && <Done report={state.report} onAgain={() => setState({ step: 'file' })} />}
    </Page>
  );
}

/** A step's block: its heading takes focus when the step opens, so the reader lands on what changed. */
function Step({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card panel" aria-labelledby={id}>
      <div className="panel-head"><h2 id={id} ref={heading} tabIndex={-1}>{title}</h2></div>
      {children}
    </section>
  );
}

function ChooseFile({ onRead }: { onRead: (file: Chosen, inspection: Inspection) => void }) {
  const { t, te } = useI18n();
  const format = useFormat();
  const [kind, setKind] = useState<ImportKind>('MENTORS');
  const [file, setFile] = useState<File | null>(null);
  const command = useCommand(Inspect, (r) => r.inspectImport, { refreshes: [] });

  const refuse = (error: UserError) => {
    command.setErrors([error]);
    return null;
  };
  const submit = async () => {
    if (!file) return refuse({ code: 'REQUIRED', field: 'content', message: '' });
    if (file.size > maxFileBytes) {
      return refuse({ code: 'FILE_TOO_LARGE', field: 'content', message: '', params: [{ name: 'max', value: String(maxFileBytes), kind: 'NUMBER' }] });
    }
    const content = toBase64(new Uint8Array(await file.arrayBuffer()));
    const payload = await command.run({ input: { kind, content, fileName: file.name } });
    if (payload?.inspection) onRead({ name: file.name, content }, payload.inspection);
    return payload;
  };

  return (
    <Step title={t('import.fileTitle')}>
      <CommandForm command={command} onSubmit={submit} submitLabel={t('import.read')} busyLabel={t('import.reading')}>
        <fieldset className="field">
          <legend>{t('import.kind')}</legend>
          <div className="segmented">
            {(['MENTORS', 'CLIENTS'] as const).map((k) => (
              <label key={k} className={k === kind ? 'segment on' : 'segment'}>
                <input type="radio" name="kind" value={k} checked={k === kind} onChange={() => setKind(k)} />
                <span>{te('ImportKind', k)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <p className="hint">{t(kind === 'MENTORS' ? 'import.mentorsNote' : 'import.clientsNote')}</p>
        <Field name="content" label={t('import.file')}
          hint={t('import.fileHint', { size: format.number(maxFileBytes / 1024 / 1024), rows: format.number(maxRows) })}>
          {(props) => (
            <input {...props} type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          )}
        </Field>
      </CommandForm>
    </Step>
  );
}

function MapColumns({ file, inspection, mapping, onChange, onChecked, onBack }: {
  file: Chosen; inspection: Inspection; mapping: Mapping; onChange: (m: Mapping) => void; onChecked: (r: Report) => void; onBack: () => void;
}) {
  const { t, te, tn } = useI18n();
  const command = useCommand(Run, (r) => r.importSpreadsheet, { refreshes: [] }); // a dry run changes nothing
  const columns = inspection.columns.map((c) => ({
    value: `c${c.index}`,
    label: [columnLetter(c.index), c.header || t('import.noHeader')].join(': ') + (c.sample ? ` (${c.sample})` : ''),
  }));
  const submit = async () => {
    const payload = await command.run({
      input: { kind: inspection.kind, content: file.content, fileName: file.name, mapping: toInput(mapping), dryRun: true },
    });
    if (payload?.report) onChecked(payload.report);
    return payload;
  };
  const set = (field: ImportField, key: string) => onChange({ ...mapping, [field]: sourceOf(key, mapping[field]) });
  return (
    <Step title={t('import.mapTitle')}>
      <p>{t('import.fileSummary', { file: file.name, format: te('SpreadsheetFormat', inspection.format), rows: tn('import.rows', inspection.rowCount) })}</p>
      <p className="hint">{t('import.mapIntro')}</p>
      <CommandForm command={command} onSubmit={submit} submitLabel={t('import.check')} busyLabel={t('import.checking')}
        extraActions={<button type="button" className="secondary" onClick={onBack}>{t('import.otherFile')}</button>} className="grid-form">
        {inspection.fields.map(({ field, required }) => {
          const source = mapping[field];
          const name = te('ImportField', field);
          const hint = `import.hint.${field}`;
          return (
            <div key={field} className="import-field" data-field={field}>
              <SelectField name={`map-${field}`} label={required ? t('import.requiredField', { field: name }) : name}
                hint={isKey(hint) ? t(hint) : undefined} value={sourceKey(source)} placeholder={t('import.notInFile')}
                options={[...columns, { value: 'value', label: t('import.sameValue') }]} onChange={(key) => set(field, key)} />
              {source?.from === 'value' && (
                <TextField name={`value-${field}`} label={t('import.valueFor', { field: name })} value={source.value}
                  onChange={(value) => onChange({ ...mapping, [field]: { from: 'value', value } })} />
              )}
            </div>
          );
        })}
      </CommandForm>
    </Step>
  );
}

function DryRun({ file, inspection, mapping, report, onImported, onBack }: {
  file: Chosen; inspection: Inspection; mapping: Mapping; report: Report; onImported: (r: Report) => void; onBack: () => void;
}) {
  const { t } = useI18n();
  const command = useCommand(Run, (r) => r.importSpreadsheet, { refreshes: importViews });
  const submit = async () => {
    const payload = await command.run({
      input: { kind: inspection.kind, content: file.content, fileName: file.name, mapping: toInput(mapping), dryRun: false },
    });
    if (payload?.report) onImported(payload.report);
    return payload;
  };
  const back = <button type="button" className="secondary" onClick={onBack}>{t('import.backToMapping')}</button>;
  return (
    <Step title={t('import.checkTitle')}>
      <p>{t('import.checkIntro')}</p>
      <Counts report={report} />
      <RowsTable report={report} />
      {report.created > 0 ? (
        <CommandForm command={command} onSubmit={submit} submitLabel={t('import.run', { count: String(report.created) })} busyLabel={t('import.running')}
          extraActions={back}>
          {report.failed > 0 && <p className="hint">{t('import.errorsSkipped')}</p>}
        </CommandForm>
      ) : (
        <>
          <p data-testid="nothing-new">{t('import.nothingNew')}</p>
          <div className="form-actions">{back}</div>
        </>
      )}
    </Step>
  );
}

function Done({ report, onAgain }: { report: Report; onAgain: () => void }) {
  const { t } = useI18n();
  return (
    <Step title={t('import.doneTitle')}>
      <Counts report={report} />
      <RowsTable report={report} />
      <div className="form-actions">
        <Link href={report.kind === 'MENTORS' ? '/mentors' : '/clients'} className="button primary">
          {t(report.kind === 'MENTORS' ? 'import.openMentors' : 'import.openClients')}
        </Link>
        <button type="button" className="secondary" onClick={onAgain}>{t('import.again')}</button>
      </div>
    </Step>
  );
}

function Counts({ report }: { report: Report }) {
  const { t } = useI18n();
  const format = useFormat();
  return (
    <dl className="facts compact import-counts" data-testid="import-counts">
      <dt>{t('import.count.total')}</dt><dd>{format.number(report.total)}</dd>
      <dt>{t(report.dryRun ? 'import.count.new' : 'import.count.created')}</dt><dd data-count="created">{format.number(report.created)}</dd>
      <dt>{t('import.count.present')}</dt><dd data-count="present">{format.number(report.alreadyPresent)}</dd>
      <dt>{t('import.count.failed')}</dt><dd data-count="failed">{format.number(report.failed)}</dd>
    </dl>
  );
}

const badge: Record<ImportRowStatus, string> = { NEW: 'badge ok', CREATED: 'badge ok', ALREADY_PRESENT: 'badge', ERROR: 'badge danger' };

function RowsTable({ report }: { report: Report }) {
  const { t, te } = useI18n();
  const [onlyErrors, setOnlyErrors] = useState(false);
  const rows = onlyErrors ? report.rows.filter((r) => r.status === 'ERROR') : report.rows;
  return (
    <>
      {report.failed > 0 && <Checkbox name="onlyErrors" label={t('import.onlyErrors')} checked={onlyErrors} onChange={setOnlyErrors} />}
      {rows.length === 0 ? <Empty>{t('import.noRows')}</Empty> : (
        <TableWrap label={t('import.rowsLabel')}>
          <table className="import-rows">
            <thead>
              <tr><th scope="col">{t('import.row')}</th><th scope="col">{t('import.who')}</th><th scope="col">{t('import.status')}</th></tr>
            </thead>
            {/* A row's errors take a line of their own under it, the table's whole width: three narrow columns fit a phone. */}
            {rows.map((r) => (
              <tbody key={r.row} data-row={r.row} data-status={r.status}>
                <tr>
                  <th scope="row">{r.row}</th>
                  <td className="import-who"><Who row={r} kind={report.kind} /></td>
                  <td><span className={badge[r.status]}>{te('ImportRowStatus', r.status)}</span></td>
                </tr>
                {r.errors.length > 0 && (
                  <tr className="import-row-errors">
                    <td colSpan={3}>
                      <ul className="import-errors" aria-label={t('import.errorsOfRow', { row: String(r.row) })}>
                        {r.errors.map((e, i) => <li key={i} data-code={e.code}>{rowError(e, t)}</li>)}
                      </ul>
                    </td>
                  </tr>
                )}
              </tbody>
            ))}
          </table>
        </TableWrap>
      )}
    </>
  );
}

function Who({ row, kind }: { row: Row; kind: ImportKind }) {
  const { t } = useI18n();
  const label = row.key ?? t('import.unnamed');
  if (!row.recordId) return <>{label}</>;
  return <Link href={`${kind === 'MENTORS' ? '/mentors' : '/clients'}/${row.recordId}`}>{label}</Link>;
}

/**
 * A row's error in the reader's words, at its column: the import's own wording for a decider's code where the form's
 * would not fit a spreadsheet ("choose from the list"), else the words every screen uses for that code.
 */
function rowError(e: Row['errors'][number], t: T): string {
  const error: UserError = { code: e.code, message: e.message, field: e.field ?? null, params: e.params };
  const message = renderMessage(t, `importError.${e.code}.${e.field ?? ''}`, e.params)
    ?? renderMessage(t, `importError.${e.code}`, e.params)
    ?? userErrorMessage(error, t);
  if (e.column == null) return message;
  const column = columnLetter(e.column);
  return e.columnName ? t('import.atNamedColumn', { column, name: e.columnName, message }) : t('import.atColumn', { column, message });
}

