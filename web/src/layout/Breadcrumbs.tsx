import { useBreadcrumb } from '@refinedev/core';
import { theme } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * Where the page sits: the resource's list, then the page (详情 / 编辑 / 新建), from Refine's resources. Shown below a
 * list, i.e. on detail, edit and create pages; a list page is its own first crumb.
 * An ordered list of links (WAI-ARIA's breadcrumb pattern) rather than antd's Breadcrumb, which imports Dropdown and
 * with it Menu: ~38 KB gzip on every signed-in page's first load for crumbs that never drop down.
 */
export function Breadcrumbs() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { breadcrumbs } = useBreadcrumb();
  if (breadcrumbs.length < 2) return null;
  const last = breadcrumbs.length - 1;
  return (
    <nav aria-label={t('common.breadcrumb')} style={{ marginBottom: 12 }} data-testid="breadcrumbs">
      <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', fontSize: token.fontSize, color: token.colorTextSecondary }}>
        {breadcrumbs.map((b, i) => (
          <Fragment key={`${i}-${b.label}`}>
            <li>
              {b.href && i < last ? (
                <Link to={b.href} style={{ color: token.colorTextSecondary }}>
                  {b.label}
                </Link>
              ) : (
                <span aria-current={i === last ? 'page' : undefined} style={{ color: token.colorText }}>
                  {b.label}
                </span>
              )}
            </li>
            {i < last && (
              <li aria-hidden style={{ marginInline: 8 }}>
                /
              </li>
            )}
          </Fragment>
        ))}
      </ol>
    </nav>
  );
}
