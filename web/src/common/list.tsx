import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { getDefaultSortOrder, useTable } from '@refinedev/antd';
import type { BaseRecord, CrudFilters, CrudSort } from '@refinedev/core';
import { Button, Form, type FormProps, Input, Select, type SelectProps, Space, Table, type TableProps } from 'antd';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import type { ApiError } from '../providers/errors';
import { PageHeader } from './PageHeader';
import { Panel } from './Panel';
import { EmptyState, ErrorState } from './states';

/*
 * The parts every server-paged list page shares: a header with a refresh button over a card holding a filter bar and a
 * table whose pages, sorting and filters live in the URL and are answered by the server (Refine's useTable).
 * Only the list pages import this module, and they are lazy routes, so it ships in an on-demand chunk.
 */

/**
 * Refine's useTable as every list page uses it: state synced with the URL, the filter form's values turned into
 * filters by `onSearch`, plus `submit` (run the search now) and `sortable(field)` (the props of a server-sorted column).
 */
export function useServerTable<TRecord extends BaseRecord, TFilters extends object>(options: {
  resource: string;
  pageSize: number;
  initialSort?: CrudSort;
  onSearch: (values: TFilters) => CrudFilters;
}) {
  const table = useTable<TRecord, ApiError, TFilters>({
    resource: options.resource,
    syncWithLocation: true,
    pagination: { pageSize: options.pageSize },
    ...(options.initialSort ? { sorters: { initial: [options.initialSort] } } : {}),
    onSearch: options.onSearch,
    // The page says a failed load in place, with a retry (ServerTable); no toast on top of it.
    errorNotification: false,
  });
  const form = table.searchFormProps.form!;
  const submit = () => form.submit();
  const sortable = (field: string) => ({ sorter: true, sortOrder: getDefaultSortOrder(field, table.sorters) });
  /** Whether any filter narrows the list now (an empty list then says "nothing matches", with a way to clear). */
  const filtered = table.filters.some((f) => 'field' in f && isSet(f.value));
  return { ...table, form, submit, sortable, filtered };
}

function isSet(value: unknown) {
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== null && value !== '' && value !== false;
}

/** What a list page tells its table: the query (for the error state), the empty state, how to clear the filters. */
interface ListContextValue {
  query: ListQuery;
  filtered: boolean;
  empty?: EmptyProps;
  clear: { current: (() => void) | null };
}
type ListQuery = { refetch: () => unknown; isFetching: boolean; error?: unknown; isError?: boolean };
type EmptyProps = { title: ReactNode; description?: ReactNode; action?: ReactNode };
const ListContext = createContext<ListContextValue | null>(null);

/**
 * A list page's frame: title and context line, a refresh button (plus the page's own actions), the card below.
 * `empty` says what the list would hold and offers the first step; a filtered empty list offers to clear the filters.
 */
export function ListPage(props: {
  title: ReactNode;
  subtitle: ReactNode;
  query: ListQuery;
  filtered?: boolean;
  empty?: EmptyProps;
  extra?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { query } = props;
  const clear = useRef<(() => void) | null>(null);
  const context = useMemo(() => ({ query, filtered: !!props.filtered, empty: props.empty, clear }), [query, props.filtered, props.empty]);
  return (
    <ListContext.Provider value={context}>
      <PageHeader
        title={props.title}
        subtitle={props.subtitle}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={() => void query.refetch()} loading={query.isFetching}>
              {t('buttons.refresh')}
            </Button>
            {props.extra}
          </>
        }
      />
      <Panel styles={{ body: { paddingBottom: 8 } }}>{props.children}</Panel>
    </ListContext.Provider>
  );
}

const SubmitContext = createContext<() => void>(() => {});

/**
 * The inline filter form above a list: its fields, then Search and Reset. Reset puts `emptyValues` in the form and
 * searches again, which removes every filter (and its URL parameter). Fields inside read `submit` from here.
 */
export function FilterBar<TFilters extends object>(props: {
  formProps: FormProps<TFilters>;
  emptyValues: { [K in keyof Required<TFilters>]: TFilters[K] | undefined };
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { formProps } = props;
  const form = formProps.form!;
  const submit = () => form.submit();
  const reset = () => {
    form.setFieldsValue(props.emptyValues as Parameters<typeof form.setFieldsValue>[0]);
    submit();
  };
  // The empty state's "clear filters" does what Reset does.
  const list = useContext(ListContext);
  useEffect(() => {
    if (!list) return;
    list.clear.current = reset;
    return () => {
      list.clear.current = null;
    };
  });
  return (
    <SubmitContext.Provider value={submit}>
      <Form<TFilters> {...formProps} layout="inline" style={{ rowGap: 12, marginBottom: 16 }} aria-label={t('buttons.filter')}>
        {props.children}
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              {t('common.search')}
            </Button>
            <Button onClick={reset}>
              {t('common.reset')}
            </Button>
          </Space>
        </Form.Item>
      </Form>
    </SubmitContext.Provider>
  );
}

/** What a filter field calls when its value is final (a choice made, Enter pressed, cleared). */
export function useFilterSubmit() {
  return useContext(SubmitContext);
}

/** The free-text search box that opens a filter bar: searches on Enter and when cleared. */
export function SearchFilter({ name = 'q', placeholder, width }: { name?: string; placeholder: string; width: number }) {
  const submit = useFilterSubmit();
  return (
    <Form.Item name={name}>
      <Input allowClear prefix={<SearchOutlined />} placeholder={placeholder} aria-label={placeholder} style={{ width }} onPressEnter={submit} onClear={submit} />
    </Form.Item>
  );
}

/**
 * A labelled select in a filter bar (named by its label for screen readers); searches as soon as the choice changes.
 * `multiple` picks several values, their tags folded into "+N" when they outgrow the field.
 */
export function SelectFilter<TValue>({
  name,
  label,
  multiple,
  ...select
}: { name: string; label: string; multiple?: boolean } & Omit<SelectProps<TValue>, 'onChange' | 'aria-label' | 'mode'>) {
  const { t } = useTranslation();
  const submit = useFilterSubmit();
  return (
    <Form.Item name={name} label={label}>
      <Select<TValue>
        allowClear
        placeholder={t('common.all')}
        {...(multiple ? ({ mode: 'multiple', maxTagCount: 'responsive' } as const) : {})}
        {...select}
        aria-label={label}
        onChange={submit}
      />
    </Form.Item>
  );
}

/**
 * The table of a list page: rows keyed by id, the server's pages with a size changer and the total. A failed load
 * shows the error and a retry instead of an empty table; an empty one says what would be here (ListPage's `empty`).
 */
export function ServerTable<TRecord extends object>({ pagination, ...props }: TableProps<TRecord>) {
  const { t } = useTranslation();
  const f = useFormat();
  const list = useContext(ListContext);
  if (list?.query.error && !props.dataSource?.length) {
    return <ErrorState error={list.query.error} onRetry={() => void list.query.refetch()} retrying={list.query.isFetching} />;
  }
  const emptyText = list?.filtered ? (
    <EmptyState
      title={t('common.noMatchTitle')}
      description={t('common.noMatchHint')}
      action={<Button onClick={() => list.clear.current?.()}>{t('common.clearFilters')}</Button>}
    />
  ) : list?.empty ? (
    <EmptyState {...list.empty} />
  ) : undefined;
  return (
    <Table<TRecord>
      rowKey="id"
      size="middle"
      {...props}
      locale={{ ...(emptyText ? { emptyText } : {}), ...props.locale }}
      pagination={{
        ...pagination,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50],
        showTotal: (total) => t('common.total', { total: f.integer(total) }),
      }}
    />
  );
}
