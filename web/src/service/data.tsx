import { type ApiKey, DEFAULT_TIME_ZONE, type EventCsvError, type EventCsvResult, knownTimeZones } from '@console/shared';
import GlobalOutlined from '@ant-design/icons/GlobalOutlined';
import DownloadOutlined from '@ant-design/icons/DownloadOutlined';
import InboxOutlined from '@ant-design/icons/InboxOutlined';
import KeyOutlined from '@ant-design/icons/KeyOutlined';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, AutoComplete, Button, Col, Form, Popconfirm, Row, Space, Table, Tag } from 'antd';
import { Input } from '../common/input';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../common/PageHeader';
import { useFormat } from '../i18n/format';
import { translateKey } from '../i18n';
import { downloadText } from '../launches/common';
import { toApiError } from '../providers/errors';
import { useFeedback } from '../providers/feedback';
import { trpc } from '../providers/trpc';
import { Panel } from '../common/Panel';
import { FileDrop } from '../common/file-picker';
import { Typography } from '../common/typography';

const INGEST_PATH = '/api/service/events';
const NewKeyDialog = lazy(() => import('./key-dialogs').then((m) => ({ default: m.NewKeyDialog })));
const SecretDialog = lazy(() => import('./key-dialogs').then((m) => ({ default: m.SecretDialog })));

// The events CSV reader and writer (papaparse, and zod for the rows: ~35 KB gzip) load on the first upload or
// template download, not with the page.
const loadCsv = () => import('@console/shared/service/csv');

async function readEvents(file: Blob, tz: string): Promise<EventCsvResult> {
  const [{ parseEventsCsv }, { SKU_CSV_MAX_BYTES, skuCsvTooLarge }] = await Promise.all([loadCsv(), import('@console/shared/launches/csv')]);
  if (file.size > SKU_CSV_MAX_BYTES) return { ok: false, errors: [{ ...skuCsvTooLarge(file.size), field: null }], encoding: null };
  const buffer = typeof file.arrayBuffer === 'function' ? await file.arrayBuffer() : await new Response(file).arrayBuffer();
  return parseEventsCsv(new Uint8Array(buffer), tz);
}

const settingsKey = ['service', 'settings'] as const;
const useSettings = () => useQuery({ queryKey: settingsKey, queryFn: () => trpc.service.settings.query() });

/** The store's time zone: the one its service hours, days and weeks are counted in. */
function ServiceSettings() {
  const { t } = useTranslation();
  const { notification } = useFeedback();
  const queryClient = useQueryClient();
  const settings = useSettings();
  const [form] = Form.useForm<{ timeZone: string }>();
  const [search, setSearch] = useState('');
  const zones = useMemo(() => knownTimeZones(), []);
  const options = useMemo(() => {
    const q = search.trim().toLowerCase();
    return zones.filter((z) => !q || z.toLowerCase().includes(q)).slice(0, 50).map((z) => ({ value: z }));
  }, [zones, search]);
  const save = useMutation({
    mutationFn: (timeZone: string) => trpc.service.saveSettings.mutate({ timeZone }),
    onSuccess: async (r) => {
      notification.success({ message: t('service.settings.saved', { tz: r.timeZone }) });
      form.setFieldsValue({ timeZone: r.timeZone });
      await queryClient.invalidateQueries({ queryKey: ['service'] });
    },
    onError: (e) => {
      const api = toApiError(e);
      const field = api.fieldErrors?.timeZone?.[0];
      if (field) form.setFields([{ name: 'timeZone', errors: [t(field)] }]);
      else notification.error({ message: translateKey(api.key) });
    },
  });
  const current = settings.data?.timeZone;
  return (
    <Panel title={t('service.settings.title')}>
      {current && (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ timeZone: current }}
          onFinish={(v) => save.mutate(v.timeZone.trim())}
          requiredMark={false}
        >
          <Form.Item
            name="timeZone"
            label={t('service.settings.timeZone')}
            extra={t('service.settings.timeZoneHint')}
            rules={[
              {
                validator: async (_, value: string | undefined) => {
                  // The server's own schema; it loads (with zod) when the field is first checked.
                  const { merchantTimeZone } = await import('@console/shared/service/schema');
                  const r = merchantTimeZone.safeParse(value ?? '');
                  if (!r.success) throw new Error(t(r.error.issues[0]!.message));
                },
              },
            ]}
          >
            <AutoComplete options={options} onSearch={setSearch} placeholder={t('service.settings.timeZonePlaceholder')} style={{ maxWidth: 360 }}>
              <Input prefix={<GlobalOutlined />} aria-label={t('service.settings.timeZone')} />
            </AutoComplete>
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('service.settings.save')}
            </Button>
            <Typography.Text type="secondary">{t('service.settings.current', { tz: current })}</Typography.Text>
          </Space>
        </Form>
      )}
    </Panel>
  );
}

