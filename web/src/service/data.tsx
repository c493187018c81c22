import { type ApiKey, DEFAULT_TIME_ZONE, type EventCsvError, type EventCsvResult, eventsCsvTemplate, parseEventsCsv, SKU_CSV_MAX_BYTES, skuCsvTooLarge } from '@console/shared';
import DownloadOutlined from '@ant-design/icons/DownloadOutlined';
import InboxOutlined from '@ant-design/icons/InboxOutlined';
import KeyOutlined from '@ant-design/icons/KeyOutlined';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Col, Form, Input, Modal, Popconfirm, Row, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../common/PageHeader';
import { useFormat } from '../i18n/format';
import { translateKey } from '../i18n';
import { downloadText } from '../launches/common';
import { toApiError } from '../providers/errors';
import { useFeedback } from '../providers/feedback';
import { trpc } from '../providers/trpc';
import { Panel } from '../common/Panel';

const INGEST_PATH = '/api/service/events';

async function readEvents(file: Blob): Promise<EventCsvResult> {
  if (file.size > SKU_CSV_MAX_BYTES) return { ok: false, errors: [{ ...skuCsvTooLarge(file.size), field: null }], encoding: null };
  const buffer = typeof file.arrayBuffer === 'function' ? await file.arrayBuffer() : await new Response(file).arrayBuffer();
  return parseEventsCsv(new Uint8Array(buffer), DEFAULT_TIME_ZONE);
}

function EventsUpload() {
  const { t, i18n } = useTranslation();
  const { notification } = useFeedback();
  const queryClient = useQueryClient();
  const [result, setResult] = useState<(EventCsvResult & { file: string }) | null>(null);
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
    <Panel title={t('service.upload.title')} extra={<Button icon={<DownloadOutlined />} onClick={() => downloadText(eventsCsvTemplate(i18n.language === 'en' ? 'en' : 'zh-CN'), 'service-events.csv')}>{t('service.upload.template')}</Button>}>
      <Typography.Paragraph type="secondary">{t('service.upload.hint', { tz: DEFAULT_TIME_ZONE })}</Typography.Paragraph>
      <Upload.Dragger
        accept=".csv,text/csv"
        showUploadList={false}
        beforeUpload={async (file) => {
          setResult({ ...(await readEvents(file)), file: file.name });
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{t('service.upload.drop')}</p>
      </Upload.Dragger>
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
  const [form] = Form.useForm<{ name: string }>();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const keys = useQuery({ queryKey: ['service', 'keys'], queryFn: () => trpc.service.keys.query() });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['service', 'keys'] });
  const create = useMutation({
    mutationFn: (name: string) => trpc.service.createKey.mutate({ name }),
    onSuccess: async (r) => {
      setCreating(false);
      form.resetFields();
      setSecret(r.secret);
      await refresh();
    },
    onError: (e) => {
      const api = toApiError(e);
      const field = api.fieldErrors?.name?.[0];
      if (field) form.setFields([{ name: 'name', errors: [t(field)] }]);
      else notification.error({ message: translateKey(api.key) });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => trpc.service.revokeKey.mutate({ id }),
    onSuccess: () => refresh(),
    onError: (e) => notification.error({ message: translateKey(toApiError(e).key) }),
  });
  const endpoint = `${window.location.origin}${INGEST_PATH}`;
  return (
    <Panel
      title={t('service.keys.title')}
      extra={
        <Button type="primary" icon={<KeyOutlined />} onClick={() => setCreating(true)}>
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
      <Modal open={creating} title={t('service.keys.create')} onCancel={() => setCreating(false)} onOk={() => form.submit()} confirmLoading={create.isPending} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v.name)}>
          <Form.Item name="name" label={t('service.keys.name')} rules={[{ required: true, whitespace: true, message: t('service.keyNameRequired') }]}>
            <Input placeholder={t('service.keys.namePlaceholder')} maxLength={60} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal open={secret !== null} title={t('service.keys.secretTitle')} onCancel={() => setSecret(null)} footer={<Button type="primary" onClick={() => setSecret(null)}>OK</Button>}>
        <Alert type="warning" showIcon message={t('service.keys.secretOnce')} style={{ marginBottom: 12 }} />
        <Typography.Paragraph copyable={{ text: secret ?? '' }} code data-testid="new-api-key">
          {secret}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          <code>{`curl -X POST ${endpoint} -H "Authorization: Bearer ${secret ?? ''}" -H "Content-Type: application/json" -d '{"events":[…]}'`}</code>
        </Typography.Paragraph>
      </Modal>
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
          <EventsUpload />
        </Col>
        <Col xs={24} xl={12}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <ApiKeys />
          </Space>
        </Col>
      </Row>
    </>
  );
}
