import {
  addDays,
  type MemberCounts,
  platformDate,
  type ProgrammeContent,
  type ProgrammeOutput,
  programmeIssues,
  type VersionSummary,
} from '@console/shared';
import { Alert, Button, Col, Empty, Popconfirm, Radio, Row, Select, Space, Table, Tag, message } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../common/PageHeader';
import { QueryState } from '../common/QueryState';
import { useFormat } from '../i18n/format';
import { toApiError } from '../providers/errors';
import { trpc } from '../providers/trpc';
import { setAt, useProgramme, useRefreshPerks, useVersion, useVersions } from './api';
import { CostPanel } from './cost';
import { Cell, SettingRow, TierGrid } from './grid';
import { ShopperPreview } from './preview';
import { Panel } from '../common/Panel';
import { Typography } from '../common/typography';

const PublishDialog = lazy(() => import('./publish-dialog'));

export const STATUS_COLORS = { draft: 'default', scheduled: 'blue', active: 'green', superseded: 'default' } as const;

/** The next Monday after `today` (YYYY-MM-DD): when a new version usually starts. */
export function nextMonday(today: string) {
  const dow = new Date(`${today}T00:00:00Z`).getUTCDay();
  return addDays(today, ((8 - dow) % 7) || 7);
}

/** Offline (线上线下打通) and cost assumptions: one labelled row each, editable in a draft. */
export function ProgrammeSettings({
  content,
  errors,
  highlighted,
  readOnly,
  onChange,
}: {
  content: ProgrammeContent;
  errors?: Record<string, string[]>;
  highlighted?: ReadonlySet<string>;
  readOnly?: boolean;
  onChange?: (path: string, value: unknown) => void;
}) {
  const { t } = useTranslation();
  const cell = (path: string, label: string, kind: 'money' | 'int' | 'bool' | 'percent', max?: number) => (
    <SettingRow key={path} label={label}>
      <Cell
        label={label}
        kind={kind}
        max={max}
        value={path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], content)}
        errors={errors?.[path]}
        highlighted={highlighted?.has(path)}
        readOnly={readOnly}
        onChange={(v) => onChange?.(path, v)}
      />
    </SettingRow>
  );
  return (
    <Row gutter={24}>
      <Col xs={24} lg={12}>
        <Typography.Title level={5}>{t('perks.section.offline')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('perks.offline.oneBalance')}</Typography.Paragraph>
        {cell('offline.inStoreEarnPerYuan', t('perks.offline.inStoreEarnPerYuan'), 'int', 100)}
        {cell('offline.inStoreRedemption', t('perks.offline.inStoreRedemption'), 'bool')}
        <SettingRow label={t('perks.offline.storeGroups')}>
          {readOnly ? (
            <span className={highlighted?.has('offline.storeGroups') ? 'perks-changed' : undefined}>
              {content.offline.storeGroups.length ? content.offline.storeGroups.map((g) => <Tag key={g}>{g}</Tag>) : '—'}
            </span>
          ) : (
            <Select
              mode="tags"
              style={{ width: '100%' }}
              aria-label={t('perks.offline.storeGroups')}
              placeholder={t('perks.offline.storeGroupsPlaceholder')}
              value={content.offline.storeGroups}
              onChange={(v: string[]) => onChange?.('offline.storeGroups', v.map((g) => g.trim()).filter(Boolean).slice(0, 50))}
              open={false}
              status={errors?.['offline.storeGroups'] ? 'error' : undefined}
            />
          )}
        </SettingRow>
      </Col>
      <Col xs={24} lg={12}>
        <Typography.Title level={5}>{t('perks.section.assumptions')}</Typography.Title>
        {cell('assumptions.couponRedemptionBp', t('perks.assumption.couponRedemptionBp'), 'percent')}
        {cell('assumptions.birthdayShareBp', t('perks.assumption.birthdayShareBp'), 'percent')}
        {cell('assumptions.basePointsPerMember', t('perks.assumption.basePointsPerMember'), 'int', 1_000_000)}
        {cell('assumptions.pointCostFenPer100', t('perks.assumption.pointCostFenPer100'), 'money', 100_000)}
        {cell('assumptions.inStoreSpendPerMemberFen', t('perks.assumption.inStoreSpendPerMemberFen'), 'money')}
        {cell('assumptions.shippingCostPerMemberFen', t('perks.assumption.shippingCostPerMemberFen'), 'money')}
        {cell('assumptions.serviceCostPerMemberFen', t('perks.assumption.serviceCostPerMemberFen'), 'money')}
      </Col>
    </Row>
  );
}

