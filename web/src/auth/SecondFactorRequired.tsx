import { useI18n } from '../i18n';
import type { User } from '../session/session';
import { SignOutActions } from '../session/SignOut';
import { Page } from '../ui/Page';
import { SecondFactorSetup } from './SecondFactor';

/** The organisation requires a second factor of this person and they have none yet: the server gave the session no roles. */
export function mustEnrolSecondFactor(user: User): boolean {
  return user.secondFactorRequired && !user.secondFactorEnabled;
}

/**
 * What someone sees who must set up a second factor before anything else (every other operation is refused until
 * then): why, the set-up itself, and sign-out. `onEnrolled` carries on to the person's home.
 */
export function SecondFactorRequired({ onEnrolled }: { onEnrolled: () => Promise<void> }) {
  const { t } = useI18n();

  return (
    <Page title={t('secondFactor.requiredTitle')} wide={false}>
      <div className="card" data-testid="second-factor-required">
        <p>{t('secondFactor.requiredText')}</p>
        <SecondFactorSetup onFinished={() => void onEnrolled()} startLabel={t('secondFactor.start')} finishLabel={t('secondFactor.continue')} />
        <SignOutActions />
      </div>
    </Page>
  );
}
