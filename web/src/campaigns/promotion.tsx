import {
  type CampaignApplication,
  FESTIVALS,
  JOINABLE_PHASES,
  PARTICIPATION_MODES,
  type PromoSku,
  type PromotionContent,
  TARGET_MARKETS,
} from '@console/shared';
import type { parsePromoSkuCsv } from '@console/shared/campaigns/csv';
import DownloadOutlined from '@ant-design/icons/DownloadOutlined';
import UploadOutlined from '@ant-design/icons/UploadOutlined';
import { Alert, Button, Checkbox, Col, Form, InputNumber, Radio, Row, Select, Space, Switch, Table } from 'antd';
import { Input } from '../common/input';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../common/PageHeader';
import { downloadText, StateTag } from '../launches/common';
import { trpc } from '../providers/trpc';
import { usePromotionEligibility } from './api';
import { ActionBar, CampaignTimeline, ErrorAlert, useCampaignSave } from './actions';
import { EligibilityCard } from './eligibility-card';
import { PromoSkuTable } from './sku-table';
import { Panel } from '../common/Panel';
import { FileButton } from '../common/file-picker';
import { Typography } from '../common/typography';

// The SKU CSV reader and writer (papaparse, ~9 KB gzip) load on the first import or export, not with the page.
const loadCsv = () => import('@console/shared/campaigns/csv');

type Header = Omit<PromotionContent, 'skus'>;
// A new registration starts with the next Double 11 whose registration is still ahead (it closes in October).
const EMPTY: PromotionContent = { festival: 'double11', year: new Date().getFullYear() + (new Date().getMonth() >= 9 ? 1 : 0), title: '', mode: 'selected_items', phases: ['presale', 'official'], global: false, targetMarkets: [], skus: [] };
type CsvErrors = Extract<ReturnType<typeof parsePromoSkuCsv>, { ok: false }>['errors'];

