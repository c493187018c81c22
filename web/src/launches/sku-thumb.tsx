import { Image } from 'antd';
import { useTranslation } from 'react-i18next';

/** A grey square for a missing or unreachable picture. */
const NO_IMAGE =
  'data:image/svg+xml;utf8,' +
  encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48"><rect width="48" height="48" rx="4" fill="#f0f0f0"/><path d="M14 32l7-9 5 6 4-5 6 8z" fill="#bfbfbf"/></svg>');

/** Only a web address is fetched: a half-typed URL in the grid would otherwise be requested on every keystroke. */
const isWebUrl = (url: string | null | undefined): url is string => !!url && /^https?:\/\/\S+\.\S+/.test(url);

/** A SKU's picture as a small square; click to enlarge. The grey square stands in for a missing or broken one. */
export function SkuThumb({ url, name, size = 40 }: { url: string | null | undefined; name: string; size?: number }) {
  const { t } = useTranslation();
  const src = isWebUrl(url) ? url : undefined;
  return (
    <Image
      src={src ?? NO_IMAGE}
      fallback={NO_IMAGE}
      width={size}
      height={size}
      style={{ objectFit: 'cover', borderRadius: 4 }}
      alt={t('launches.sku.imageAlt', { name })}
      preview={src ? { mask: false } : false}
      data-testid="sku-thumbnail"
    />
  );
}
