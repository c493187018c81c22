import { useParams } from 'react-router';
import { QueryState } from '../common/QueryState';
import { useCampaign } from './api';
import { BrandDayPage } from './brand-day';
import { PromotionPage } from './promotion';

/** One campaign application: its kind's page, editable while the state allows. */
export default function CampaignShow() {
  const { id } = useParams();
  const app = useCampaign(id);
  if (!app.data) return <QueryState isLoading={app.isLoading} error={app.error} onRetry={() => void app.refetch()} />;
  return app.data.kind === 'brand_day' ? <BrandDayPage key={app.data.version} app={app.data} /> : <PromotionPage key={app.data.version} app={app.data} />;
}
