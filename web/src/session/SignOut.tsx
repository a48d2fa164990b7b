import { useState } from 'react';
import { useI18n } from '../i18n';
import { useSession } from './session';

/** Signing out from a button: `leaving` while it runs (the button shows progress), whatever the answer. */
export function useSignOut(): { leaving: boolean; leave: () => Promise<void> } {
  const { signOut } = useSession();
  const [leaving, setLeaving] = useState(false);
  const leave = async () => {
    setLeaving(true);
    try {
      await signOut();
    } finally {
      setLeaving(false);
    }
  };
  return { leaving, leave };
}

/** The sign-out button of the pages that stand in for the app (access paused, second factor to enrol). */
export function SignOutActions() {
  const { t } = useI18n();
  const { leaving, leave } = useSignOut();
  return (
    <div className="form-actions">
      <button type="button" className="secondary" onClick={() => void leave()} aria-disabled={leaving || undefined}>
        {leaving && <span className="spinner" aria-hidden="true" />}
        {t('signOut')}
      </button>
    </div>
  );
}
