import { NotFound } from '@/shared/ui/not-found';

export function Component() {
  return <NotFound />;
}
