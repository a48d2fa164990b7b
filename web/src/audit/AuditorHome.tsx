import { useI18n } from '../i18n';
import { useSession } from '../session/session';
import { Page, Panel } from '../ui/Page';

/** The auditor's area. Auditors read the audit trail and nothing else; its pages plug in here. */
export function AuditorHome() {
  const { t } = useI18n();
  const { user } = useSession();
  return (
    <Page title={t('audit.title')} intro={t('audit.intro')}>
      <Panel title={t('settings.account')}>
        <dl className="facts">
          <dt>{t('home.email')}</dt><dd>{user.email}</dd>
          <dt>{t('home.organisation')}</dt><dd>{user.organisation?.name ?? t('home.noOrganisation')}</dd>
        </dl>
      </Panel>
    </Page>
  );
}
