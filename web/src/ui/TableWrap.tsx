import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a phone; focusable and named so keyboard users can scroll it too. A group, not a
 * region: it sits in a panel of the same name, and two landmarks named alike tell a screen-reader user nothing.
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="group" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
