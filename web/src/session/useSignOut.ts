import { useState } from 'react';
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
