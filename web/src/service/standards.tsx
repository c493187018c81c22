import { RATED_TIERS, RESPONSE_TIME_LADDER, type ServiceStandards, type ServiceStandardsContent, SERVICE_TIERS, TIER_METRICS } from '@console/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Col, Form, InputNumber, Popconfirm, Row, Select, Space, Table } from 'antd';
import { TextArea } from '../common/input';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../common/PageHeader';
import { QueryState } from '../common/QueryState';
import { TierTag } from '../common/tags';
import { translateKey } from '../i18n';
import { useFormat } from '../i18n/format';
import { toApiError } from '../providers/errors';
import { useFeedback } from '../providers/feedback';
import { trpc } from '../providers/trpc';
import { Panel } from '../common/Panel';
import { Typography } from '../common/typography';

type FormValues = Omit<ServiceStandardsContent, 'thresholds'> & { thresholds: Record<string, Record<string, number>> };

/** Basis points on the wire, percent in the form. */
const toForm = (s: ServiceStandards): FormValues => ({
  ...s,
  thresholds: Object.fromEntries(RATED_TIERS.map((tier) => [tier, Object.fromEntries(TIER_METRICS.map((m) => [m, s.thresholds[tier][m] / 100]))])),
});
const fromForm = (v: FormValues): ServiceStandardsContent => ({
  ...v,
  note: v.note ?? '',
  thresholds: Object.fromEntries(RATED_TIERS.map((tier) => [tier, Object.fromEntries(TIER_METRICS.map((m) => [m, Math.round(Number(v.thresholds[tier]![m]) * 100)]))])) as ServiceStandardsContent['thresholds'],
});

/** Admins keep the tier standards and traffic weights; every save is a version, and can be re-applied. */
export default function ServiceStandardsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { notification } = useFeedback();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const history = useQuery({ queryKey: ['service', 'standards'], queryFn: () => trpc.service.standards.query() });
  const current = history.data?.[0];
  useEffect(() => {
    if (current) form.setFieldsValue(toForm(current));
  }, [current, form]);
  const save = useMutation({
    mutationFn: (v: FormValues) => trpc.service.saveStandards.mutate({ ...fromForm(v), expectedVersion: current!.version }),
    onSuccess: async (s) => {
      notification.success({ message: t('service.standards.saved', { version: s.version }) });
      await queryClient.invalidateQueries({ queryKey: ['service'] });
    },
    onError: (e) => {
      const api = toApiError(e);
      const fields = Object.entries(api.fieldErrors).map(([path, msgs]) => ({ name: path.split('.'), errors: msgs.map((m) => t(m)) }));
      if (fields.length) form.setFields(fields as never);
      notification.error({ message: translateKey(api.key) });
    },
  });
  const reapply = useMutation({
    mutationFn: () => trpc.service.reapply.mutate(),
    onSuccess: (r) => notification.success({ message: t('service.standards.reapplied', r) }),
    onError: (e) => notification.error({ message: translateKey(toApiError(e).key) }),
  });
  if (!current) return <QueryState isLoading={history.isLoading} error={history.error} onRetry={() => void history.refetch()} />;
  return (
    <>
      <PageHeader
        title={t('service.standardsTitle')}
        subtitle={t('service.standardsSubtitle')}
        extra={
          <Popconfirm title={t('service.standards.reapplyConfirm')} onConfirm={() => reapply.mutate()}>
            <Button loading={reapply.isPending}>{t('service.standards.reapply')}</Button>
          </Popconfirm>
        }
      />
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} initialValues={toForm(current)}>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <Panel title={t('service.standards.thresholds')} extra={<Typography.Text type="secondary">{t('service.standards.current', { version: current.version })}</Typography.Text>}>
              <Form.Item name="responseTimeSec" label={t('service.standards.responseTime')} style={{ maxWidth: 320 }}>
                <Select options={RESPONSE_TIME_LADDER.map((s) => ({ value: s, label: t('service.standards.responseTimeValue', { value: s }) }))} />
              </Form.Item>
              <Table
                size="small"
                rowKey="metric"
                pagination={false}
                dataSource={TIER_METRICS.map((metric) => ({ metric }))}
                columns={[
                  { key: 'metric', title: '', render: (_, r) => `${t(`service.metrics.${r.metric}`)}${r.metric === 'disputeRate' ? t('service.standards.metricMax') : ''}` },
                  ...RATED_TIERS.map((tier) => ({
                    key: tier,
                    title: <TierTag tier={tier} />,
                    render: (_: unknown, r: { metric: string }) => (
                      <Form.Item name={['thresholds', tier, r.metric]} noStyle={false} style={{ margin: 0 }} rules={[{ required: true }]}>
                        <InputNumber aria-label={`${t(`tiers.${tier}`)} ${t(`service.metrics.${r.metric}`)}`} min={0} max={100} step={0.5} precision={2} addonAfter="%" style={{ width: 130 }} />
                      </Form.Item>
                    ),
                  })),
                ]}
              />
            </Panel>
          </Col>
          <Col xs={24} xl={8}>
            <Panel title={t('service.standards.weights')}>
              {SERVICE_TIERS.map((tier) => (
                <Form.Item key={tier} name={['trafficWeights', tier]} label={<TierTag tier={tier} />} rules={[{ required: true }]}>
                  <InputNumber aria-label={`${t(`tiers.${tier}`)} ${t('service.standards.weights')}`} min={-100} max={100} addonAfter="%" style={{ width: 160 }} />
                </Form.Item>
              ))}
              <Form.Item name="note" label={t('service.standards.note')}>
                <TextArea rows={2} maxLength={500} />
              </Form.Item>
              <Space>
                <Button type="primary" htmlType="submit" loading={save.isPending}>
                  {t('service.standards.save')}
                </Button>
              </Space>
            </Panel>
          </Col>
          <Col span={24}>
            <Panel title={t('service.standards.history')}>
              <Table<ServiceStandards>
                size="small"
                rowKey="version"
                dataSource={history.data}
                pagination={{ pageSize: 5, hideOnSinglePage: true }}
                columns={[
                  { key: 'v', title: t('service.standards.version'), render: (_, s) => `v${s.version}` },
                  { key: 'rt', title: t('service.standards.responseTime'), render: (_, s) => t('service.standards.responseTimeValue', { value: s.responseTimeSec }) },
                  ...RATED_TIERS.map((tier) => ({
                    key: tier,
                    title: <TierTag tier={tier} />,
                    render: (_: unknown, s: ServiceStandards) => `${f.percent(s.thresholds[tier].coverage / 10_000)} · ${f.percent(s.thresholds[tier].rate30s / 10_000)} · ${f.percent(s.thresholds[tier].satisfaction / 10_000)}`,
                  })),
                  { key: 'w', title: t('service.standards.weights'), render: (_, s) => SERVICE_TIERS.map((tier) => `${s.trafficWeights[tier] > 0 ? '+' : ''}${s.trafficWeights[tier]}%`).join(' / ') },
                  { key: 'note', title: t('service.standards.note'), dataIndex: 'note' },
                  { key: 'at', title: t('service.standards.createdAt'), render: (_, s) => `${f.dateTime(s.createdAt)} ${s.createdBy ?? ''}` },
                ]}
              />
            </Panel>
          </Col>
        </Row>
      </Form>
    </>
  );
}
