import { afterEach, describe, expect, it, vi } from 'vitest';
import { CatalogueLoadError, fetchCatalogue } from '@/catalogue/api';
import { makeCatalogueJson } from './catalogue-json';

function respond(body: BodyInit, init: ResponseInit = {}) {
  return vi.fn(async () => new Response(body, init));
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchCatalogue', () => {
  it('returns the catalogue when the file is valid', async () => {
    vi.stubGlobal('fetch', respond(JSON.stringify(makeCatalogueJson())));
    const catalogue = await fetchCatalogue('/catalogue.json');
    expect(catalogue.roles.map((r) => r.id)).toEqual(['role-a']);
  });

  it('names the status when the server answers with an error', async () => {
    vi.stubGlobal('fetch', respond('nope', { status: 500 }));
    await expect(fetchCatalogue('/catalogue.json')).rejects.toThrow(/server answered 500/);
  });

  it('explains a network failure in plain words', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(fetchCatalogue('/catalogue.json')).rejects.toThrow(/check your connection/i);
  });

  it('rejects garbled JSON', async () => {
    vi.stubGlobal('fetch', respond('{"roles": [tru'));
    await expect(fetchCatalogue('/catalogue.json')).rejects.toThrow(/not valid JSON/);
  });

  it('rejects a schema-invalid file and lists the failing fields', async () => {
    const bad = makeCatalogueJson();
    (bad.roles[0] as { title: unknown }).title = 42;
    vi.stubGlobal('fetch', respond(JSON.stringify(bad)));
    const error = await fetchCatalogue('/catalogue.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogueLoadError);
    expect((error as CatalogueLoadError).details.join('\n')).toMatch(/roles\[0\]\.title/);
  });
});
