import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { Empty } from '../ui/states';

/** How many rows a desk panel shows: the rest is on the page its "all" link opens. */
export const DESK_ROWS = 8;

/** A desk panel's short list: its first rows, or the line saying there is nothing to do. */
export function DeskList<T>({ items, empty, testId, children }: { items: readonly T[]; empty: string; testId?: string; children: (item: T) => ReactNode }) {
  if (items.length === 0) return <Empty>{empty}</Empty>;
  return <ul className="rows" data-testid={testId}>{items.slice(0, DESK_ROWS).map(children)}</ul>;
}

/**
 * One row of it: who it is about, linked to where it is acted on, then a line or two of why it is on the desk. An
 * overdue row is marked by its edge (and data-overdue for tests), not by colour alone: the detail says so in words.
 */
export function DeskRow({ href, name, after, overdue, action, children }: {
  href: string; name: string; after?: ReactNode; overdue?: boolean; action?: ReactNode; children: ReactNode;
}) {
  return (
    <li className={overdue ? 'row overdue' : 'row'} data-overdue={overdue}>
      <div>
        <p className="row-title"><Link href={href}>{name}</Link>{after}</p>
        {children}
      </div>
      {action}
    </li>
  );
}
