import {
  CHANNELS,
  LAUNCH_RULES,
  type Launch,
  type LaunchContent,
  MEMBER_TIERS,
  SEASONS,
  type Sku,
  earliestLaunchDate,
  emptyLaunchContent,
  launchSubmitIssues,
  platformDate,
} from '@console/shared';
import DownloadOutlined from '@ant-design/icons/DownloadOutlined';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import UploadOutlined from '@ant-design/icons/UploadOutlined';
import { Alert, Button, Checkbox, Col, DatePicker, Flex, Form, InputNumber, Row, Select, Space, message } from 'antd';
import { Input, TextArea } from '../common/input';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useWarnAboutChange } from '@refinedev/core';
import { useFeedback } from '../providers/feedback';
import { EmptyState } from '../common/states';
import { PageLoading } from '../layout/PageLoading';
import { useFormat } from '../i18n/format';
import { toApiError } from '../providers/errors';
import { useEarlyAccessOffers } from '../perks/api';
import { trpc } from '../providers/trpc';
import { nextOpenWindow, useLaunchWindows, useRefreshApplication, windowFor } from './api';
import { downloadText, useFieldLabel, useIssueText } from './common';
import type { ImportMode } from './csv-import';
import type { CellChange, SkuField, SkuRow } from './sku-grid';
import { Panel } from '../common/Panel';
import { Typography } from '../common/typography';

// The grid and the CSV import are their own chunks: the form's first paint does not wait for them.
const SkuGrid = lazy(() => import('./sku-grid'));
const CsvImportModal = lazy(() => import('./csv-import'));

interface HeaderValues {
  season: LaunchContent['season'];
  year: number;
  title: string;
  launchDate: string | null;
  story: string;
  channels: LaunchContent['channels'];
  earlyTier: LaunchContent['earlyAccess'] extends infer E ? (E extends { tier: infer T } ? T | 'none' : never) : never;
  earlyHours: number | null;
}

const emptySku = (): Sku => ({ code: '', name: '', listPrice: null, launchPrice: null, stock: null, imageUrl: '' });
/** A missing value is the operator's next step, not a mistake: shown only once they try to submit. */
const isRequiredKey = (key: string) => key.endsWith('Required');

let nextKey = 1;
const withKeys = (skus: readonly Sku[]): SkuRow[] => skus.map((s) => ({ ...s, key: nextKey++ }));
const stripKeys = (rows: readonly SkuRow[]): Sku[] => rows.map(({ key: _k, ...s }) => s);

function toHeader(c: LaunchContent): HeaderValues {
  return {
    season: c.season,
    year: c.year,
    title: c.title,
    launchDate: c.launchDate,
    story: c.story,
    channels: c.channels,
    earlyTier: c.earlyAccess?.tier ?? 'none',
    earlyHours: c.earlyAccess?.hours ?? null,
  };
}

function toContent(h: Partial<HeaderValues>, rows: readonly SkuRow[], fallback: LaunchContent): LaunchContent {
  const tier = h.earlyTier ?? 'none';
  return {
    season: h.season ?? fallback.season,
    year: h.year ?? fallback.year,
    title: h.title ?? '',
    launchDate: h.launchDate ?? null,
    story: h.story ?? '',
    channels: h.channels ?? [],
    earlyAccess: tier === 'none' ? null : { tier, hours: h.earlyHours ?? 24 },
    skus: stripKeys(rows),
  };
}

/**
 * The draft form of a launch (create, edit, edit & resubmit). The shared submit rules run as the operator types,
 * with the calendar's window; the same function runs in the bff, so what passes here passes there.
 */
