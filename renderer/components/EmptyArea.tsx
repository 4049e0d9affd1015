import { useApp } from '../app/app-context';
import { EmptyState } from './EmptyState';
import { PageHeader } from './PageHeader';

export type EmptyAreaName = 'deadlines' | 'documents' | 'register';

/** An area with nothing in it yet: its title and what it will hold. */
export function EmptyArea({ area }: { area: EmptyAreaName }) {
  const { t } = useApp();
  return (
    <>
      <PageHeader title={t(`${area}.title`)} subtitle={t(`${area}.subtitle`)} />
      <EmptyState icon={area} title={t(`${area}.empty.title`)} body={t(`${area}.empty.body`)} />
    </>
  );
}
