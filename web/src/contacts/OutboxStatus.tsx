import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { userErrorMessage } from '../auth/messages';
import { useSession } from '../session/session';
import { refresh } from '../ui/data';
import { dismiss, edit, flush, meetingViews, onSent, startOutbox, useOutbox, whenOf } from './outbox';

const label = { meeting: 'outbox.meeting', attempt: 'outbox.attempt', health: 'outbox.health', attendance: 'outbox.attendance' } as const;
const refusedLabel = { meeting: 'outbox.refused', attempt: 'outbox.attemptRefused', health: 'outbox.healthRefused', attendance: 'outbox.attendanceRefused' } as const;

/**
 * Each meeting (attempt, health answer) on this phone with one status — waiting, sent, or refused with the server's reasons — and the queue
 * sending itself (at start, when the connection returns, and on a backing-off timer). "Send now" only hurries it.
 */
export function OutboxStatus() {
  const { t, tn } = useI18n();
  const format = useFormat();
  const { user } = useSession();
  const items = useOutbox(user.id);
  const [online, setOnline] = useState(navigator.onLine);
  const [, navigate] = useLocation();

  const queries = useQueryClient();
  // A meeting the server accepted shows where meetings show (and nowhere else changes).
  useEffect(() => onSent(() => void refresh(queries, meetingViews)), [queries]);
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

  const waiting = items.filter((i) => i.status === 'waiting');
  const editOne = async (key: string) => {
    const matchId = await edit(key);
    if (matchId) navigate(`/me/${matchId}`);
  };
  return (
    <div className="outbox" data-testid="outbox">
      {!online && <p className="banner" role="status">{t('outbox.offline')}</p>}
      <p role="status" className={waiting.length ? 'notice' : 'visually-hidden'} data-testid="outbox-waiting" data-count={waiting.length}>
        {waiting.length ? tn('outbox.waiting', waiting.length) : t('outbox.allSent')}
        {waiting.length > 0 && online && (
          <button type="button" className="secondary small" onClick={() => void flush(user.id)}>{t('outbox.sendNow')}</button>
        )}
      </p>
      {items.length > 0 && (
        <ul className="rows outbox-items" data-testid="outbox-items" aria-label={t('outbox.items')}>
          {items.map((item) => {
            const date = format.dateTime(whenOf(item));
            const kind = item.kind ?? 'meeting';
            return (
              <li key={item.input.idempotencyKey} className={item.status === 'refused' ? 'row column form-error' : 'row'}
                data-status={item.status} role={item.status === 'refused' ? 'alert' : undefined}>
                {item.status === 'refused' ? <>
                  <p>{t(refusedLabel[kind], { date })}</p>
                  <ul>{item.refused!.map((e, i) => <li key={i}>{userErrorMessage(e, t)}</li>)}</ul>
                  <p className="actions">
                    {kind === 'meeting' && <><button type="button" className="secondary small" onClick={() => void editOne(item.input.idempotencyKey)}>{t('outbox.edit')}</button>{' '}</>}
                    <button type="button" className="secondary small" onClick={() => void dismiss(item.input.idempotencyKey)}>{t('outbox.dismiss')}</button>
                  </p>
                </> : (
                  <p>
                    <span className={item.status === 'sent' ? 'badge ok' : 'badge warn'}>{t(`outbox.status.${item.status}`)}</span>{' '}
                    <span className="small">{t(label[kind], { date })}</span>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