/** The texts of a cell's problems: the shared rules' keys with their values, or the server's keys. */
export function useIssueErrors(content: ProgrammeContent | null, serviceTier: ProgrammeOutput['merchant']['serviceTier'], server: Record<string, string[]>) {
  const { t } = useTranslation();
  return useMemo(() => {
    const out: Record<string, string[]> = {};
    if (content) {
      for (const issue of programmeIssues(content, { serviceTier })) {
        (out[issue.path] ??= []).push(t(issue.key, { ...issue.params, serviceTier: t(`tiers.${serviceTier}`) }));
      }
    }
    // The server's say (the same rules, or a date): shown where the browser's own check has nothing to say.
    for (const [path, keys] of Object.entries(server)) if (!out[path]) out[path] = keys.map((k) => t(k, { tier: '', date: '' }));
    return out;
  }, [content, serviceTier, server, t]);
}

/** A draft being edited: the tiers side by side, offline, assumptions, its cost against the active version, a preview. */
function DraftEditor({ programme, draft }: { programme: ProgrammeOutput; draft: VersionSummary }) {
  const { t } = useTranslation();
  const f = useFormat();
  const refresh = useRefreshPerks();
  const query = useVersion(draft.number);
  const [content, setContent] = useState<ProgrammeContent | null>(null);
  const [revision, setRevision] = useState(draft.revision);
  const [serverErrors, setServerErrors] = useState<Record<string, string[]>>({});
  const [publishing, setPublishing] = useState(false);
  /** The day the version takes effect (YYYY-MM-DD), chosen in the publish dialog. */
  const [date, setDate] = useState(() => nextMonday(platformDate(new Date())));
  // Once opened, the dialog stays mounted so that it closes with its animation.
  const [publishUsed, setPublishUsed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (query.data) {
      setContent(query.data.content);
      setRevision(query.data.revision);
    }
  }, [query.data]);
  const errors = useIssueErrors(content, programme.merchant.serviceTier, serverErrors);
  const hasErrors = Object.keys(errors).length > 0;
  if (!content) return <QueryState isLoading={query.isLoading} error={query.error} onRetry={() => void query.refetch()} />;

  const change = (path: string, value: unknown) => {
    setContent((c) => (c ? setAt(c, path, value) : c));
    setServerErrors((e) => {
      const { [path]: _gone, ...rest } = e;
      return rest;
    });
  };
  const fail = (error: unknown) => {
    const api = toApiError(error);
    setServerErrors(api.fieldErrors);
    const current = (error as { data?: { currentVersion?: number } }).data?.currentVersion;
    setProblem(api.key === 'perks.staleDraft' ? t('perks.staleDraft', { number: current }) : api.message);
  };
  const save = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const saved = await trpc.perks.saveDraft.mutate({ id: draft.id, revision, content });
      setRevision(saved.revision);
      // Saved either way; the bff's own count of what publishing would refuse (the cells are marked already).
      const cells = new Set(saved.issues.map((i) => i.path)).size;
      if (cells) void message.warning(t('perks.savedWithIssues', { count: cells }));
      else void message.success(t('perks.saved'));
      await refresh();
      return saved.revision;
    } catch (error) {
      fail(error);
      return null;
    } finally {
      setBusy(false);
    }
  };
  const publish = async () => {
    const rev = await save();
    if (rev === null) return;
    setBusy(true);
    try {
      const effectiveFrom = date;
      const v = await trpc.perks.publish.mutate({ id: draft.id, revision: rev, effectiveFrom });
      setPublishing(false);
      void message.success(t('perks.published', { number: v.number, date: f.date(effectiveFrom) }));
      await refresh();
    } catch (error) {
      setPublishing(false);
      fail(error);
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    try {
      await trpc.perks.deleteDraft.mutate({ id: draft.id, revision });
      void message.success(t('perks.deleted'));
      await refresh();
    } catch (error) {
      fail(error);
    }
  };
  const today = platformDate(new Date());
  return (
    <>
      <Panel
        title={
          <Space>
            {t('perks.draftTitle', { number: draft.number })}
            <Typography.Text type="secondary">{draft.basedOn ? t('perks.draftBasedOn', { number: draft.basedOn }) : t('perks.draftFresh')}</Typography.Text>
          </Space>
        }
        extra={
          <Space>
            <Popconfirm title={t('perks.deleteConfirm')} onConfirm={() => void remove()}>
              <Button danger>{t('perks.deleteDraft')}</Button>
            </Popconfirm>
            <Button onClick={() => void save()} loading={busy}>
              {t('perks.save')}
            </Button>
            <Button type="primary" disabled={hasErrors} onClick={() => {
              setPublishUsed(true);
              setPublishing(true);
            }} title={hasErrors ? t('perks.fixFirst') : undefined}>
              {t('perks.publish')}
            </Button>
          </Space>
        }
        style={{ marginBottom: 16 }}
      >
        {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} data-testid="perks-problem" />}
        <Space style={{ marginBottom: 12 }}>
          <Typography.Text>{t('perks.qualifyBy')}</Typography.Text>
          <Radio.Group
            value={content.qualifyBy}
            onChange={(e) => change('qualifyBy', e.target.value)}
            options={(['spend', 'points'] as const).map((q) => ({ value: q, label: t(`perks.qualify.${q}`) }))}
            optionType="button"
            aria-label={t('perks.qualifyBy')}
          />
        </Space>
        <TierGrid content={content} errors={errors} onChange={change} />
        <div style={{ marginTop: 16 }}>
          <ProgrammeSettings content={content} errors={errors} onChange={change} />
        </div>
      </Panel>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Panel title={t('perks.section.cost')} style={{ marginBottom: 16 }}>
            <CostPanel content={content} active={programme.active?.content ?? null} members={programme.merchant.members} />
          </Panel>
        </Col>
        <Col xs={24} xl={10}>
          <Panel title={t('perks.section.preview')} style={{ marginBottom: 16 }}>
            <ShopperPreview content={content} />
          </Panel>
        </Col>
      </Row>
      {/* The publish dialog (its date picker, ~33 KB gzip) loads on the first "publish", not with the editor. */}
      {publishUsed && (
        <Suspense fallback={null}>
          <PublishDialog
            open={publishing}
            number={draft.number}
            date={date}
            today={today}
            busy={busy}
            onDate={setDate}
            onOk={() => void publish()}
            onCancel={() => setPublishing(false)}
          />
        </Suspense>
      )}
    </>
  );
}

