import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useI18n } from '../i18n';
import { SelectField, TextArea } from './form';
import { useEnumOptions } from './reference';

/**
 * What an inbox on the desk shows: everything still waiting for an answer, then the few answered last, so an answer just
 * given stays in sight (the referral and transfer inboxes).
 */
export function openFirst<T>(items: readonly T[], isOpen: (item: T) => boolean, answered = 3): T[] {
  return items.filter(isOpen).concat(items.filter((x) => !isOpen(x)).slice(0, answered));
}

/** One item of an inbox: the person (linked to their case once there is one), the status badge, and what follows. */
export function InboxRow({ testId, name, caseId, status, tone, children }: {
  testId: string; name: string; caseId?: string | null; status: string; tone: string; children: ReactNode;
}) {
  return (
    <li className="row" data-testid={testId}>
      <div>
        <p className="row-title">
          {caseId ? <Link href={`/clients/${caseId}`}>{name}</Link> : name}{' '}
          <span className={tone}>{status}</span>
        </p>
        {children}
      </div>
    </li>
  );
}

/** Needs as an inbox line shows them: each domain with its level. */
export function NeedsSummary({ needs }: { needs: readonly { domain: string; level: string }[] }) {
  const { te } = useI18n();
  return <>{needs.map((n) => `${te('NeedDomain', n.domain)} (${te('NeedLevel', n.level)})`).join(', ')}</>;
}

/** The fields of a refusal: a reason from the closed list, in the reader's language, and a note for the sender. */
export function DeclineFields<R extends string>({ enumName, reasons, reason, onReason, reasonLabel, note, onNote, noteLabel }: {
  enumName: string; reasons: readonly R[]; reason: R; onReason: (reason: R) => void; reasonLabel: string;
  note: string; onNote: (note: string) => void; noteLabel: string;
}) {
  const options = useEnumOptions(enumName, reasons);
  return (
    <>
      <SelectField name="reason" label={reasonLabel} value={reason} options={options} onChange={(v) => onReason(v as R)} />
      <TextArea name="note" label={noteLabel} value={note} onChange={onNote} />
    </>
  );
}
