import { useTranslation } from 'react-i18next';
import { PageHeader } from '../common/PageHeader';
import { LaunchForm } from './form';

export function LaunchCreate() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('launches.createTitle')} subtitle={t('launches.subtitle')} backTo="/launches" />
      <LaunchForm />
    </>
  );
}

export default LaunchCreate;
