import type { KindDetails } from '@console/shared';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { Typography } from '../common/typography';

/** A launch in the review queue's date column: its launch date, with season and year. */
export function LaunchDateCell({ details }: { details: KindDetails }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Flex vertical>
      <span className="num">{f.date(typeof details.date === 'string' ? details.date : null)}</span>
      {typeof details.season === 'string' && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {details.year} {t(`seasons.${details.season}`)}
        </Typography.Text>
      )}
    </Flex>
  );
}