export function LaunchForm({ launch }: { launch?: Launch }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const issueText = useIssueText();
  const fieldLabel = useFieldLabel();
  const refresh = useRefreshApplication();
  const [messageApi, messageHolder] = message.useMessage();
  const windows = useLaunchWindows();
  const [form] = Form.useForm<HeaderValues>();
  const today = platformDate(new Date());
  const initial = useMemo<LaunchContent>(() => {
    if (launch) return launch;
    const open = nextOpenWindow(windows.data, today);
    return emptyLaunchContent(open?.kind === 'aw_launch' ? 'AW' : 'SS', open?.year ?? Number(today.slice(0, 4)));
  }, [launch, windows.data, today]);
  const [rows, setRows] = useState<SkuRow[]>(() => withKeys(launch?.skus ?? []));
  // Sent here by a failed submit (detail page, list row): the rules' messages show at once, marked in place.
  const location = useLocation();
  const sentToFix = (location.state as { submitAttempt?: boolean } | null)?.submitAttempt === true;
  const [attempted, setAttempted] = useState(sentToFix);
  const { notification } = useFeedback();
  // Refine's unsaved-changes warning (warnWhenUnsavedChanges) fires only when the form says it is dirty.
  const { setWarnWhen } = useWarnAboutChange();
  const dirty = useRef(false);
  const markDirty = useCallback(() => {
    if (dirty.current) return;
    dirty.current = true;
    setWarnWhen(true);
  }, [setWarnWhen]);
  // Committed at once (flushSync): the navigation right after a save or submit must not be held by the warning.
  const markClean = useCallback(() => {
    dirty.current = false;
    flushSync(() => setWarnWhen(false));
  }, [setWarnWhen]);
  useEffect(() => () => setWarnWhen(false), [setWarnWhen]);
  const [serverErrors, setServerErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [fixNotice, setFixNotice] = useState(sentToFix);
  const [badPrices, setBadPrices] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const version = useRef(launch?.version);
  const id = useRef(launch?.id);

  const values = Form.useWatch([], form) as Partial<HeaderValues> | undefined;
  const content = useMemo(() => toContent(values ?? toHeader(initial), rows, initial), [values, rows, initial]);
  const window = windowFor(windows.data, content.season, content.year);
  // The member programme's active version says which tiers get early access and how many hours (the bff checks it too).
  const offers = useEarlyAccessOffers();
  const issues = useMemo(() => launchSubmitIssues(content, { window, now: new Date(), earlyAccessOffers: offers }), [content, window, offers]);

  // Messages by path: the rules' own (missing values only after a submit attempt), then the server's.
  const errors = useMemo(() => {
    const out: Record<string, string[]> = {};
    for (const i of issues) {
      if (!attempted && (isRequiredKey(i.key) || i.path === 'skus' || i.path === 'season')) continue;
      (out[i.path] ??= []).push(issueText(i.key, i.params));
    }
    for (const [path, messages] of Object.entries(serverErrors)) {
      const list = (out[path] ??= []);
      for (const m of messages) if (!list.includes(m)) list.push(m);
    }
    return out;
  }, [issues, attempted, serverErrors, issueText]);
  // The same array for an unchanged cell, so that the memoised cells of the grid skip re-rendering.
  const previousSkuErrors = useRef<Record<string, string[]>>({});
  const skuErrors = useMemo(() => {
    const out: Record<string, string[]> = {};
    for (const [path, messages] of Object.entries(errors)) {
      if (!path.startsWith('skus.')) continue;
      const key = path.slice(5);
      const before = previousSkuErrors.current[key];
      out[key] = before && before.join('\n') === messages.join('\n') ? before : messages;
    }
    previousSkuErrors.current = out;
    return out;
  }, [errors]);
  const rowsWithErrors = new Set(Object.keys(skuErrors).map((k) => k.split('.')[0])).size;

  const onCell = useCallback<CellChange>((index, field, value) => {
    markDirty();
    setServerErrors((e) => (Object.keys(e).length ? {} : e));
    setRows((current) => {
      const next = current.slice();
      const row = next[index];
      if (row) next[index] = { ...row, [field]: value };
      return next;
    });
  }, [markDirty]);
  const onRemove = useCallback(
    (index: number) => {
      markDirty();
      setRows((current) => current.filter((_, i) => i !== index));
    },
    [markDirty],
  );
  const onInvalid = useCallback((index: number, field: SkuField, invalid: boolean) => {
    setBadPrices((current) => {
      const key = `${index}.${field}`;
      if (invalid === current.has(key)) return current;
      const next = new Set(current);
      if (invalid) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);

  const fieldHelp = (...paths: string[]) => {
    const messages = paths.flatMap((p) => errors[p] ?? []);
    return messages?.length ? { validateStatus: 'error' as const, help: messages.join(t('launches.listSeparator')) } : {};
  };
  const reviewerComment = (path: string) => (launch?.state === 'changes_requested' ? launch.lastDecision?.fieldComments[path] : undefined);
  const commentExtra = (path: string) => {
    const c = reviewerComment(path);
    return c ? { extra: <Typography.Text type="warning">{`${t('launches.reviewerComments')}${t('launches.colon')}${c}`}</Typography.Text> } : {};
  };

  async function save(): Promise<Launch> {
    const payload = content;
    if (id.current && version.current !== undefined) {
      const saved = await trpc.launches.update.mutate({ ...payload, id: id.current, version: version.current });
      version.current = saved.version;
      return saved;
    }
    const created = await trpc.launches.create.mutate(payload);
    id.current = created.id;
    version.current = created.version;
    return created;
  }

  function showServerError(error: unknown) {
    const api = toApiError(error);
    const byPath: Record<string, string[]> = {};
    for (const [path, keys] of Object.entries(api.fieldErrors)) byPath[path] = keys.map((k) => issueText(k));
    setServerErrors(byPath);
    setFormError(api.code === 'CONFLICT' ? t('errors.staleVersion') : Object.keys(byPath).length ? t(api.key === 'errors.validation' ? 'errors.validation' : api.key) : api.message);
  }

  async function onSave() {
    setBusy('save');
    setFormError(null);
    try {
      const saved = await save();
      markClean();
      await refresh(saved.id);
      void messageApi.success(t('launches.saved'));
      if (!launch) navigate(`/launches/${encodeURIComponent(saved.id)}/edit`, { replace: true });
    } catch (error) {
      showServerError(error);
    } finally {
      setBusy(null);
    }
  }

  async function onSubmit() {
    setAttempted(true);
    setFormError(null);
    if (issues.length || badPrices.size) {
      setFormError(t('launches.fixErrors', { count: issues.length + badPrices.size }));
      return;
    }
    setBusy('submit');
    try {
      const saved = await save();
      const action = saved.state === 'changes_requested' ? trpc.launches.resubmit : trpc.launches.submit;
      const submitted = await action.mutate({ id: saved.id, version: saved.version });
      version.current = submitted.version;
      markClean();
      await refresh(saved.id);
      // Said by the app's notifications, which outlive this form (the page changes right after).
      notification.success({ message: t(saved.state === 'changes_requested' ? 'launches.resubmittedOk' : 'launches.submittedOk'), description: content.title || saved.id });
      navigate(`/launches/${encodeURIComponent(saved.id)}`);
    } catch (error) {
      showServerError(error);
    } finally {
      setBusy(null);
    }
  }

  function onImport(skus: Sku[], mode: ImportMode) {
    markDirty();
    setRows((current) => (mode === 'append' ? [...current, ...withKeys(skus)] : withKeys(skus)));
    setImportOpen(false);
    setServerErrors({});
    void messageApi.success(t('csv.imported', { count: skus.length }));
  }

  const earliest = earliestLaunchDate(new Date());
  const minDate = window && window.startsOn > earliest ? window.startsOn : earliest;
  const dateHelp = window
    ? t('launches.windowHelp', {
        name: f.name(window),
        startsOn: window.startsOn,
        endsOn: window.endsOn,
        deadline: window.submissionDeadline ?? window.endsOn,
        days: LAUNCH_RULES.minLeadDays,
        earliest,
      })
    : t('launches.windowMissing', { year: content.year, season: t(`seasons.${content.season}`) });
  const earlyTier = values?.earlyTier ?? initial.earlyAccess?.tier ?? 'none';
  const decision = launch?.state === 'changes_requested' ? launch.lastDecision : null;

  // The rules need the season's window: wait for the calendar before showing them.
  if (windows.isLoading) return <PageLoading />;

  return (
    <>
      {messageHolder}
      {decision && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('launches.reviewerComments')}
          description={
            <>
              {decision.reason && <Typography.Paragraph style={{ marginBottom: 4 }}>{decision.reason}</Typography.Paragraph>}
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {Object.entries(decision.fieldComments).map(([path, c]) => (
                  <li key={path}>
                    <Typography.Text strong>{fieldLabel(path)}</Typography.Text>{t('launches.colon')}{c}
                  </li>
                ))}
              </ul>
            </>
          }
        />
      )}
      {formError && <Alert type="error" showIcon closable style={{ marginBottom: 16 }} message={formError} onClose={() => setFormError(null)} role="alert" data-testid="form-error" />}
      {!formError && fixNotice && issues.length + badPrices.size > 0 && (
        <Alert
          type="error"
          showIcon
          closable
          style={{ marginBottom: 16 }}
          message={t('launches.fixErrors', { count: issues.length + badPrices.size })}
          onClose={() => setFixNotice(false)}
          role="alert"
          data-testid="form-error"
        />
      )}
      <Form<HeaderValues>
        form={form}
        layout="vertical"
        initialValues={toHeader(initial)}
        onValuesChange={() => {
          markDirty();
          setServerErrors((e) => (Object.keys(e).length ? {} : e));
        }}
        requiredMark={false}
      >
        <Panel title={t('launches.content')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item label={t('launches.fields.seasonYear')} {...fieldHelp('season')} {...commentExtra('season')}>
                <Space.Compact style={{ width: '100%' }}>
                  <Form.Item name="season" noStyle>
                    <Select style={{ width: '55%' }} aria-label={t('launches.fields.season')} options={SEASONS.map((s) => ({ value: s, label: t(`seasons.${s}`) }))} />
                  </Form.Item>
                  <Form.Item name="year" noStyle>
                    <InputNumber style={{ width: '45%' }} min={2000} max={2100} aria-label={t('launches.fields.year')} />
                  </Form.Item>
                </Space.Compact>
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name="title" label={t('launches.fields.title')} {...fieldHelp('title')} {...commentExtra('title')}>
                <Input maxLength={100} showCount placeholder={t('launches.titlePlaceholder')} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="launchDate"
            label={t('launches.fields.launchDate')}
            getValueProps={(v: string | null) => ({ value: v ? dayjs(v) : null })}
            normalize={(d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null)}
            style={{ marginBottom: 28 }}
            {...(errors.launchDate ? fieldHelp('launchDate') : { help: dateHelp })}
            {...commentExtra('launchDate')}
          >
            <DatePicker
              style={{ width: 220 }}
              defaultPickerValue={dayjs(minDate)}
              aria-label={t('launches.fields.launchDate')}
              format={i18n.language === 'en' ? 'MMM D, YYYY' : 'YYYY-MM-DD'}
            />
          </Form.Item>
          <Form.Item name="story" label={t('launches.fields.story')} {...fieldHelp('story')} {...commentExtra('story')}>
            <TextArea rows={3} maxLength={5000} showCount placeholder={t('launches.storyPlaceholder')} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="channels" label={t('launches.fields.channels')} {...fieldHelp('channels')} {...commentExtra('channels')}>
                <Checkbox.Group options={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label={t('launches.fields.earlyAccess')} {...fieldHelp('earlyAccess', 'earlyAccess.tier', 'earlyAccess.hours')} {...commentExtra('earlyAccess')}>
                <Space.Compact>
                  <Form.Item name="earlyTier" noStyle>
                    <Select
                      // Wide enough for the whole offer in either language ("T2 members and above, 12 h early"), which was cut off at 150 px (English needs about 300).
                      style={{ width: 320 }}
                      aria-label={t('launches.fields.earlyTier')}
                      options={[
                        { value: 'none', label: t('launches.earlyNone') },
                        ...(offers
                          ? offers.map((o) => ({ value: o.tier, label: t('launches.earlyValue', { tier: o.tier, hours: o.hours }) }))
                          : MEMBER_TIERS.map((tier) => ({ value: tier, label: `${tier}+` }))),
                      ]}
                      popupMatchSelectWidth={false}
                      onChange={(tier: string) => {
                        const offer = offers?.find((o) => o.tier === tier);
                        if (offer) form.setFieldValue('earlyHours', offer.hours);
                      }}
                    />
                  </Form.Item>
                  <Form.Item name="earlyHours" noStyle>
                    <InputNumber
                      min={1}
                      max={168}
                      precision={0}
                      style={{ width: 140 }}
                      // Set by the offer; editable only when it differs (a draft saved under an earlier programme), so it can be fixed.
                      disabled={earlyTier === 'none' || !!offers?.some((o) => o.tier === earlyTier && o.hours === (values?.earlyHours ?? initial.earlyAccess?.hours))}
                      placeholder="24"
                      addonAfter={t('launches.hoursSuffix')}
                      aria-label={t('launches.fields.earlyHours')}
                    />
                  </Form.Item>
                </Space.Compact>
              </Form.Item>
            </Col>
          </Row>
        </Panel>
      </Form>
      <Panel
        title={
          <Space size={12}>
            <span>{t('launches.fields.skus')}</span>
            <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
              {t('launches.skuSummary', { count: rows.length })}
            </Typography.Text>
            {rowsWithErrors > 0 && (
              <Typography.Text type="danger" style={{ fontWeight: 400 }}>
                {t('launches.skuRowErrors', { count: rowsWithErrors })}
              </Typography.Text>
            )}
          </Space>
        }
        extra={
          <Space wrap>
            <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)}>
              {t('launches.importCsv')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              disabled={!rows.length}
              // The CSV writer (papaparse, ~9 KB gzip) loads on the first export, with the import dialog's parser.
              onClick={async () => {
                const { skusToCsv } = await import('@console/shared/launches/csv');
                downloadText(skusToCsv(stripKeys(rows), i18n.language === 'en' ? 'en' : 'zh-CN'), t('csv.fileName', { title: content.title || 'launch' }));
              }}
            >
              {t('launches.exportCsv')}
            </Button>
            <Button
              icon={<PlusOutlined />}
              onClick={() => {
                markDirty();
                setRows((r) => [...r, ...withKeys([emptySku()])]);
              }}
            >
              {t('launches.addSku')}
            </Button>
          </Space>
        }
        style={{ marginBottom: 16 }}
      >
        <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
          {t('launches.rulesHelp', { min: LAUNCH_RULES.minSkus, max: LAUNCH_RULES.maxSkus })}
        </Typography.Paragraph>
        {(errors.skus || reviewerComment('skus')) && (
          <Alert
            type={errors.skus ? 'error' : 'warning'}
            showIcon
            style={{ marginBottom: 12 }}
            message={errors.skus?.join(t('launches.listSeparator')) ?? `${t('launches.reviewerComments')}${t('launches.colon')}${reviewerComment('skus')}`}
            data-testid="skus-error"
          />
        )}
        {rows.length === 0 ? (
          // No empty scrolling box: what goes here and the two ways to fill it.
          <EmptyState title={t('launches.noSkus')} description={t('launches.noSkusHint', { min: LAUNCH_RULES.minSkus })} />
        ) : (
          <Suspense fallback={<PageLoading />}>
            <SkuGrid rows={rows} errors={skuErrors} onChange={onCell} onRemove={onRemove} onInvalid={onInvalid} />
          </Suspense>
        )}
      </Panel>
      <Flex
        justify="flex-end"
        gap={8}
        style={{ padding: '4px 0 8px' }}
      >
        <Button onClick={() => navigate(launch ? `/launches/${encodeURIComponent(launch.id)}` : '/launches')}>{t('common.cancel')}</Button>
        <Button onClick={() => void onSave()} loading={busy === 'save'} disabled={busy !== null}>
          {t('launches.saveDraft')}
        </Button>
        <Button type="primary" onClick={() => void onSubmit()} loading={busy === 'submit'} disabled={busy !== null}>
          {launch?.state === 'changes_requested' ? t('launches.resubmit') : t('launches.saveAndSubmit')}
        </Button>
      </Flex>
      {importOpen && (
        <Suspense fallback={null}>
          <CsvImportModal open={importOpen} existingCount={rows.length} onClose={() => setImportOpen(false)} onImport={onImport} />
        </Suspense>
      )}
    </>
  );
}
