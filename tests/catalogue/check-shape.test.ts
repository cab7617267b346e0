import { describe, expect, it } from 'vitest';
import { checkCatalogueShape } from '@/catalogue/check-shape';
import { readCatalogue } from '../../scripts/lib/read-catalogue';
import { makeCatalogueJson } from './catalogue-json';

const paths = (json: unknown) => checkCatalogueShape(json).map((i) => `${i.path}: ${i.message}`);

describe('checkCatalogueShape', () => {
  it('passes the committed catalogue as the build ships it', () => {
    const result = readCatalogue('data');
    if (!result.ok) throw new Error('data/ is invalid; run npm run data:check');
    expect(checkCatalogueShape(JSON.parse(JSON.stringify(result.catalogue)))).toEqual([]);
  });

  it('passes a small valid catalogue', () => {
    expect(checkCatalogueShape(makeCatalogueJson())).toEqual([]);
  });

  it('names the field of a value with the wrong type, and a missing one', () => {
    const bad = makeCatalogueJson() as unknown as { roles: Record<string, unknown>[] };
    bad.roles[0]!.title = 42;
    delete bad.roles[0]!.definition;
    expect(paths(bad)).toEqual(['roles[0].title: expected text', 'roles[0].definition: missing']);
  });

  it('refuses a bad id, a level off the scale and a skill the file lacks', () => {
    const bad = makeCatalogueJson();
    const role = bad.roles[0]!;
    (role as { id: string }).id = 'Bad Id';
    (role.skills[0] as { level: number }).level = 7;
    (role.skills[1] as { skill: string }).skill = 'no-such-skill';
    expect(paths(bad)).toEqual([
      'roles[0].id: expected a kebab-case id',
      'roles[0].skills[0].level: expected a number from 0 to 4',
      'roles[0].skills[1].skill: unknown skill "no-such-skill"',
    ]);
  });

  it('accepts renamed-skill aliases and names a broken one', () => {
    expect(checkCatalogueShape({ ...makeCatalogueJson(), aliases: { 'sql-old': 'sql' } })).toEqual(
      [],
    );
    expect(paths({ ...makeCatalogueJson(), aliases: { 'sql-old': 3 } })).toEqual([
      'aliases.sql-old: expected a skill id',
    ]);
    expect(paths({ ...makeCatalogueJson(), aliases: [] })).toEqual(['aliases: expected an object']);
  });

  it('refuses a file that is not a catalogue at all, and stops at the limit', () => {
    expect(paths([])).toEqual(['(root): expected an object']);
    expect(paths({ version: 'x', categories: [], skills: [], roles: [], comparisons: [] })).toEqual(
      ['roles: expected at least one'],
    );
    const many = { version: 'x', categories: [], skills: [], comparisons: [], roles: [{}, {}, {}] };
    expect(checkCatalogueShape(many)).toHaveLength(5);
  });
});
