import { BRAND_DAY_RESOURCES, type BrandDayContent, type CampaignApplication, addDays, platformDate } from '@console/shared';
import { Alert, Button, Checkbox, Col, Form, InputNumber, Row, Space } from 'antd';
import { CheckboxGroupField } from '../common/CheckboxGroupField';
import { Input, TextArea } from '../common/input';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../common/PageHeader';
import { StateTag } from '../launches/common';
import { trpc } from '../providers/trpc';
import { useAvailability, useBrandDayEligibility } from './api';
import { ActionBar, CampaignTimeline, ErrorAlert, useCampaignSave } from './actions';
import { BrandDayDatePicker } from './date-picker';
import { EligibilityCard } from './eligibility-card';
import { Panel } from '../common/Panel';

type Values = Omit<BrandDayContent, 'gmvTarget' | 'heroSkus'> & { gmvYuan: number | null; heroSkus: { code: string; name: string; priceYuan: number | null }[] };

const toValues = (c: BrandDayContent): Values => ({
  ...c,
  gmvYuan: c.gmvTarget === null ? null : c.gmvTarget / 100,
  heroSkus: c.heroSkus.map((s) => ({ code: s.code, name: s.name, priceYuan: s.price === null ? null : s.price / 100 })),
});
const toContent = (v: Partial<Values>): BrandDayContent => ({
  date: v.date ?? null,
  theme: v.theme ?? '',
  proposal: v.proposal ?? '',
  gmvTarget: v.gmvYuan === null || v.gmvYuan === undefined ? null : Math.round(v.gmvYuan * 100),
  discountDepth: v.discountDepth ?? null,
  resources: v.resources ?? [],
  heroSkus: (v.heroSkus ?? []).map((s) => ({ code: s?.code ?? '', name: s?.name ?? '', price: s?.priceYuan === null || s?.priceYuan === undefined ? null : Math.round(s.priceYuan * 100) })),
});
const EMPTY: BrandDayContent = { date: null, theme: '', proposal: '', gmvTarget: null, discountDepth: 20, resources: ['homepage_banner'], heroSkus: [{ code: '', name: '', price: null }] };

/** Server paths (`heroSkus.0.price`) onto the form's names. */
const formPath = (path: string) =>
  path
    .replace(/^gmvTarget$/, 'gmvYuan')
    .split('.')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p === 'price' ? 'priceYuan' : p));

/** A Brand Day: eligibility first, the date picker with free and taken days, the proposal; draft, submit, resubmit after a decline. */
export function BrandDayPage({ app }: { app?: Extract<CampaignApplication, { kind: 'brand_day' }> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const date = Form.useWatch('date', form) ?? app?.content.date ?? null;
  const today = platformDate(new Date());
  const availability = useAvailability(today, addDays(today, 370));
  const eligibility = useBrandDayEligibility(date);
  const editable = !app || app.allowedActions.includes('edit');
  const save = useCampaignSave<BrandDayContent>({
    app,
    create: (c) => trpc.campaigns.createBrandDay.mutate(c),
    update: (id, version, c) => trpc.campaigns.updateBrandDay.mutate({ id, version, ...c }),
    onFieldErrors: (errors) =>
      form.setFields(
        Object.entries(errors)
          .filter(([p]) => !p.startsWith('eligibility.') && p !== '_')
          .map(([p, keys]) => ({ name: formPath(p) as never, errors: keys.map((k) => t(k, { days: 30, max: 20, min: 1 })) })),
      ),
  });
  const submit = (name: 'save' | 'submit') => void save.run(name, toContent(form.getFieldsValue(true)));
  const suggested = app?.state === 'declined' ? (app.lastDecision?.suggestedDates ?? []) : [];

  return (
    <>
      <PageHeader
        title={app ? app.title || t('campaigns.brandDayTitle') : t('campaigns.newBrandDay')}
        subtitle={t('campaigns.brandDayTitle')}
        tags={app && <StateTag state={app.state} />}
        backTo="/campaigns"
        extra={<ActionBar app={app} busy={save.busy} onSave={() => submit('save')} onSubmit={() => submit('submit')} onWithdraw={() => void save.withdraw()} />}
      />
      <ErrorAlert error={save.error} onClose={() => save.setError(null)} />
      {suggested.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="declined"
          message={t('campaigns.declinedTitle')}
          description={
            <Space wrap>
              {t('campaigns.declinedText')}
              {suggested.map((d) => (
                <Button key={d} size="small" onClick={() => form.setFieldValue('date', d)}>
                  {t('campaigns.useDate', { date: d })}
                </Button>
              ))}
            </Space>
          }
        />
      )}
      <EligibilityCard eligibility={eligibility.data} />
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Panel>
            <Form<Values> form={form} layout="vertical" initialValues={toValues(app?.content ?? EMPTY)} disabled={!editable}>
              <Form.Item name="date" label={t('campaigns.fields.date')} required>
                <BrandDayDatePicker days={availability.data?.days} />
              </Form.Item>
              <Form.Item name="theme" label={t('campaigns.fields.theme')} required>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="proposal" label={t('campaigns.fields.proposal')} required>
                <TextArea rows={4} maxLength={5000} />
              </Form.Item>
              <Space size="large" wrap>
                <Form.Item name="gmvYuan" label={t('campaigns.fields.gmvTarget')} required>
                  <InputNumber min={0} precision={2} style={{ width: 200 }} />
                </Form.Item>
                <Form.Item name="discountDepth" label={t('campaigns.fields.discountDepth')} required>
                  <InputNumber min={0} max={100} style={{ width: 140 }} />
                </Form.Item>
              </Space>
              <Form.Item name="resources" label={t('campaigns.fields.resources')} required>
                <CheckboxGroupField label={t('campaigns.fields.resources')} options={BRAND_DAY_RESOURCES.map((r) => ({ value: r, label: t(`campaigns.resources.${r}`) }))} />
              </Form.Item>
              <Form.List name="heroSkus">
                {(fields, { add, remove }) => (
                  <Form.Item label={t('campaigns.fields.heroSkus')} required>
                    {fields.map((field) => (
                      <Space key={field.key} align="start" wrap>
                        <Form.Item name={[field.name, 'code']} style={{ marginBottom: 8 }}>
                          <Input placeholder={t('campaigns.sku.code')} aria-label={t('campaigns.sku.code')} style={{ width: 180 }} />
                        </Form.Item>
                        <Form.Item name={[field.name, 'name']} style={{ marginBottom: 8 }}>
                          <Input placeholder={t('campaigns.sku.name')} aria-label={t('campaigns.sku.name')} style={{ width: 220 }} />
                        </Form.Item>
                        <Form.Item name={[field.name, 'priceYuan']} style={{ marginBottom: 8 }}>
                          <InputNumber min={0} precision={2} placeholder={t('campaigns.sku.price')} aria-label={t('campaigns.sku.price')} style={{ width: 160 }} />
                        </Form.Item>
                        <Button type="text" danger onClick={() => remove(field.name)} aria-label={t('launches.removeSku')}>
                          ×
                        </Button>
                      </Space>
                    ))}
                    {fields.length < 20 && (
                      <Button type="dashed" onClick={() => add({ code: '', name: '', priceYuan: null })}>
                        {t('campaigns.addHeroSku')}
                      </Button>
                    )}
                  </Form.Item>
                )}
              </Form.List>
            </Form>
          </Panel>
        </Col>
        <Col xs={24} xl={8}>
          <CampaignTimeline id={app?.id} />
        </Col>
      </Row>
    </>
  );
}

export default function NewBrandDay() {
  return <BrandDayPage />;
}
