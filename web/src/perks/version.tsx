import { Alert, Select, Space, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AuditTrail } from '../audit/trail';
import { PageHeader } from '../common/PageHeader';
import { QueryState } from '../common/QueryState';
import { useFormat } from '../i18n/format';
import { ApplicationDiff } from '../review/diff';
import { useDiff, useProgramme, useVersion, useVersions } from './api';
import { diffQualifyBy, useDiffText } from './diff-text';
import { ProgrammeView, STATUS_COLORS } from './programme';
import { Panel } from '../common/Panel';
import { Typography } from '../common/typography';

/**
 * One version of a programme, read-only, compared with another (by default the newest other version): the cells
 * that differ are highlighted, and the review diff lists them old → new.
 */
export function VersionPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const params = useParams();
  const merchantId = params.merchantId;
  const number = Number(params.number);
  const version = useVersion(Number.isInteger(number) && number > 0 ? number : null, merchantId);
  const programme = useProgramme(merchantId);
  const versions = useVersions(merchantId);
  const others = useMemo(() => (versions.data?.items ?? []).filter((v) => v.number !== number), [versions.data, number]);
  const [chosen, setChosen] = useState<number | null>(null);
  const other = chosen ?? others[0]?.number ?? null;
  const [from, to] = other === null ? [null, null] : other < number ? [other, number] : [number, other];
  const diff = useDiff(from, to, merchantId);
  // Each side's threshold in its own version's unit (¥ or points).
  const own = version.data?.content.qualifyBy ?? 'spend';
  const qualifyBy = useMemo(() => diffQualifyBy(diff.data?.fields, own), [diff.data, own]);
  const { label, valueText } = useDiffText(qualifyBy);
  const highlighted = useMemo(() => new Set((diff.data?.fields ?? []).map((c) => c.path)), [diff.data]);
  const v = version.data;
  const p = programme.data;
  if (!v || !p) {
    return <QueryState isLoading={version.isLoading || programme.isLoading} error={version.error ?? programme.error} onRetry={() => void version.refetch()} />;
  }
  const back = merchantId ? `/perks/merchants/${encodeURIComponent(merchantId)}` : '/perks';
  return (
    <>
      <PageHeader
        title={t('perks.version.title', { number: v.number })}
        subtitle={merchantId ? p.merchant.name : t('perks.title')}
        backTo={back}
        tags={<Tag color={STATUS_COLORS[v.status]}>{t(`perks.status.${v.status}`)}</Tag>}
        extra={
          v.effectiveFrom ? <Typography.Text type="secondary">{`${t('perks.effectiveFrom')}: ${f.date(v.effectiveFrom)}`}</Typography.Text> : undefined
        }
      />
      <Panel style={{ marginBottom: 16 }}>
        <Space style={{ marginBottom: 12 }} wrap>
          <Typography.Text>{t('perks.version.compareWith')}</Typography.Text>
          <Select
            aria-label={t('perks.version.compareWith')}
            style={{ minWidth: 200 }}
            value={other ?? undefined}
            onChange={(n: number) => setChosen(n)}
            options={others.map((o) => ({ value: o.number, label: `${t('perks.version.title', { number: o.number })} · ${t(`perks.status.${o.status}`)}` }))}
            notFoundContent={t('perks.version.noOther')}
          />
        </Space>
        {other === null ? (
          <Alert type="info" showIcon message={t('perks.version.noOther')} />
        ) : (
          <>
            {diff.data && !diff.data.same && <Alert type="warning" showIcon message={t('perks.version.changed', { other })} style={{ marginBottom: 12 }} />}
            {diff.data && <ApplicationDiff diff={diff.data} label={label} valueText={valueText} />}
          </>
        )}
      </Panel>
      <Panel>
        <ProgrammeView content={v.content} active={p.active?.content ?? null} members={p.merchant.members} highlighted={highlighted} />
      </Panel>
      <AuditTrail entityType="perk_version" entityId={v.id} />
    </>
  );
}

export default VersionPage;
