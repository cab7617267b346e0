/**
 * Loading the catalogue: its own hashed asset, fetched through TanStack Query. The build
 * validated it with the full schema; at load time a cheap shape check guards against a stale or
 * garbled file (./check-shape.ts).
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

/**
 * Lets the browser paint and handle input before the next piece of work: a task of its own
 * (scheduler.yield where the browser has it, else a macrotask), so long start-up work is cut
 * into tasks shorter than the 50 ms that count as blocking.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function fetchCatalogue(url: string = catalogueUrl): Promise<Catalogue> {
  // The check loads beside the file, keeping it out of the first download.
  const checker = import('./check-shape');
  checker.catch(() => undefined); // awaited below only if the file arrives; no unhandled rejection
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
  // The build validated the file with the full schema; here a cheap walk over the fields the app
  // reads catches a stale or damaged file without loading zod or holding the main thread. Parse,
  // check and model building each get a task of their own (yieldToMain).
  await yieldToMain();
  const issues = (await checker).checkCatalogueShape(json);
  if (issues.length > 0) {
    throw new CatalogueLoadError(
      'The role catalogue arrived in an unexpected shape.',
      issues.map((issue) => `catalogue.json: ${issue.path}: ${issue.message}`),
    );
  }
  return json as Catalogue;
}

/** The file, validated, then built into the one CatalogueModel every view reads. */
export async function loadCatalogueModel(url: string = catalogueUrl): Promise<CatalogueModel> {
  // The model (and the engine it prepares for) load in parallel with the file.
  const [catalogue, { buildCatalogueModel }] = await Promise.all([
    fetchCatalogue(url),
    import('./model'),
  ]);
  await yieldToMain();
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
