import { useInfiniteQuery, type InfiniteData, type UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { execute, operationName, type Document } from '../api';
import { useI18n } from '../i18n';
import { Failure, Loading } from './states';

interface Connection<TNode> {
  nodes: TNode[];
  totalCount: number;
  endCursor?: string | null;
  hasNextPage: boolean;
}

/**
 * A cursor-paged list: the pages fetched so far, and the next one on request. Keyed like every query
 * (`[operation name, variables]`, ui/data.ts), so a command that names the operation refreshes it.
 */
export function usePaged<TPage, TVariables extends { after?: string | null }, TNode>(
  document: Document<TPage, TVariables>,
  variables: Omit<TVariables, 'after'>,
  connection: (page: TPage) => Connection<TNode>,
) {
  return useInfiniteQuery({
    queryKey: [operationName(document), variables],
    queryFn: ({ pageParam }) => (execute as (d: typeof document, v: unknown) => Promise<TPage>)(document, { ...variables, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (connection(last).hasNextPage ? connection(last).endCursor ?? undefined : undefined),
  });
}

/** Loading and error states, then `children` with every node so far and the total; a "show more" button below. */
export function PagedView<TPage, TNode>({ pages, connection, children }: {
  pages: UseInfiniteQueryResult<InfiniteData<TPage>>;
  connection: (page: TPage) => Connection<TNode>;
  children: (nodes: TNode[], total: number) => ReactNode;
}) {
  const { t } = useI18n();
  if (pages.isPending) return <Loading />;
  if (pages.isError) return <Failure error={pages.error} retry={() => void pages.refetch()} />;
  const nodes = pages.data.pages.flatMap((p) => connection(p).nodes);
  return (
    <>
      {children(nodes, connection(pages.data.pages[0]).totalCount)}
      {pages.hasNextPage && (
        <button type="button" className="secondary" aria-disabled={pages.isFetchingNextPage || undefined} onClick={() => void pages.fetchNextPage()}>
          {pages.isFetchingNextPage && <span className="spinner" aria-hidden="true" />}
          {t('loadMore')}
        </button>
      )}
    </>
  );
}
