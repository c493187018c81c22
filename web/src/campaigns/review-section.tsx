import { Col, List, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { StateTag } from '../launches/common';
import { PageLoading } from '../layout/PageLoading';
import { useCampaign, useReviewContext } from './api';
import { CampaignContentView } from './content';
import { EligibilityCard } from './eligibility-card';
import { Panel } from '../common/Panel';
import { Typography } from '../common/typography';

/** A campaign application in the review panel: its content, eligibility then and now, and (Brand Day) the date's other applications. */
export default function CampaignReviewSection({ id }: { id: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const app = useCampaign(id);
  const context = useReviewContext(id);
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <EligibilityCard title={t('campaigns.review.eligibilityThen')} eligibility={context.data?.eligibilityAtSubmission} />
        </Col>
        <Col xs={24} lg={12}>
          <EligibilityCard title={t('campaigns.review.eligibilityNow')} eligibility={context.data?.eligibilityNow} />
        </Col>
      </Row>
      {app.data?.kind === 'brand_day' && context.data && (
        <Panel title={t('campaigns.review.sameDate')} size="small" style={{ marginBottom: 16 }} data-testid="same-date">
          <List
            size="small"
            dataSource={context.data.sameDate}
            locale={{ emptyText: t('campaigns.review.none') }}
            renderItem={(o) => (
              <List.Item>
                <Typography.Text>{o.merchantName}</Typography.Text> <StateTag state={o.state} /> <span className="num">{f.dateTime(o.submittedAt)}</span>
              </List.Item>
            )}
          />
          {context.data.sameDateElsewhere > 0 && <Typography.Text type="secondary">{t('campaigns.review.sameDateElsewhere', { count: context.data.sameDateElsewhere })}</Typography.Text>}
        </Panel>
      )}
      <Panel title={t('campaigns.title')} style={{ marginBottom: 16 }}>
        {app.data ? <CampaignContentView app={app.data} /> : <PageLoading />}
      </Panel>
    </>
  );
}
