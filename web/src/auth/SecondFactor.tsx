import { useState } from 'react';
import { graphql } from '../graphql';
import { useI18n } from '../i18n';
import { userErrorMessage } from './messages';
import { useCommand } from '../ui/data';
import { CommandForm, TextField } from '../ui/form';
import { Failure } from '../ui/states';

const Begin = graphql(`
  mutation BeginSecondFactorEnrolment {
    beginSecondFactorEnrolment { enrolment { secret otpauthUri qrSvg } errors { ...UserErrorFields } }
  }
`);

const Confirm = graphql(`
  mutation ConfirmSecondFactorEnrolment($code: String!) {
    confirmSecondFactorEnrolment(code: $code) { enabled { recoveryCodes user { id secondFactorEnabled } } errors { ...UserErrorFields } }
  }
`);

/** The secret in groups of four, as authenticator apps show it; apps ignore the spaces. */
const grouped = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

/**
 * Setting up an authenticator app: a new secret (QR code, or typed in by hand), confirmed with a code from the app,
 * then the ten recovery codes, shown once. `onFinished` runs when the person says they have saved them.
 */
export function SecondFactorSetup({ onFinished, startLabel, finishLabel, onCancel }: {
  onFinished: () => void;
  startLabel: string;
  finishLabel: string;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const begin = useCommand(Begin, (r) => r.beginSecondFactorEnrolment, { refreshes: [] });
  const confirm = useCommand(Confirm, (r) => r.confirmSecondFactorEnrolment, { refreshes: ['MySecondFactor', 'SecurityPolicy'] });
  const [enrolment, setEnrolment] = useState<{ secret: string; qrSvg: string } | null>(null);
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);

  const start = async () => {
    if (begin.busy) return;
    confirm.reset();
    setCode('');
    const payload = await begin.run({});
    if (payload?.enrolment) setEnrolment(payload.enrolment);
  };

  const submit = async () => {
    if (!code.trim()) return confirm.setErrors([{ code: 'REQUIRED', field: 'code', message: '' }]);
    const payload = await confirm.run({ code: code.trim() });
    if (payload?.enabled) setCodes(payload.enabled.recoveryCodes);
  };

  if (codes) return <RecoveryCodes codes={codes} onDone={onFinished} doneLabel={finishLabel} />;

  if (!enrolment) {
    return (
      <>
        {begin.failure != null && <Failure error={begin.failure} />}
        {begin.errors.length > 0 && <p className="form-error" role="alert">{begin.errors.map((e) => userErrorMessage(e, t)).join(' ')}</p>}
        <div className="form-actions">
          <button type="button" className="primary" onClick={() => void start()} aria-disabled={begin.busy || undefined}>
            {begin.busy && <span className="spinner" aria-hidden="true" />}
            {startLabel}
          </button>
          {onCancel && <button type="button" className="secondary" onClick={onCancel}>{t('cancel')}</button>}
        </div>
      </>
    );
  }

  const restart = confirm.errors.some((e) => e.code === 'NOT_ENROLLING');
  return (
    <div className="enrolment">
      <ol className="steps">
        <li>{t('secondFactor.step1')}</li>
        <li>
          {t('secondFactor.step2')}
          {/* Server-made SVG markup (a QR code of the otpauth address), not user input; inline because images from data: are not allowed. */}
          <div className="qr" role="img" aria-label={t('secondFactor.qrLabel')} dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }} />
          <p className="small">{t('secondFactor.typeInstead')}</p>
          <p><code className="secret" data-testid="second-factor-secret">{grouped(enrolment.secret)}</code></p>
        </li>
        <li>{t('secondFactor.step3')}</li>
      </ol>
      <CommandForm command={confirm} onSubmit={submit} submitLabel={t('secondFactor.confirm')}
        extraActions={onCancel && <button type="button" className="secondary" onClick={onCancel}>{t('cancel')}</button>}>
        <TextField name="code" label={t('secondFactor.code')} hint={t('secondFactor.codeHint')} value={code} onChange={setCode}
          inputMode="numeric" autoComplete="one-time-code" />
      </CommandForm>
      {restart && <button type="button" className="secondary small" onClick={() => void start()}>{t('secondFactor.restart')}</button>}
    </div>
  );
}

/** The recovery codes, once: each signs the person in once without the app. */
export function RecoveryCodes({ codes, onDone, doneLabel }: { codes: string[]; onDone: () => void; doneLabel: string }) {
  const { t } = useI18n();
  const [file] = useState(() => URL.createObjectURL(new Blob([codes.join('\n') + '\n'], { type: 'text/plain' })));
  const done = () => {
    URL.revokeObjectURL(file);
    onDone();
  };
  return (
    <div className="notice recovery" role="status" data-testid="recovery-codes">
      <p><strong>{t('secondFactor.enabled')}</strong></p>
      <p>{t('secondFactor.saveCodes')}</p>
      <ol className="codes">{codes.map((c) => <li key={c}><code>{c}</code></li>)}</ol>
      <div className="form-actions">
        <a className="button secondary" href={file} download="mentoring-recovery-codes.txt">{t('secondFactor.download')}</a>
        <button type="button" className="primary" onClick={done}>{doneLabel}</button>
      </div>
    </div>
  );
}
