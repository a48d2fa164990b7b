import { useState } from 'react';
import type { MessageParam } from '../api';
import { graphql, type AuditAction, type AuditPurposeKind } from '../graphql';
import { renderMessage } from '../i18n/messages';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { knownRole } from '../session/roles';
import { SelectField, TextField } from '../ui/form';
import { Page, Panel } from '../ui/Page';
import { PagedView, usePaged } from '../ui/paging';
import { Empty } from '../ui/states';
import { TableWrap } from '../ui/TableWrap';

const Trail = graphql(`
  query AuditTrail($from: DateOnly, $to: DateOnly, $action: AuditAction, $subjectId: ID, $first: Int, $after: String) {
    auditTrail(from: $from, to: $to, action: $action, subjectId: $subjectId, first: $first, after: $after) {
      totalCount endCursor hasNextPage
      nodes { id action subjectKind subjectId subjectName by byName byRoles bySystem purpose purposeKind purposeParams { name value kind enumType } via at }
    }
  }
`);

const actions: AuditAction[] = [
  'CASE_READ', 'CONTACTS_READ', 'MENTOR_READ', 'SHARED_WITH_MENTOR', 'PERSON_EXPORTED', 'PERSON_ERASED', 'ROLES_CHANGED', 'USER_INVITED',
  'INVITATION_REVOKED', 'USER_DEACTIVATED', 'USER_REACTIVATED', 'SECURITY_POLICY_CHANGED',
];
const isGuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

/** The auditor's area: who read, exported, erased or changed permissions, when and why. Read-only by design. */
export function AuditorHome() {
  const { t, te, tn } = useI18n();
  const format = useFormat();
  // The server says what a purpose is (a code with its roles or domain); only a purpose someone typed is shown as typed.
  const purpose = (r: { purposeKind: AuditPurposeKind; purpose: string; purposeParams: MessageParam[] }) =>
    r.purposeKind === 'STATED' ? r.purpose : renderMessage(t, `enum.AuditPurposeKind.${r.purposeKind}`, r.purposeParams) ?? te('AuditPurposeKind', r.purposeKind);
  const [f, setF] = useState({ from: '', to: '', action: '', subject: '' });
  // A subject chosen in the table is shown by its name; an id pasted into the field is for DSAR look-ups.
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  const subject = chosen?.id ?? f.subject.trim();
  const variables = {
    from: f.from || null, to: f.to || null, action: (f.action || null) as AuditAction | null,
    subjectId: isGuid(subject) ? subject : null, first: 50,
  };
  const pages = usePaged(Trail, variables, (p) => p.auditTrail);

  return (
    <Page title={t('audit.title')} intro={t('audit.intro')}>
      <Panel title={t('audit.trail')}>
        <div className="filters" role="search">
          <TextField name="from" type="date" label={t('audit.from')} value={f.from} onChange={(v) => setF({ ...f, from: v })} />
          <TextField name="to" type="date" label={t('audit.to')} value={f.to} onChange={(v) => setF({ ...f, to: v })} />
          <SelectField name="action" label={t('audit.action')} value={f.action} placeholder={t('filter.all')}
            options={actions.map((a) => ({ value: a, label: te('AuditAction', a) }))} onChange={(v) => setF({ ...f, action: v })} />
          {chosen
            ? <p className="chosen-subject">{t('audit.subject')}: <strong>{chosen.name}</strong>{' '}
                <button type="button" className="button secondary small" onClick={() => setChosen(null)}>{t('audit.showAll')}</button></p>
            : <TextField name="subject" label={t('audit.subject')} hint={t('audit.subjectHint')} value={f.subject} onChange={(v) => setF({ ...f, subject: v })} />}
        </div>
        <PagedView pages={pages} connection={(p) => p.auditTrail}>
          {(rows, total) => rows.length === 0 ? <Empty>{t('audit.empty')}</Empty> : (
            <>
              <p className="muted">{tn('audit.count', total)}</p>
              <TableWrap label={t('audit.trail')}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('audit.when')}</th><th scope="col">{t('audit.who')}</th><th scope="col">{t('audit.action')}</th>
                      <th scope="col">{t('audit.subject')}</th><th scope="col">{t('audit.purpose')}</th><th scope="col">{t('audit.via')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr key={r.id}>
                        <td>{format.dateTime(r.at)}</td>
                        <th scope="row">{r.bySystem ? t('audit.bySystem') : (r.byName ?? t('audit.subjectNameless'))}<br /><span className="small muted">{format.list(r.byRoles.map((x) => knownRole(x)).filter((x) => x !== undefined).map((x) => t(`role.${x}`)))}</span></th>
                        <td>{te('AuditAction', r.action)}</td>
                        <td>
                          <span className="small">{te('AuditSubject', r.subjectKind)}</span>{' '}
                          {r.subjectName
                            ? <button type="button" className="link" title={t('audit.onlyThis')} onClick={() => setChosen({ id: r.subjectId, name: r.subjectName! })}>{r.subjectName}</button>
                            : r.subjectKind === 'organisation' ? '' : t('audit.subjectNameless')}
                        </td>
                        <td>{purpose(r)}</td>
                        <td>{r.via ? <code className="small">{r.via}</code> : '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            </>
          )}
        </PagedView>
      </Panel>
    </Page>
  );
}
