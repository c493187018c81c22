import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Typography } from './typography';

/** The head of every page: its one h1, a line of context, actions on the right, an optional way back. */
export function PageHeader(props: { title: ReactNode; subtitle?: ReactNode; extra?: ReactNode; tags?: ReactNode; backTo?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 20 }}>
      <Flex gap={12} align="flex-start">
        {props.backTo && (
          <Button type="text" icon={<ArrowLeftOutlined />} style={{ marginTop: 2 }} aria-label={t('common.back')} onClick={() => navigate(props.backTo!)} />
        )}
        <div>
          <Flex align="center" gap={10} wrap>
            {/* The page's one h1, at the size of an antd h3. */}
            <Typography.Title level={1} style={{ margin: 0, fontSize: 24, lineHeight: 1.35 }}>
              {props.title}
            </Typography.Title>
            {props.tags}
          </Flex>
          {props.subtitle && (
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
              {props.subtitle}
            </Typography.Text>
          )}
        </div>
      </Flex>
      {props.extra && <Flex gap={8}>{props.extra}</Flex>}
    </Flex>
  );
}
