import {
  AUDIT_ENTITY_TYPES,
  type AuditEntityType,
  type AuditEntry,
  type AuditFilters,
} from '@console/shared';
import DownloadOutlined from '@ant-design/icons/DownloadOutlined';
import LeftOutlined from '@ant-design/icons/LeftOutlined';
import ReloadOutlined from '@ant-design/icons/ReloadOutlined';
import RightOutlined from '@ant-design/icons/RightOutlined';
import SearchOutlined from '@ant-design/icons/SearchOutlined';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Flex, Select, Table, message } from 'antd';
import { Input } from '../common/input';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar, FilterField, useFilterValues } from '../common/list';
import { PageHeader } from '../common/PageHeader';
import { Panel } from '../common/Panel';
import { EmptyState, ErrorState } from '../common/states';
import { useFormat } from '../i18n/format';
import { downloadText } from '../launches/common';
import { toApiError } from '../providers/errors';
import { trpc } from '../providers/trpc';
import { ActorName, Changes, StateMove, useActionLabel, useReasonText } from './common';
import { Typography } from '../common/typography';

const PAGE_SIZE = 20;

interface FormValues {
  actorId?: string;
  entityType?: AuditEntityType;
  entityId?: string;
  action?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** The form's values as the search's filters: whole days in the browser's time zone, the end day included. */
export function toAuditFilters(v: FormValues): AuditFilters {
  const [start, end] = v.range ?? [null, null];
  return {
    ...(v.actorId ? { actorId: v.actorId } : {}),
    ...(v.entityType ? { entityType: v.entityType } : {}),
    ...(v.entityId?.trim() ? { entityId: v.entityId.trim() } : {}),
    ...(v.action?.trim() ? { action: v.action.trim() } : {}),
    ...(start ? { from: start.startOf('day').toISOString() } : {}),
    ...(end ? { to: end.add(1, 'day').startOf('day').toISOString() } : {}),
  };
}

const ACTIONS = ['create', 'edit', 'delete', 'submit', 'resubmit', 'withdraw', 'claim', 'approve', 'reject', 'request_changes', 'decline', 'schedule', 'go_live', 'end', 'publish', 'activate', 'supersede', 'save', 'update', 'setRole', 'service_tier', 'service_settings', 'revoke', 'deadline_reminder'];

/** The actor picker: users found by name or username on the server, plus "system". */
function ActorSelect(props: { value?: string; onChange?: (v: string | undefined) => void; id?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [q, setQ] = useState('');
  const users = useQuery({
    queryKey: ['audit', 'actors', q],
    queryFn: () => trpc.users.list.query({ page: 1, pageSize: 20, filters: q ? { q } : {} }),
    placeholderData: keepPreviousData,
  });
  return (
    <Select
      id={props.id}
      aria-label={t('audit.filters.actor')}
      allowClear
      showSearch
      filterOption={false}
      onSearch={setQ}
      value={props.value}
      onChange={props.onChange}
      placeholder={t('audit.filters.actorPlaceholder')}
      style={{ width: 220 }}
      loading={users.isFetching}
      options={[
        { value: 'system', label: t('audit.filters.actorSystem') },
        ...(users.data?.items ?? []).map((u) => ({ value: u.id, label: `${f.name({ name: u.displayName, nameEn: u.displayNameEn })} (${u.username})` })),
      ]}
    />
  );
}

/** Admins: every change of every record, filtered, paged newest first (keyset: older / newer), exported as CSV. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const actionLabel = useActionLabel();
  const reasonText = useReasonText();
  const [filters, setFilters] = useState<AuditFilters>({});
  // A refused search's messages, by field; each search starts without them, as a form's submit did.
  const [errors, setErrors] = useState<Partial<Record<keyof FormValues, string>>>({});
  const values = useFilterValues<FormValues>({}, (v) => void search(v));
  // Cursors of the pages before this one: going back pops, going on pushes.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors.at(-1);
  const [exporting, setExporting] = useState(false);
  const [messageApi, messageHolder] = message.useMessage();
  const query = useQuery({
    queryKey: ['audit', 'search', filters, cursor],
    queryFn: () => trpc.audit.search.query({ filters, cursor, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  async function search(values: FormValues) {
    setErrors({});
    const next = toAuditFilters(values);
    // The server's own schema, checked before asking it: the message lands on the field at fault. It loads (with zod,
    // ~25 KB gzip) on the first search rather than with the page.
    const [{ auditFilters }, { fieldErrorsOf }] = await Promise.all([import('@console/shared/audit/schema'), import('@console/shared/common/errors')]);
    const parsed = auditFilters.safeParse(next);
    if (!parsed.success) {
      setErrors(
        Object.fromEntries(
          Object.entries(fieldErrorsOf(parsed.error)).map(([name, keys]) => [name === 'from' || name === 'to' ? 'range' : name, keys.map((k) => t(k)).join(' ')]),
        ),
      );
      return;
    }
    setFilters(parsed.data);
    setCursors([undefined]);
  }

  async function exportCsv() {
    setExporting(true);
    try {
      const out = await trpc.audit.export.query({ filters, locale: i18n.language === 'en' ? 'en' : 'zh-CN' });
      downloadText(out.csv, t('audit.fileName'));
      if (out.truncated) void messageApi.warning(t('audit.exportTruncated', { count: out.rows }));
      else void messageApi.success(t('audit.exported', { count: out.rows }));
    } catch (error) {
      void messageApi.error(t(toApiError(error).key));
    } finally {
      setExporting(false);
    }
  }

  const items = query.data?.items ?? [];
  const filtered = Object.keys(filters).length > 0;
  return (
    <>
      {messageHolder}
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={() => void query.refetch()} loading={query.isFetching && !query.isLoading} aria-label={t('buttons.refresh')}>
              {t('buttons.refresh')}
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => void exportCsv()} loading={exporting}>
              {t('audit.export')}
            </Button>
          </>
        }
      />
      <Panel>
        <FilterBar<FormValues>
          values={values}
          emptyValues={{ actorId: undefined, entityType: undefined, entityId: undefined, action: undefined, range: undefined }}
          searchLabel={t('audit.filters.search')}
          rowGap={8}
        >
          <FilterField name="actorId" label={t('audit.filters.actor')} error={errors.actorId ?? null}>
            <ActorSelect />
          </FilterField>
          <FilterField name="entityType" label={t('audit.filters.entityType')} error={errors.entityType ?? null}>
            <Select
              allowClear
              style={{ width: 170 }}
              options={AUDIT_ENTITY_TYPES.map((e) => ({ value: e, label: t(`audit.entityTypes.${e}`) }))}
            />
          </FilterField>
          <FilterField name="entityId" label={t('audit.filters.entityId')} error={errors.entityId ?? null}>
            <Input allowClear style={{ width: 170 }} />
          </FilterField>
          <FilterField name="action" label={t('audit.filters.action')} error={errors.action ?? null}>
            <Select allowClear showSearch style={{ width: 150 }} options={ACTIONS.map((a) => ({ value: a, label: actionLabel(a) }))} optionFilterProp="label" />
          </FilterField>
          <FilterField name="range" label={t('audit.filters.range')} error={errors.range ?? null}>
            <DatePicker.RangePicker allowEmpty={[true, true]} />
          </FilterField>
        </FilterBar>
        {query.error && !query.data ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        ) : (
          <>
            <Table<AuditEntry>
              rowKey="id"
              size="small"
              loading={query.isFetching}
              dataSource={items}
              pagination={false}
              scroll={{ x: 1000 }}
              locale={{ emptyText: query.isLoading ? ' ' : <EmptyState title={t('audit.empty')} description={filtered ? t('audit.emptyHint') : undefined} /> }}
            >
              <Table.Column<AuditEntry> dataIndex="at" title={t('audit.fields.at')} width={170} render={(iso: string) => <span className="num">{f.dateTime(iso)}</span>} />
              <Table.Column<AuditEntry> key="actor" title={t('audit.fields.actor')} width={160} render={(_, e) => <ActorName entry={e} />} />
              <Table.Column<AuditEntry>
                key="record"
                title={t('audit.fields.record')}
                width={200}
                render={(_, e) => (
                  <Flex vertical>
                    <span>{i18n.exists(`audit.entityTypes.${e.entityType}`) ? t(`audit.entityTypes.${e.entityType}`) : e.entityType}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {e.entityId}
                    </Typography.Text>
                  </Flex>
                )}
              />
              <Table.Column<AuditEntry> dataIndex="action" title={t('audit.fields.action')} width={130} render={(a: string) => actionLabel(a)} />
              <Table.Column<AuditEntry> key="state" title={t('audit.fields.state')} width={150} render={(_, e) => <StateMove entry={e} />} />
              <Table.Column<AuditEntry> dataIndex="reason" title={t('audit.fields.reason')} width={140} render={(_, e) => reasonText(e)} />
              <Table.Column<AuditEntry> key="changes" title={t('audit.fields.changes')} width={320} render={(_, e) => <Changes entry={e} />} />
            </Table>
            <Flex justify="flex-end" align="center" gap={12} style={{ marginTop: 16 }}>
              <Typography.Text type="secondary">{t('audit.pageOf', { page: cursors.length })}</Typography.Text>
              <Button icon={<LeftOutlined />} disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
                {t('audit.newer')}
              </Button>
              <Button
                disabled={!query.data?.nextCursor || query.isFetching}
                onClick={() => setCursors((c) => [...c, query.data!.nextCursor!])}
              >
                {t('audit.older')}
                <RightOutlined />
              </Button>
            </Flex>
          </>
        )}
      </Panel>
    </>
  );
}

export default AuditPage;
