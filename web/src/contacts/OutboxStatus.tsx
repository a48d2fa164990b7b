import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { userErrorMessage } from '../auth/messages';
import { useSession } from '../session/session';
import { dismiss, flush, startOutbox, useOutbox } from './outbox';

/** What waits on this phone to be sent, and what the server refused; sends again when the connection returns. */
export function OutboxStatus() {
  const { t, tn } = useI18n();
  const format = useFormat();
  const { user } = useSession();
  const items = useOutbox(user.id);
  const [online, setOnline] = useState(navigator.onLine);

  useEffect(() => startOutbox(user.id), [user.id]);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);

  const waiting = items.filter((i) => !i.refused);
  const queries = useQueryClient();
  // Something left the queue (sent): the lists on screen include it now.
  useEffect(() => void queries.invalidateQueries(), [waiting.length, queries]);
  const refused = items.filter((i) => i.refused);
  return (
    <div className="outbox" data-testid="outbox">
      {!online && <p className="banner" role="status">{t('outbox.offline')}</p>}
      <p role="status" className={waiting.length ? 'notice' : 'visually-hidden'} data-testid="outbox-waiting" data-count={waiting.length}>
        {waiting.length ? tn('outbox.waiting', waiting.length) : t('outbox.allSent')}
        {waiting.length > 0 && online && (
          <button type="button" className="secondary small" onClick={() => void flush(user.id)}>{t('outbox.sendNow')}</button>
        )}
      </p>
      {refused.map((item) => (
        <div key={item.input.idempotencyKey} className="form-error" role="alert">
          <p>{t('outbox.refused', { date: format.dateTime(item.input.happenedAt) })}</p>
          <ul>{item.refused!.map((e, i) => <li key={i}>{userErrorMessage(e, t)}</li>)}</ul>
          <button type="button" className="secondary small" onClick={() => void dismiss(item.input.idempotencyKey)}>{t('outbox.dismiss')}</button>
        </div>
      ))}
    </div>
  );
}
