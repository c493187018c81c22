import RightOutlined from '@ant-design/icons/RightOutlined';
import { Flex, Spin, theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Panel } from '../common/Panel';
import { EmptyState, ErrorState } from '../common/states';

/**
 * One card of a home page: its title (an h2 under the page's h1) with a link to its page, and in its body a loading
 * skeleton, the error with a retry, the empty state, or what it holds.
 */
export function HomeCard(props: {
  title: ReactNode;
  to: string;
  linkLabel?: string;
  query: { isLoading: boolean; error: unknown; refetch: () => unknown; isFetching?: boolean };
  empty?: boolean;
  emptyText?: ReactNode;
  emptyAction?: ReactNode;
  testId: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { query } = props;
  return (
    <div data-testid={props.testId} style={{ height: '100%' }}>
    <Panel
      title={<h2 style={{ font: 'inherit', margin: 0 }}>{props.title}</h2>}
      extra={
        <Link to={props.to}>
          {props.linkLabel ?? t('home.viewAll')} <RightOutlined style={{ fontSize: 11 }} />
        </Link>
      }
      style={{ height: '100%' }}
      styles={{ body: { paddingTop: 12 } }}
    >
      {query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : query.isLoading ? (
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin aria-label={t('app.loading')} />
        </Flex>
      ) : props.empty ? (
        <EmptyState title={props.emptyText} action={props.emptyAction} />
      ) : (
        props.children
      )}
    </Panel>
    </div>
  );
}

/** Where an application's page is, for its operator or for a manager. */
export const applicationPath = (a: { id: string; kind: string }, role: 'operator' | 'manager') =>
  role === 'manager' ? `/reviews/${encodeURIComponent(a.id)}` : a.kind === 'launch' ? `/launches/${encodeURIComponent(a.id)}` : `/campaigns/${encodeURIComponent(a.id)}`;

/** A plain list of rows (antd's List brings Pagination and Grid with it; a home card needs neither). */
export function List<T>({ dataSource, renderItem }: { dataSource: readonly T[]; renderItem: (item: T) => ReactNode; size?: 'small' }) {
  return <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>{dataSource.map(renderItem)}</ul>;
}
List.Item = function ListItem({ children, style, ...rest }: { children: ReactNode; style?: CSSProperties; 'data-testid'?: string }) {
  const { token } = theme.useToken();
  return (
    <li style={{ padding: '8px 0', borderBottom: `1px solid ${token.colorBorderSecondary}`, ...style }} {...rest}>
      {children}
    </li>
  );
};
