import { useParams } from 'react-router';
import { ServiceDashboardView } from './dashboard';

/** A manager opens a merchant of their verticals from the ranking; any other id is not found. */
export default function ServiceMerchantPage() {
  const { id = '' } = useParams();
  return <ServiceDashboardView merchantId={id} backTo="/service/ranking" />;
}
