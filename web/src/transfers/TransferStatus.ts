import type { TransferStatus } from '../graphql';

/** The badge a transfer's status wears: waiting, done, or ended without a move. */
export function transferTone(status: TransferStatus): string {
  return status === 'ACCEPTED' ? 'badge ok' : status === 'OFFERED' ? 'badge warn' : 'badge';
}
