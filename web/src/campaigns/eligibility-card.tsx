import type { CriterionResult, Eligibility } from '@console/shared';
import CheckCircleFilled from '@ant-design/icons/CheckCircleFilled';
import CloseCircleFilled from '@ant-design/icons/CloseCircleFilled';
import { Alert, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Panel } from '../common/Panel';
import { Typography } from '../common/typography';

/** How a criterion's threshold reads: ≥ 4.70, < 6, Silver or better, by 2027-10-10. */
function useThresholdText() {
  const { t } = useTranslation();
  return (c: CriterionResult) => {
    switch (c.criterion) {
      case 'violationPoints':
        return t('campaigns.thresholds.below', { value: c.threshold });
      case 'serviceTier':
        return t('campaigns.thresholds.tierAtLeast', { value: t(`campaigns.tiers.${c.threshold}`) });
      case 'horizon':
      case 'deadline':
        return t('campaigns.thresholds.notAfter', { value: c.threshold });
      default:
        return t('campaigns.thresholds.atLeast', { value: c.threshold });
    }
  };
}

/**
 * The merchant's standing before any form: each criterion with its value, the threshold, pass or fail and what to
 * improve — the same list the bff refuses an ineligible submission with.
 */
export function EligibilityCard({ eligibility, title }: { eligibility: Eligibility | null | undefined; title?: string }) {
  const { t } = useTranslation();
  const threshold = useThresholdText();
  return (
    <Panel title={title ?? t('campaigns.eligibility.title')} size="small" style={{ marginBottom: 16 }} data-testid="eligibility-card">
      {eligibility ? (
        <>
          <Alert
            type={eligibility.eligible ? 'success' : 'warning'}
            showIcon
            message={eligibility.eligible ? t('campaigns.eligibility.eligible') : t('campaigns.eligibility.ineligible')}
            style={{ marginBottom: 12 }}
          />
          <Table<CriterionResult>
            size="small"
            rowKey="criterion"
            pagination={false}
            dataSource={eligibility.criteria}
            columns={[
              {
                key: 'criterion',
                title: t('campaigns.eligibility.title'),
                render: (_, c) => (
                  <span data-criterion={c.criterion} data-pass={c.pass}>
                    {c.pass ? <CheckCircleFilled style={{ color: '#237804' }} aria-hidden /> : <CloseCircleFilled style={{ color: '#a8071a' }} aria-hidden />}{' '}
                    {t(`campaigns.criteria.${c.criterion}`)}
                  </span>
                ),
              },
              {
                key: 'value',
                title: t('campaigns.eligibility.value'),
                render: (_, c) => (c.value === null ? '—' : c.criterion === 'serviceTier' ? t(`campaigns.tiers.${c.value}`) : String(c.value)),
              },
              { key: 'threshold', title: t('campaigns.eligibility.threshold'), render: (_, c) => threshold(c) },
              {
                key: 'improve',
                title: t('campaigns.eligibility.improve'),
                render: (_, c) => (c.pass ? <Tag color="success">✓</Tag> : <Typography.Text type="danger">{c.improve ? t(c.improve) : '—'}</Typography.Text>),
              },
            ]}
          />
        </>
      ) : (
        <Typography.Text type="secondary">{t('app.loading')}</Typography.Text>
      )}
    </Panel>
  );
}
