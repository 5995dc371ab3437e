import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from './PageHeading';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.text')}</p>
      <Link to="/">{t('notFound.back')}</Link>
    </>
  );
}
