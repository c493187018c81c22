import type { Role, ServiceTier, Vertical } from '@console/shared';
import { CrownOutlined, GlobalOutlined, SafetyCertificateOutlined, StarOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export const TIER_COLORS: Record<ServiceTier, string> = { gold: 'gold', silver: 'geekblue', standard: 'green', below: 'red' };
const TIER_ICONS: Record<ServiceTier, React.ReactNode> = {
  gold: <CrownOutlined />,
  silver: <StarOutlined />,
  standard: <SafetyCertificateOutlined />,
  below: <WarningOutlined />,
};
export const VERTICAL_COLORS: Record<Vertical, string> = {
  apparel: 'volcano',
  beauty: 'magenta',
  electronics: 'blue',
  fmcg: 'green',
  home: 'orange',
};
export const ROLE_COLORS: Record<Role, string> = { operator: 'blue', manager: 'purple', admin: 'gold' };

export function TierTag({ tier }: { tier: ServiceTier }) {
  const { t } = useTranslation();
  return (
    <Tag color={TIER_COLORS[tier]} icon={TIER_ICONS[tier]} data-tier={tier}>
      {t(`tiers.${tier}`)}
    </Tag>
  );
}

export function VerticalTag({ vertical }: { vertical: Vertical }) {
  const { t } = useTranslation();
  return (
    <Tag color={VERTICAL_COLORS[vertical]} bordered={false}>
      {t(`verticals.${vertical}`)}
    </Tag>
  );
}

export function RoleTag({ role }: { role: Role }) {
  const { t } = useTranslation();
  return <Tag color={ROLE_COLORS[role]}>{t(`roles.${role}`)}</Tag>;
}

export function CrossBorderTag({ crossBorder }: { crossBorder: boolean }) {
  const { t } = useTranslation();
  return crossBorder ? (
    <Tag color="cyan" icon={<GlobalOutlined />}>
      {t('merchants.crossBorderYes')}
    </Tag>
  ) : (
    <Tag bordered={false}>{t('merchants.crossBorderNo')}</Tag>
  );
}
