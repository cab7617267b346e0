/**
 * Loading the catalogue: its own hashed asset, fetched through TanStack Query and validated
 * again at load time (the build validated it too; this guards against a stale or garbled file).
 */
import { queryOptions } from '@tanstack/react-query';
import catalogueUrl from 'virtual:catalogue-url';
import type { CatalogueModel } from './model';
import type { Catalogue } from './schema';

export class CatalogueLoadError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'CatalogueLoadError';
  }
}

export async function fetchCatalogue(url: string = catalogueUrl): Promise<Catalogue> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new CatalogueLoadError(
      'The role catalogue could not be downloaded. Check your connection and try again.',
    );
  }
  if (!response.ok) {
    throw new CatalogueLoadError(
      `The role catalogue could not be downloaded (the server answered ${response.status}).`,
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new CatalogueLoadError('The role catalogue arrived damaged (it is not valid JSON).');
  }
  // The validator (zod) loads in parallel with the file, keeping it out of the up-front bundle.
  const { catalogueSchema, zodIssues, formatIssue } = await import('./load-validation');
  const parsed = catalogueSchema.safeParse(json);
  if (!parsed.success) {
    throw new CatalogueLoadError(
      'The role catalogue arrived in an unexpected shape.',
      zodIssues('catalogue.json', parsed.error).slice(0, 5).map(formatIssue),
    );
  }
  return parsed.data;
}

/** The file, validated, then built into the one CatalogueModel every view reads. */
export async function loadCatalogueModel(url: string = catalogueUrl): Promise<CatalogueModel> {
  // The model (and the engine it prepares for) load in parallel with the file.
  const [catalogue, { buildCatalogueModel }] = await Promise.all([
    fetchCatalogue(url),
    import('./model'),
  ]);
  return buildCatalogueModel(catalogue);
}

export const catalogueQueryOptions = () =>
  queryOptions({
    queryKey: ['catalogue'],
    queryFn: () => loadCatalogueModel(),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
  });
