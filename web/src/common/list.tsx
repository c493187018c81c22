import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import {
  type BaseRecord,
  type CrudFilters,
  type CrudSort,
  type CrudSorting,
  getDefaultSortOrder,
  useLink,
  useLiveMode,
  useTable,
} from '@refinedev/core';
import { Button, Grid, Select, type SelectProps, Space, Table, type TableProps, theme } from 'antd';
import { Input } from './input';
import {
  Children,
  cloneElement,
  createContext,
  Fragment,
  type ReactElement,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useReducer,
  useRef,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import type { ApiError } from '../providers/errors';
import { PageHeader } from './PageHeader';
import { Panel } from './Panel';
import { EmptyState, ErrorState } from './states';

/*
 * The parts every server-paged list page shares: a header with a refresh button over a card holding a filter bar and a
 * table whose pages, sorting and filters live in the URL and are answered by the server (Refine's core useTable).
 * Only the list pages import this module, and they are lazy routes, so it ships in an on-demand chunk.
 *
 * The filter bar is plain labelled controls over a small store, not antd's Form: a filter bar validates nothing, and
 * antd's Form (rc-field-form, async-validator) was ~25 KB gzip of every list's first visit.
 */

/**
 * A filter bar's values, read when a search runs. A store rather than React state: a choice and the search it starts
 * happen in one event, and the search must see the choice.
 */
export interface FilterValues<TFilters extends object> {
  get<K extends keyof TFilters>(name: K): TFilters[K] | undefined;
  set(values: Partial<TFilters>): void;
  /** Runs the search with the values now. */
  submit(): void;
}

export function useFilterValues<TFilters extends object>(initial: Partial<TFilters>, onSearch: (values: TFilters) => void): FilterValues<TFilters> {
  const store = useRef<Partial<TFilters>>(initial);
  const search = useRef(onSearch);
  search.current = onSearch;
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  return useMemo(
    () => ({
      get: (name) => store.current[name],
      set: (values) => {
        store.current = { ...store.current, ...values };
        rerender();
      },
      submit: () => search.current({ ...store.current } as TFilters),
    }),
    [],
  );
}

/** antd's sorter → Refine's sorting (one column at a time; `columnKey` wins over the data index, as in @refinedev/antd). */
function toCrudSorting(sorter: unknown): CrudSorting {
  const list = (Array.isArray(sorter) ? sorter : [sorter]) as { field?: unknown; columnKey?: unknown; order?: string | null }[];
  return list
    .filter((s) => s && s.field !== undefined && s.order)
    .map((s) => ({ field: String(s.columnKey ?? (Array.isArray(s.field) ? s.field.join('.') : s.field)), order: s.order === 'ascend' ? 'asc' : 'desc' }));
}

/** A pagination item as a link to its page (what @refinedev/antd renders): the URL of every page is a real address. */
function PageLink({ to, children }: { to: string; children: ReactNode }) {
  const Link = useLink();
  return (
    <Link to={to} replace={false} onClick={(e: { preventDefault: () => void }) => e.preventDefault()}>
      {children}
    </Link>
  );
}

/**
 * Refine's useTable as every list page uses it: state synced with the URL, the filter bar's values turned into
 * filters by `onSearch`, plus `submit` (run the search now) and `sortable(field)` (the props of a server-sorted column).
 */
export function useServerTable<TRecord extends BaseRecord, TFilters extends object>(options: {
  resource: string;
  pageSize: number;
  initialSort?: CrudSort;
  onSearch: (values: TFilters) => CrudFilters;
}) {
  const table = useTable<TRecord, ApiError>({
    resource: options.resource,
    syncWithLocation: true,
    pagination: { pageSize: options.pageSize },
    ...(options.initialSort ? { sorters: { initial: [options.initialSort] } } : {}),
    // The page says a failed load in place, with a retry (ServerTable); no toast on top of it.
    errorNotification: false,
  });
  const { tableQuery, filters, sorters, setFilters, setSorters, currentPage, setCurrentPage, pageSize, setPageSize, createLinkForSyncWithLocation } = table;
  const liveMode = useLiveMode(undefined);
  const breakpoint = Grid.useBreakpoint();
  // The bar opens with the filters of the address (a shared link, the back button), field by field.
  const initial = Object.fromEntries(filters.flatMap((f) => ('field' in f ? [[f.field, f.value]] : []))) as Partial<TFilters>;
  const filterValues = useFilterValues<TFilters>(initial, (values) => {
    setFilters(options.onSearch(values));
    setCurrentPage(1);
  });
  const sortable = (field: string) => {
    const order = getDefaultSortOrder(field, sorters);
    return { sorter: true, sortOrder: order ? (`${order}end` as const) : undefined };
  };
  /** Whether any filter narrows the list now (an empty list then says "nothing matches", with a way to clear). */
  const filtered = filters.some((f) => 'field' in f && isSet(f.value));
  const { data, isFetched, isLoading } = tableQuery;
  const tableProps: TableProps<TRecord> = {
    dataSource: data?.data,
    loading: liveMode === 'auto' ? isLoading : !isFetched,
    onChange: (pagination, _filters, sorter) => {
      if (sorter && Object.keys(sorter).length > 0) setSorters(toCrudSorting(sorter));
      setCurrentPage(pagination.current || 1);
      setPageSize(pagination.pageSize || 10);
    },
    pagination: {
      itemRender: (page, type, element) => {
        const to = createLinkForSyncWithLocation({ pagination: { pageSize, currentPage: page }, sorters, filters });
        if (type === 'page') return <PageLink to={to}>{page}</PageLink>;
        if (type === 'next' || type === 'prev') return <PageLink to={to}>{element}</PageLink>;
        if (type === 'jump-next' || type === 'jump-prev') {
          const children = (element as ReactElement<{ children?: ReactNode }>)?.props?.children;
          return <PageLink to={to}>{Children.count(children) > 1 ? <Fragment>{children}</Fragment> : children}</PageLink>;
        }
        return element;
      },
      pageSize,
      current: currentPage,
      simple: !breakpoint.sm,
      position: !breakpoint.sm ? ['bottomCenter'] : ['bottomRight'],
      total: data?.total,
    },
    scroll: { x: true },
  };
  return { ...table, tableProps, filterValues, submit: filterValues.submit, sortable, filtered };
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

const BarContext = createContext<FilterValues<Record<string, unknown>> | null>(null);

function useBar() {
  const bar = useContext(BarContext);
  if (!bar) throw new Error('A filter field belongs inside a FilterBar.');
  return bar;
}

/**
 * The inline filter bar above a list: its fields, then Search and Reset. Reset empties every field (`emptyValues`)
 * and searches again, which removes every filter (and its URL parameter). Fields inside read the values from here.
 */
export function FilterBar<TFilters extends object>(props: {
  values: FilterValues<TFilters>;
  emptyValues: { [K in keyof Required<TFilters>]: TFilters[K] | undefined };
  /** The search button's label, when a page names it otherwise (the audit trail's "查询"). */
  searchLabel?: string;
  /** Space between wrapped rows of fields (12 px). */
  rowGap?: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { values } = props;
  const reset = () => {
    values.set(props.emptyValues as Partial<TFilters>);
    values.submit();
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
    <BarContext.Provider value={values as unknown as FilterValues<Record<string, unknown>>}>
      <form
        className="filter-bar"
        style={props.rowGap === undefined ? undefined : { rowGap: props.rowGap }}
        aria-label={t('buttons.filter')}
        onSubmit={(e) => {
          e.preventDefault();
          values.submit();
        }}
      >
        {props.children}
        <div className="filter-bar-item">
          <Space>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              {props.searchLabel ?? t('common.search')}
            </Button>
            <Button onClick={reset}>{t('common.reset')}</Button>
          </Space>
        </div>
      </form>
    </BarContext.Provider>
  );
}

/** What a filter field calls when its value is final (a choice made, Enter pressed, cleared). */
export function useFilterSubmit() {
  return useBar().submit;
}

/**
 * A field of the bar: its label (tied to the control by `id`, as antd's Form.Item did) and the control. A field that
 * can be refused (`error` given, null while it is not) holds the control and its message in a column, as antd's
 * inline Form.Item did: the message under the control, in the error colour, read out when it comes.
 */
function Item({ id, label, error, children }: { id: string; label?: string; error?: string | null; children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <div className={error ? 'filter-bar-item filter-bar-item-invalid' : 'filter-bar-item'}>
      {label && (
        <label className="filter-bar-label" htmlFor={id} title={label}>
          {label}
        </label>
      )}
      {error === undefined ? (
        children
      ) : (
        <div className="filter-bar-control">
          {children}
          {error && (
            <div id={`${id}_help`} role="alert" style={{ color: token.colorError, fontSize: token.fontSize, lineHeight: token.lineHeight }}>
              {error}
            </div>
          )}
        </div>
      )}
    </div>
  );
}

/**
 * Any control as a filter field, the way antd's Form.Item binds it: the control gets `id`, the value (or `checked`,
 * with `valuePropName`) and an onChange that stores the new value (an event's `target[valuePropName]`, or the value
 * itself) before the control's own onChange runs. With an `error` the control shows antd's error status and is
 * described by the message.
 */
export function FilterField({
  name,
  label,
  valuePropName = 'value',
  error,
  children,
}: {
  name: string;
  label?: string;
  valuePropName?: string;
  /** The field's message when a search refused it; null while it has none (see Item). */
  error?: string | null;
  children: ReactElement;
}) {
  const bar = useBar();
  const control = children as ReactElement<Record<string, unknown>>;
  const own = control.props.onChange as ((...args: unknown[]) => void) | undefined;
  return (
    <Item id={name} label={label} error={error}>
      {cloneElement(control, {
        id: name,
        [valuePropName]: bar.get(name),
        ...(error ? { status: 'error', 'aria-invalid': true, 'aria-describedby': `${name}_help` } : {}),
        onChange: (...args: unknown[]) => {
          const e = args[0] as { target?: Record<string, unknown> } | undefined;
          bar.set({ [name]: e && typeof e === 'object' && e.target && valuePropName in e.target ? e.target[valuePropName] : e });
          own?.(...args);
        },
      })}
    </Item>
  );
}

/** The free-text search box that opens a filter bar: searches on Enter and when cleared. */
export function SearchFilter({ name = 'q', placeholder, width }: { name?: string; placeholder: string; width: number }) {
  const submit = useFilterSubmit();
  return (
    <FilterField name={name}>
      <Input allowClear prefix={<SearchOutlined />} placeholder={placeholder} aria-label={placeholder} style={{ width }} onPressEnter={submit} onClear={submit} />
    </FilterField>
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
    <FilterField name={name} label={label}>
      <Select<TValue>
        allowClear
        placeholder={t('common.all')}
        {...(multiple ? ({ mode: 'multiple', maxTagCount: 'responsive' } as const) : {})}
        {...select}
        aria-label={label}
        onChange={submit}
      />
    </FilterField>
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
