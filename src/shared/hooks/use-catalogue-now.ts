import { useMemo } from 'react';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import type { CatalogueNow } from '@/store/catalogue-update';

/** The loaded catalogue as the store's reconcile reads it; stable while the catalogue is. */
export function useCatalogueNow(): CatalogueNow {
  const { catalogue, aliases } = useCatalogueModel();
  return useMemo(
    () => ({ version: catalogue.version, skills: catalogue.skills, aliases }),
    [catalogue, aliases],
  );
}
