import { useState } from 'react';
import { linkSecret } from '../auth/link';
import { graphql } from '../graphql';
import { useI18n } from '../i18n';
import { useCommand } from '../ui/data';
import { CommandForm } from '../ui/form';
import { Page } from '../ui/Page';

const Confirm = graphql(`mutation ConfirmMentorApplication($token: String!) { confirmMentorApplication(token: $token) { received errors { ...UserErrorFields } } }`);

/**
 * The link e-mailed to someone who applied on the public form, `<PublicUrl>/confirm-application#…`. Confirming is a
 * button, not automatic, so a mail scanner opening the link confirms nothing. The answer is the same for any link: the
 * NGO's e-mail tells the applicant what happened.
 */
export function ConfirmApplication() {
  const { t } = useI18n();
  const [token] = useState(linkSecret);
  const [done, setDone] = useState(false);
  const command = useCommand(Confirm, (r) => r.confirmMentorApplication, { refreshes: ['VettingBoard', 'Mentors', 'CoordinatorDesk'] });

  const submit = async () => {
    if (await command.run({ token })) setDone(true);
  };

  return (
    <Page title={t('apply.confirmTitle')} wide={false}>
      <div className="card">
        {done ? (
          <p className="success" role="status">{t('apply.confirmed')}</p>
        ) : (
          <CommandForm command={command} onSubmit={submit} submitLabel={t('apply.confirmSubmit')}>
            <p>{t('apply.confirmText')}</p>
          </CommandForm>
        )}
      </div>
    </Page>
  );
}
