import { PathsPage } from '@/features/paths/paths-page';

export function Component() {
  return <PathsPage />;
}