/** A 618 / Double 11 registration: eligibility, mode, phases, global markets, SKUs from CSV (the launch import's parser). */
export function PromotionPage({ app }: { app?: Extract<CampaignApplication, { kind: 'promotion' }> }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Header>();
  const content = app?.content ?? EMPTY;
  const [skus, setSkus] = useState<PromoSku[]>(content.skus);
  const [csvErrors, setCsvErrors] = useState<CsvErrors | null>(null);
  const festival = Form.useWatch('festival', form) ?? content.festival;
  const year = Form.useWatch('year', form) ?? content.year;
  const mode = Form.useWatch('mode', form) ?? content.mode;
  const global = Form.useWatch('global', form) ?? content.global;
  const eligibility = usePromotionEligibility(festival, year);
  const editable = !app || app.allowedActions.includes('edit');
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const save = useCampaignSave<PromotionContent>({
    app,
    create: (c) => trpc.campaigns.createPromotion.mutate(c),
    update: (id, version, c) => trpc.campaigns.updatePromotion.mutate({ id, version, ...c }),
    onFieldErrors: (errors) =>
      form.setFields(
        Object.entries(errors)
          .filter(([p]) => !p.startsWith('eligibility.') && !p.startsWith('skus') && p !== '_')
          .map(([p, keys]) => ({ name: p as keyof Header, errors: keys.map((k) => t(k)) })),
      ),
  });
  const submit = (name: 'save' | 'submit') => void save.run(name, { ...EMPTY, ...form.getFieldsValue(true), skus });

  return (
    <>
      <PageHeader
        title={app ? app.title || t('campaigns.promotionTitle') : t('campaigns.newPromotion')}
        subtitle={t('campaigns.promotionTitle')}
        tags={app && <StateTag state={app.state} />}
        backTo="/campaigns"
        extra={<ActionBar app={app} busy={save.busy} onSave={() => submit('save')} onSubmit={() => submit('submit')} onWithdraw={() => void save.withdraw()} />}
      />
      <ErrorAlert error={save.error} onClose={() => save.setError(null)} />
      <EligibilityCard eligibility={eligibility.data} />
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Panel style={{ marginBottom: 16 }}>
            <Form<Header> form={form} layout="vertical" initialValues={content} disabled={!editable}>
              <Space size="large" wrap>
                <Form.Item name="festival" label={t('campaigns.fields.festival')}>
                  <Select style={{ width: 200 }} options={FESTIVALS.map((f) => ({ value: f, label: t(`campaigns.festivals.${f}`) }))} />
                </Form.Item>
                <Form.Item name="year" label={t('campaigns.fields.year')}>
                  <InputNumber min={2000} max={2100} style={{ width: 110 }} />
                </Form.Item>
              </Space>
              <Form.Item name="title" label={t('campaigns.fields.title')} required>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="mode" label={t('campaigns.fields.mode')}>
                <Radio.Group options={PARTICIPATION_MODES.map((m) => ({ value: m, label: t(`campaigns.modes.${m}`), disabled: m === 'store_wide' && festival !== 'double11' }))} />
              </Form.Item>
              <Form.Item name="phases" label={t('campaigns.fields.phases')}>
                <Checkbox.Group options={JOINABLE_PHASES.map((p) => ({ value: p, label: t(`campaigns.phases.${p}`) }))} />
              </Form.Item>
              <Form.Item name="global" label={t('campaigns.fields.global')} valuePropName="checked">
                <Switch disabled={festival !== 'double11' || !editable} />
              </Form.Item>
              {global && (
                <Form.Item name="targetMarkets" label={t('campaigns.fields.targetMarkets')}>
                  <Select mode="multiple" style={{ maxWidth: 480 }} options={TARGET_MARKETS.map((m) => ({ value: m, label: m }))} />
                </Form.Item>
              )}
            </Form>
          </Panel>
          <Panel
            title={`${t('campaigns.fields.skus')} · ${t('campaigns.skuSummary', { count: skus.length })}`}
            extra={
              <Space>
                {editable && (
                  <FileButton
                    label={t('campaigns.importCsv')}
                    icon={<UploadOutlined />}
                    accept=".csv,text/csv"
                    data-testid="promo-csv"
                    onFile={async (file) => {
                      const bytes = new Uint8Array(await file.arrayBuffer());
                      const { parsePromoSkuCsv } = await loadCsv();
                      const r = parsePromoSkuCsv(bytes, mode);
                      if (r.ok) {
                        setSkus(r.rows);
                        setCsvErrors(null);
                      } else setCsvErrors(r.errors);
                    }}
                  />
                )}
                <Button icon={<DownloadOutlined />} onClick={async () => {
                    const csv = await loadCsv();
                    downloadText(skus.length ? csv.promoSkusToCsv(skus, locale) : csv.promoSkuCsvTemplate(locale), 'skus.csv');
                  }}>
                  {skus.length ? t('campaigns.exportCsv') : t('csv.template')}
                </Button>
              </Space>
            }
          >
            {csvErrors && (
              <>
                <Alert type="error" showIcon message={t('csv.failed', { file: '', count: csvErrors.length })} style={{ marginBottom: 8 }} />
                <Table
                  size="small"
                  rowKey={(e) => `${e.line}-${e.field}-${e.key}`}
                  pagination={false}
                  data-testid="csv-errors"
                  dataSource={csvErrors}
                  columns={[
                    { key: 'line', title: t('csv.line'), width: 80, render: (_, e) => e.line || t('csv.wholeFile') },
                    { key: 'field', title: t('csv.column'), width: 160, render: (_, e) => (e.field ? t(`campaigns.sku.${e.field}`) : '—') },
                    { key: 'reason', title: t('csv.reason'), render: (_, e) => <Typography.Text type="danger">{t(e.key, { ...e.params })}</Typography.Text> },
                  ]}
                />
              </>
            )}
            <PromoSkuTable skus={skus} mode={mode} />
          </Panel>
        </Col>
        <Col xs={24} xl={8}>
          <CampaignTimeline id={app?.id} />
        </Col>
      </Row>
    </>
  );
}

export default function NewPromotion() {
  return <PromotionPage />;
}
