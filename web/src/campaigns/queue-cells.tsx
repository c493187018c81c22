import type { KindDetails } from '@console/shared';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { Typography } from '../common/typography';

/** A Brand Day in the review queue's date column: the date it asks for. */
export function BrandDayDateCell({ details }: { details: KindDetails }) {
  const f = useFormat();
  return <span className="num">{f.date(typeof details.date === 'string' ? details.date : null)}</span>;
}

/** A 618 / Double 11 registration in the review queue's festival column: festival and year, mode and SKU count. */
export function PromotionFestivalCell({ details }: { details: KindDetails }) {
  const { t } = useTranslation();
  return (
    <Flex vertical>
      <span>
        {details.year} {t(`campaigns.festivals.${details.festival}`)}
      </span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(`campaigns.modes.${details.mode}`)} · {t('campaigns.skuSummary', { count: Number(details.skuCount ?? 0) })}
      </Typography.Text>
    </Flex>
  );
}