function EventsUpload() {
  const { t, i18n } = useTranslation();
  const { notification } = useFeedback();
  const queryClient = useQueryClient();
  const [result, setResult] = useState<(EventCsvResult & { file: string }) | null>(null);
  const tz = useSettings().data?.timeZone ?? DEFAULT_TIME_ZONE;
  const importing = useMutation({
    mutationFn: (events: Extract<EventCsvResult, { ok: true }>['events']) => trpc.service.importEvents.mutate({ events }),
    onSuccess: async (r) => {
      notification.success({ message: t('service.upload.done', r) });
      setResult(null);
      await queryClient.invalidateQueries({ queryKey: ['service'] });
    },
    onError: (e) => notification.error({ message: translateKey(toApiError(e).key) }),
  });
  const errorText = (e: EventCsvError) => t(e.key, e.params ?? {});
  return (
    <Panel title={t('service.upload.title')} extra={<Button icon={<DownloadOutlined />} onClick={async () => downloadText((await loadCsv()).eventsCsvTemplate(i18n.language === 'en' ? 'en' : 'zh-CN'), 'service-events.csv')}>{t('service.upload.template')}</Button>}>
      <Typography.Paragraph type="secondary">{t('service.upload.hint', { tz })}</Typography.Paragraph>
      <FileDrop
        accept=".csv,text/csv"
        onFile={async (file) => {
          setResult({ ...(await readEvents(file, tz)), file: file.name });
        }}
      >
        <p className="file-drop-icon">
          <InboxOutlined />
        </p>
        <p>{t('service.upload.drop')}</p>
      </FileDrop>
      {result?.ok && (
        <Alert
          style={{ marginTop: 12 }}
          type="success"
          showIcon
          message={t('service.upload.ready', { file: result.file, count: result.events.length })}
          action={
            <Button type="primary" loading={importing.isPending} onClick={() => importing.mutate(result.events)}>
              {t('service.upload.import', { count: result.events.length })}
            </Button>
          }
        />
      )}
      {result && !result.ok && (
        <>
          <Alert style={{ marginTop: 12 }} type="error" showIcon message={t('service.upload.invalid', { file: result.file, count: result.errors.length })} />
          <Table
            size="small"
            style={{ marginTop: 8 }}
            rowKey={(e) => `${e.line}:${e.field}:${e.key}`}
            dataSource={result.errors}
            pagination={{ pageSize: 8, hideOnSinglePage: true }}
            columns={[
              { key: 'line', title: t('service.upload.line'), dataIndex: 'line', width: 70 },
              { key: 'field', title: t('service.upload.field'), dataIndex: 'field', width: 140, render: (f: string | null) => f ?? '—' },
              { key: 'problem', title: t('service.upload.problem'), render: (_, e) => errorText(e) },
            ]}
          />
        </>
      )}
    </Panel>
  );
}

function ApiKeys() {
  const { t } = useTranslation();
  const f = useFormat();
  const { notification } = useFeedback();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  // The dialogs load on the first "create key" (./key-dialogs) and stay mounted after it.
  const [dialogsUsed, setDialogsUsed] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const keys = useQuery({ queryKey: ['service', 'keys'], queryFn: () => trpc.service.keys.query() });
  const revoke = useMutation({
    mutationFn: (id: string) => trpc.service.revokeKey.mutate({ id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['service', 'keys'] }),
    onError: (e) => notification.error({ message: translateKey(toApiError(e).key) }),
  });
  const endpoint = `${window.location.origin}${INGEST_PATH}`;
  return (
    <Panel
      title={t('service.keys.title')}
      extra={
        <Button
          type="primary"
          icon={<KeyOutlined />}
          onClick={() => {
            setDialogsUsed(true);
            setCreating(true);
          }}
        >
          {t('service.keys.create')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('service.keys.hint', { path: INGEST_PATH })}</Typography.Paragraph>
      <Table<ApiKey>
        size="small"
        rowKey="id"
        loading={keys.isLoading}
        dataSource={keys.data ?? []}
        pagination={false}
        locale={{ emptyText: t('service.keys.empty') }}
        columns={[
          { key: 'name', title: t('service.keys.name'), dataIndex: 'name' },
          { key: 'prefix', title: t('service.keys.prefix'), render: (_, k) => <Typography.Text code>{k.prefix}…</Typography.Text> },
          { key: 'created', title: t('service.keys.createdAt'), render: (_, k) => `${f.dateTime(k.createdAt)} · ${k.createdBy ?? ''}` },
          { key: 'used', title: t('service.keys.lastUsedAt'), render: (_, k) => (k.lastUsedAt ? f.dateTime(k.lastUsedAt) : t('service.keys.never')) },
          { key: 'status', title: t('service.keys.status'), render: (_, k) => (k.revokedAt ? <Tag>{t('service.keys.revoked')}</Tag> : <Tag color="success">{t('service.keys.active')}</Tag>) },
          {
            key: 'actions',
            title: t('table.actions'),
            render: (_, k) =>
              k.revokedAt ? null : (
                <Popconfirm title={t('service.keys.revokeConfirm')} onConfirm={() => revoke.mutate(k.id)}>
                  <Button size="small" danger>
                    {t('service.keys.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      {dialogsUsed && (
        <Suspense fallback={null}>
          <NewKeyDialog open={creating} onClose={() => setCreating(false)} onCreated={setSecret} />
          <SecretDialog secret={secret} endpoint={endpoint} onClose={() => setSecret(null)} />
        </Suspense>
      )}
    </Panel>
  );
}

/** The operator's events upload and API keys. */
export default function ServiceDataPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('service.dataTitle')} subtitle={t('service.dataSubtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <EventsUpload />
            <ServiceSettings />
          </Space>
        </Col>
        <Col xs={24} xl={12}>
          <ApiKeys />
        </Col>
      </Row>
    </>
  );
}
