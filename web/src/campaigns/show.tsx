import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { QueryState } from '../common/QueryState';
import { PageLoading } from '../layout/PageLoading';
import { useCampaign } from './api';

// Each kind's page loads once the application says its kind: a Brand Day needs the date picker, a registration the
// CSV import and the SKU table; loading both made this page the console's heaviest (scripts/bundle-size.mjs counts
// the larger of the two for this route). The chunk is the same one the kind's "new" route loads.
const BrandDayPage = lazy(() => import('./brand-day').then((m) => ({ default: m.BrandDayPage })));
const PromotionPage = lazy(() => import('./promotion').then((m) => ({ default: m.PromotionPage })));

/** One campaign application: its kind's page, editable while the state allows. */
export default function CampaignShow() {
  const { id } = useParams();
  const app = useCampaign(id);
  if (!app.data) return <QueryState isLoading={app.isLoading} error={app.error} onRetry={() => void app.refetch()} />;
  return (
    <Suspense fallback={<PageLoading />}>
      {app.data.kind === 'brand_day' ? <BrandDayPage key={app.data.version} app={app.data} /> : <PromotionPage key={app.data.version} app={app.data} />}
    </Suspense>
  );
}