/** The versions of a programme, newest first, each opening its page (with what changed). */
export function VersionsCard({ merchantId }: { merchantId?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const query = useVersions(merchantId);
  const base = merchantId ? `/perks/merchants/${encodeURIComponent(merchantId)}/versions` : '/perks/versions';
  return (
    <Panel title={t('perks.section.versions')} style={{ marginBottom: 16 }}>
      <Table<VersionSummary>
        size="small"
        rowKey="id"
        loading={query.isLoading}
        dataSource={query.data?.items ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        data-testid="versions"
        columns={[
          { key: 'number', title: t('perks.versions.number'), render: (_, v) => <Link to={`${base}/${v.number}`}>{t('perks.version.title', { number: v.number })}</Link> },
          { key: 'status', title: t('perks.versions.status'), render: (_, v) => <Tag color={STATUS_COLORS[v.status]}>{t(`perks.status.${v.status}`)}</Tag> },
          { key: 'effectiveFrom', title: t('perks.versions.effectiveFrom'), render: (_, v) => f.date(v.effectiveFrom) },
          { key: 'publishedBy', title: t('perks.versions.publishedBy'), render: (_, v) => f.name(v.publishedBy) },
          { key: 'updatedAt', title: t('perks.versions.updatedAt'), render: (_, v) => f.dateTime(v.updatedAt) },
        ]}
      />
    </Panel>
  );
}

/** A published programme, read-only: the grid, offline and assumptions, cost and preview. */
export function ProgrammeView({ content, active, members, highlighted }: { content: ProgrammeContent; active: ProgrammeContent | null; members: MemberCounts; highlighted?: ReadonlySet<string> }) {
  const { t } = useTranslation();
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Typography.Text>{t('perks.qualifyBy')}</Typography.Text>
        <Tag>{t(`perks.qualify.${content.qualifyBy}`)}</Tag>
      </Space>
      <TierGrid content={content} readOnly highlighted={highlighted} />
      <div style={{ marginTop: 16 }}>
        <ProgrammeSettings content={content} readOnly highlighted={highlighted} />
      </div>
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col xs={24} xl={14}>
          <Typography.Title level={5}>{t('perks.section.cost')}</Typography.Title>
          <CostPanel content={content} active={active} members={members} />
        </Col>
        <Col xs={24} xl={10}>
          <Typography.Title level={5}>{t('perks.section.preview')}</Typography.Title>
          <ShopperPreview content={content} />
        </Col>
      </Row>
    </>
  );
}

/** `/perks` for an operator (their merchant, editable) and `/perks/merchants/:merchantId` for a manager (read-only). */
export function ProgrammePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { merchantId } = useParams();
  const query = useProgramme(merchantId);
  const refresh = useRefreshPerks();
  const [starting, setStarting] = useState(false);
  const p = query.data;
  if (!p) return <QueryState isLoading={query.isLoading} error={query.error} onRetry={() => void query.refetch()} />;
  const readOnly = !!merchantId;
  const draft = readOnly ? undefined : p.drafts[0];
  const start = async () => {
    setStarting(true);
    try {
      await trpc.perks.createDraft.mutate({});
      await refresh();
    } catch (error) {
      void message.error(toApiError(error).message);
    } finally {
      setStarting(false);
    }
  };
  return (
    <>
      <PageHeader
        title={readOnly ? t('perks.managerTitle', { name: p.merchant.name }) : t('perks.title')}
        subtitle={p.active ? t('perks.activeSince', { number: p.active.number, date: f.date(p.active.effectiveFrom) }) : t('perks.noActive')}
        backTo={readOnly ? '/perks/merchants' : undefined}
        tags={
          <>
            {readOnly && <Tag>{t('perks.readOnly')}</Tag>}
            <Tag color="gold">{t(`tiers.${p.merchant.serviceTier}`)}</Tag>
            {p.scheduled.map((s) => (
              <Tag key={s.id} color="blue" data-testid="scheduled">
                {t('perks.scheduledFrom', { number: s.number, date: f.date(s.effectiveFrom) })}
              </Tag>
            ))}
          </>
        }
        extra={
          !readOnly && !draft && p.active ? (
            <Button type="primary" loading={starting} onClick={() => void start()}>
              {t('perks.newDraft')}
            </Button>
          ) : undefined
        }
      />
      {draft ? (
        <>
          {p.drafts.length > 1 && <Alert type="info" showIcon message={t('perks.otherDrafts', { count: p.drafts.length - 1 })} style={{ marginBottom: 12 }} />}
          <DraftEditor key={draft.id} programme={p} draft={draft} />
        </>
      ) : p.active ? (
        <Panel title={t('perks.activeTitle', { number: p.active.number })} style={{ marginBottom: 16 }}>
          <ProgrammeView content={p.active.content} active={p.active.content} members={p.merchant.members} />
        </Panel>
      ) : (
        <Panel style={{ marginBottom: 16 }}>
          <Empty description={<Space direction="vertical"><Typography.Text strong>{t('perks.empty')}</Typography.Text>{!readOnly && <Typography.Text type="secondary">{t('perks.emptyHint')}</Typography.Text>}</Space>}>
            {!readOnly && (
              <Button type="primary" loading={starting} onClick={() => void start()}>
                {t('perks.startFromTemplate')}
              </Button>
            )}
          </Empty>
        </Panel>
      )}
      <VersionsCard merchantId={merchantId} />
    </>
  );
}

export default ProgrammePage;
