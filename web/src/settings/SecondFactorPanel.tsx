import { useState } from 'react';
import { SecondFactorSetup } from '../auth/SecondFactor';
import { graphql } from '../graphql';
import { useI18n } from '../i18n';
import { useCommand, useGql } from '../ui/data';
import { CommandForm, TextField } from '../ui/form';
import { QueryView } from '../ui/states';

const MySecondFactor = graphql(`query MySecondFactor { me { id secondFactorEnabled secondFactorRequired } }`);

const Disable = graphql(`mutation DisableSecondFactor($code: String!) { disableSecondFactor(code: $code) { user { id secondFactorEnabled } errors { ...UserErrorFields } } }`);

/** The person's second factor: set it up, set it up again on a new phone (new recovery codes), or turn it off. */
export function SecondFactorPanel() {
  const { t } = useI18n();
  const me = useGql(MySecondFactor, undefined);
  // While setting up, the set-up stays on screen (its recovery codes are shown once) whatever `me` now says.
  const [setting, setSetting] = useState(false);
  const [disabling, setDisabling] = useState(false);

  return (
    <QueryView query={me}>
      {({ me: account }) => {
        if (!account) return null;
        if (setting) {
          return (
            <SecondFactorSetup startLabel={t('secondFactor.start')} finishLabel={t('secondFactor.done')}
              onFinished={() => setSetting(false)} onCancel={() => setSetting(false)} />
          );
        }
        return (
          <>
            <p data-testid="second-factor-status">
              {account.secondFactorEnabled ? <span className="badge ok">{t('secondFactor.on')}</span> : <span className="badge warn">{t('secondFactor.off')}</span>}
              {' '}{t(account.secondFactorEnabled ? 'secondFactor.onText' : 'secondFactor.offText')}
            </p>
            {account.secondFactorRequired && <p className="muted">{t('secondFactor.requiredByOrganisation')}</p>}
            {disabling
              ? <DisableForm onDone={() => setDisabling(false)} />
              : (
                <div className="row-actions wrap">
                  <button type="button" className={account.secondFactorEnabled ? 'secondary small' : 'primary'} onClick={() => setSetting(true)}>
                    {t(account.secondFactorEnabled ? 'secondFactor.again' : 'secondFactor.setUp')}
                  </button>
                  {account.secondFactorEnabled && !account.secondFactorRequired && (
                    <button type="button" className="secondary small" onClick={() => setDisabling(true)}>{t('secondFactor.turnOff')}</button>
                  )}
                </div>
              )}
          </>
        );
      }}
    </QueryView>
  );
}

function DisableForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const command = useCommand(Disable, (r) => r.disableSecondFactor, { refreshes: ['MySecondFactor', 'SecurityPolicy'] });
  const submit = async () => {
    if (!code.trim()) return command.setErrors([{ code: 'REQUIRED', field: 'code', message: '' }]);
    if (await command.run({ code: code.trim() })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('secondFactor.turnOff')}
      extraActions={<button type="button" className="secondary" onClick={onDone}>{t('cancel')}</button>}>
      <TextField name="code" label={t('signIn.code')} hint={t('signIn.codeHint')} value={code} onChange={setCode} autoComplete="one-time-code" />
    </CommandForm>
  );
}
