/**
 * The secret of a link the product e-mailed, written after '#' (`<PublicUrl>/reset-password#rst_…`): a fragment never
 * reaches a server, so the secret stays out of access logs, proxies and Referer headers.
 */
export function linkSecret(): string {
  const fragment = window.location.hash.replace(/^#/, '');
  try {
    return decodeURIComponent(fragment).trim();
  } catch {
    return fragment.trim();
  }
}
