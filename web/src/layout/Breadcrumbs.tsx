import { useBreadcrumb } from '@refinedev/core';
import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * Where the page sits: the resource's list, then the page (详情 / 编辑 / 新建), from Refine's resources. Shown below a
 * list, i.e. on detail, edit and create pages; a list page is its own first crumb.
 */
export function Breadcrumbs() {
  const { t } = useTranslation();
  const { breadcrumbs } = useBreadcrumb();
  if (breadcrumbs.length < 2) return null;
  return (
    <nav aria-label={t('common.breadcrumb')} style={{ marginBottom: 12 }} data-testid="breadcrumbs">
      <Breadcrumb
        items={breadcrumbs.map((b, i) => ({
          key: b.label,
          title: b.href && i < breadcrumbs.length - 1 ? <Link to={b.href}>{b.label}</Link> : b.label,
        }))}
      />
    </nav>
  );
}
