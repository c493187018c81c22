import { DatePicker, Modal, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Typography } from '../common/typography';

/**
 * Publishing a programme version: the day it takes effect (today or later). Its own chunk, loaded on the first
 * "publish": the date picker (rc-picker, dayjs) is ~33 KB gzip that editing a programme does not need.
 * Dates are YYYY-MM-DD in and out.
 */
export default function PublishDialog(props: {
  open: boolean;
  number: number;
  date: string;
  today: string;
  busy: boolean;
  onDate: (date: string) => void;
  onOk: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={props.open}
      title={t('perks.publishTitle', { number: props.number })}
      okText={t('perks.publishConfirm')}
      onOk={props.onOk}
      confirmLoading={props.busy}
      onCancel={props.onCancel}
    >
      <Space direction="vertical">
        <Typography.Text>{t('perks.effectiveFrom')}</Typography.Text>
        <DatePicker
          aria-label={t('perks.effectiveFrom')}
          value={dayjs(props.date)}
          allowClear={false}
          onChange={(d) => d && props.onDate(d.format('YYYY-MM-DD'))}
          disabledDate={(d) => d.format('YYYY-MM-DD') < props.today}
        />
      </Space>
    </Modal>
  );
}
