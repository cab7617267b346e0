import { SharedPage } from '@/features/share/shared-page';

export function Component() {
  return <SharedPage />;
}
