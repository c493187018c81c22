import { PERK_TIERS, type PerkTier, type ProgrammeContent, tierBenefits } from '@console/shared';
import { Col, Row, Segmented } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n as instance, loadTextsIn } from '../i18n';
import { formatYuan } from '@console/shared';
import { Typography } from '../common/typography';

const MONEY = new Set(['threshold', 'value', 'minSpend']);

/** "What does a T2 member get?" in the words a shopper reads, in Chinese and English side by side. */
export function ShopperPreview({ content, initialTier = 'T2' }: { content: ProgrammeContent; initialTier?: PerkTier }) {
  const { t } = useTranslation();
  const [tier, setTier] = useState<PerkTier>(initialTier);
  // Both languages' perks texts, whichever the console shows (the other language's load here, once).
  const hasTexts = (lng: 'zh-CN' | 'en') => instance.getResource(lng, 'translation', 'perks.preview.question') !== undefined;
  const [ready, setReady] = useState(() => hasTexts('en') && hasTexts('zh-CN'));
  useEffect(() => {
    if (!ready) void Promise.all([loadTextsIn('en', 'perks'), loadTextsIn('zh-CN', 'perks')]).then(() => setReady(true));
  }, [ready]);
  const benefits = tierBenefits(content, tier);
  const words = (lng: 'zh-CN' | 'en') => {
    const fixed = instance.getFixedT(lng);
    return benefits.map((b) => {
      const params: Record<string, string | number> = {};
      for (const [k, v] of Object.entries(b.params ?? {})) {
        if (typeof v !== 'number' || k === 'count') params[k] = v; // i18next picks the plural by `count` as a number
        else if (MONEY.has(k) && !(k === 'threshold' && content.qualifyBy === 'points')) params[k] = formatYuan(v, lng).replace(/\.00$/, '');
        // A points threshold as a shopper reads a number: 1,000 points, not 1000.
        else params[k] = new Intl.NumberFormat(lng).format(v);
      }
      return fixed(b.key, params);
    });
  };
  const column = (lng: 'zh-CN' | 'en') => (
    <Col xs={24} md={12} lang={lng} data-testid={`preview-${lng}`}>
      <Typography.Text type="secondary">{t(lng === 'en' ? 'perks.preview.en' : 'perks.preview.zh')}</Typography.Text>
      <Typography.Title level={5} style={{ marginTop: 4 }}>
        {ready ? instance.getFixedT(lng)('perks.preview.question', { tier: instance.getFixedT(lng)(`perks.tier.${tier}`) }) : null}
      </Typography.Title>
      <ul style={{ paddingInlineStart: 18, margin: 0 }}>
        {(ready ? words(lng) : []).map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </Col>
  );
  return (
    <div data-testid="shopper-preview">
      <Segmented<PerkTier>
        value={tier}
        onChange={setTier}
        options={PERK_TIERS.map((p) => ({ value: p, label: t(`perks.tier.${p}`) }))}
        style={{ marginBottom: 12 }}
        aria-label={t('perks.section.preview')}
      />
      <Row gutter={24}>
        {column('zh-CN')}
        {column('en')}
      </Row>
    </div>
  );
}
