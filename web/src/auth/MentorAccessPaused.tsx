import type { MentorStatus } from '../graphql';
import { useI18n, type Key } from '../i18n';
import type { User } from '../session/session';
import { hasAnyRole } from '../session/roles';
import { SignOutActions } from '../session/SignOut';
import { Page } from '../ui/Page';

/** The standing of a signed-in mentor whose mentor access is paused, or null (not a mentor, or approved). */
export function mentorAccessPaused(user: User): MentorStatus | null {
  const standing = user.mentorStanding;
  return hasAnyRole(user.roles, ['Mentor']) && standing != null && standing !== 'APPROVED' ? standing : null;
}

const reasons: Partial<Record<MentorStatus, Key>> = {
  SUSPENDED: 'paused.suspended',
  LAPSED: 'paused.lapsed',
  WITHDRAWN: 'paused.withdrawn',
};

/**
 * What a mentor sees while their mentor access is paused (suspended, vetting lapsed, withdrawn). The server refuses
 * every mentor operation then, so instead of a page of errors the app says what happened and whom to ask.
 * `notice`: a banner above the pages of the person's other roles.
 */
export function MentorAccessPaused({ standing, notice = false }: { standing: MentorStatus; notice?: boolean }) {
  const { t } = useI18n();
  const reason = t(reasons[standing] ?? 'paused.other');
  if (notice) return <p className="banner" role="note" data-testid="mentor-access-paused" data-standing={standing}>{reason} {t('paused.contact')}</p>;

  return (
    <Page title={t('paused.title')} wide={false}>
      <div className="card access-paused" data-testid="mentor-access-paused" data-standing={standing}>
        <p>{reason}</p>
        <p>{t('paused.contact')}</p>
        <SignOutActions />
      </div>
    </Page>
  );
}
