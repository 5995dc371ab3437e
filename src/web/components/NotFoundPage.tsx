import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from './PageHeading';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('common.notFound.title')}</PageHeading>
      <p>{t('common.notFound.text')}</p>
      <Link to="/">{t('common.notFound.back')}</Link>
    </>
  );
}
