import type { Merchant } from '@console/shared';
import { Col, Descriptions, Flex, Progress, Row, Statistic, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CrossBorderTag, TierTag, VerticalTag } from '../common/tags';
import { useFormat } from '../i18n/format';
import { Panel } from '../common/Panel';

/** Thresholds of the platform (DOMAIN.md): Brand Day needs DSR ≥ 4.7 and fewer than 6 points, Double 11 ≥ 4.6 and < 12. */
const DSR_GOOD = 4.7;
const DSR_OK = 4.6;
const POINTS_WARN = 6;
const POINTS_BAD = 12;

export function dsrColor(score: number, token: { colorSuccessText: string; colorWarningText: string; colorErrorText: string }) {
  return score >= DSR_GOOD ? token.colorSuccessText : score >= DSR_OK ? token.colorWarningText : token.colorErrorText;
}

export function pointsColor(points: number, token: { colorSuccessText: string; colorWarningText: string; colorErrorText: string }) {
  return points >= POINTS_BAD ? token.colorErrorText : points >= POINTS_WARN ? token.colorWarningText : token.colorSuccessText;
}

export function MerchantTags({ merchant }: { merchant: Merchant }) {
  return (
    <Flex gap={4} wrap>
      <VerticalTag vertical={merchant.vertical} />
      <TierTag tier={merchant.serviceTier} />
      <CrossBorderTag crossBorder={merchant.crossBorder} />
    </Flex>
  );
}

/** A merchant's profile: DSR, violation points, cross-border flag, service tier, member counts T1–T3. */
export function MerchantProfile({ merchant }: { merchant: Merchant }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const f = useFormat();
  const dsr = [
    { key: 'dsrDescription', score: merchant.dsrDescription },
    { key: 'dsrService', score: merchant.dsrService },
    { key: 'dsrLogistics', score: merchant.dsrLogistics },
  ] as const;
  const tiers = [
    { key: 'membersT1', count: merchant.membersT1, color: '#91caff' },
    { key: 'membersT2', count: merchant.membersT2, color: '#4096ff' },
    { key: 'membersT3', count: merchant.membersT3, color: '#0958d9' },
  ] as const;
  const totalMembers = merchant.membersT1 + merchant.membersT2 + merchant.membersT3;

  return (
    <Flex vertical gap={16}>
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} xl={6}>
          <Panel>
            <Statistic
              title={t('merchants.fields.serviceTier')}
              valueRender={() => (
                <span style={{ fontSize: 20 }}>
                  <TierTag tier={merchant.serviceTier} />
                </span>
              )}
            />
          </Panel>
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Panel>
            <Statistic
              title={`${t('merchants.fields.dsrService')} · ${t('merchants.dsrHint')}`}
              value={f.dsr(merchant.dsrService)}
              valueStyle={{ color: dsrColor(merchant.dsrService, token) }}
            />
          </Panel>
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Panel>
            <Statistic
              title={`${t('merchants.fields.violationPoints')} · ${t('merchants.violationHint')}`}
              value={merchant.violationPoints}
              valueStyle={{ color: pointsColor(merchant.violationPoints, token) }}
              data-testid="violation-points"
            />
          </Panel>
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Panel>
            <Statistic title={t('merchants.fields.membersTotal')} value={f.integer(totalMembers)} />
          </Panel>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Panel title={t('merchants.sections.dsr')} extra={<Typography.Text type="secondary">{t('merchants.dsrHint')}</Typography.Text>} style={{ height: '100%' }}>
            <Flex vertical gap={14}>
              {dsr.map(({ key, score }) => (
                <div key={key} data-testid={key}>
                  <Flex justify="space-between">
                    <Typography.Text>{t(`merchants.fields.${key}`)}</Typography.Text>
                    <Typography.Text strong className="num" style={{ color: dsrColor(score, token) }}>
                      {f.dsr(score)}
                    </Typography.Text>
                  </Flex>
                  <Progress aria-label={t(`merchants.fields.${key}`)} percent={(score / 5) * 100} showInfo={false} strokeColor={dsrColor(score, token)} size="small" />
                </div>
              ))}
            </Flex>
          </Panel>
        </Col>
        <Col xs={24} lg={12}>
          <Panel title={t('merchants.sections.members')} extra={<Typography.Text type="secondary">{t('merchants.membersHint')}</Typography.Text>} style={{ height: '100%' }}>
            <Flex vertical gap={14}>
              {tiers.map(({ key, count, color }) => (
                <div key={key} data-testid={key}>
                  <Flex justify="space-between">
                    <Typography.Text>{t(`merchants.fields.${key}`)}</Typography.Text>
                    <Typography.Text strong className="num">
                      {f.integer(count)}
                    </Typography.Text>
                  </Flex>
                  <Progress
                    aria-label={t(`merchants.fields.${key}`)}
                    percent={totalMembers ? (count / totalMembers) * 100 : 0}
                    showInfo={false}
                    strokeColor={color}
                    size="small"
                  />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('merchants.tierShare', { share: f.percent(totalMembers ? count / totalMembers : 0) })}
                  </Typography.Text>
                </div>
              ))}
            </Flex>
          </Panel>
        </Col>
      </Row>
      <Panel title={t('merchants.sections.overview')}>
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="middle">
          <Descriptions.Item label={t('merchants.fields.id')}>
            <Typography.Text copyable code>
              {merchant.id}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('merchants.fields.vertical')}>
            <VerticalTag vertical={merchant.vertical} />
          </Descriptions.Item>
          <Descriptions.Item label={t('merchants.fields.crossBorder')}>
            <CrossBorderTag crossBorder={merchant.crossBorder} />
          </Descriptions.Item>
          <Descriptions.Item label={t('merchants.fields.serviceTier')}>
            <TierTag tier={merchant.serviceTier} />
          </Descriptions.Item>
          <Descriptions.Item label={t('merchants.fields.violationPoints')}>{merchant.violationPoints}</Descriptions.Item>
          <Descriptions.Item label={t('merchants.fields.createdAt')}>{f.date(merchant.createdAt)}</Descriptions.Item>
        </Descriptions>
      </Panel>
    </Flex>
  );
}
