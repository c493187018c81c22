import type { AuditEntityType, AuditEntry } from '@console/shared';
import { useQuery } from '@tanstack/react-query';
import { Flex, Spin, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Panel } from '../common/Panel';
import { useScrollRegion } from '../common/scroll-region';
import { EmptyState, ErrorState } from '../common/states';
import { useFormat } from '../i18n/format';
import { trpc } from '../providers/trpc';
import { ActorName, Changes, StateMove, useActionLabel } from './common';

export const trailKey = (entityType: AuditEntityType, entityId: string) => ['audit', 'trail', entityType, entityId] as const;

/** A record's own changes (who, when, what before and after), newest first, for whoever may see the record. */
export function AuditTrail({ entityType, entityId }: { entityType: AuditEntityType; entityId: string | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  const actionLabel = useActionLabel();
  const query = useQuery({
    queryKey: trailKey(entityType, entityId ?? ''),
    queryFn: () => trpc.audit.trail.query({ entityType, entityId: entityId! }),
    enabled: !!entityId,
  });
  const entries = query.data ? [...query.data].reverse() : [];
  const scrollRef = useScrollRegion<HTMLDivElement>(t('audit.trailTitle'));
  return (
    <div data-testid="audit-trail" style={{ marginTop: 16 }} ref={scrollRef}>
    <Panel title={<h2 style={{ font: 'inherit', margin: 0 }}>{t('audit.trailTitle')}</h2>} size="small">
      {query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : query.isLoading || !entityId ? (
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin aria-label={t('app.loading')} />
        </Flex>
      ) : !entries.length ? (
        <EmptyState title={t('audit.trailEmpty')} />
      ) : (
        <Table<AuditEntry> rowKey="id" size="small" dataSource={entries} pagination={entries.length > 10 ? { pageSize: 10, size: 'small' } : false} scroll={{ x: 720 }}>
          <Table.Column<AuditEntry> dataIndex="at" title={t('audit.fields.at')} width={170} render={(iso: string) => <span className="num">{f.dateTime(iso)}</span>} />
          <Table.Column<AuditEntry> key="actor" title={t('audit.fields.actor')} width={150} render={(_, e) => <ActorName entry={e} />} />
          <Table.Column<AuditEntry> dataIndex="action" title={t('audit.fields.action')} width={130} render={(a: string) => actionLabel(a)} />
          <Table.Column<AuditEntry> key="state" title={t('audit.fields.state')} width={160} render={(_, e) => <StateMove entry={e} />} />
          <Table.Column<AuditEntry> key="changes" title={t('audit.fields.changes')} render={(_, e) => <Changes entry={e} />} />
        </Table>
      )}
    </Panel>
    </div>
  );
}
