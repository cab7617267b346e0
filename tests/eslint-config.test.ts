import { ESLint } from 'eslint';

// Proves the walls in eslint.config.js fire: import direction between the rooms of src/, no
// feature importing another, and formatting (prettier) as a lint error.
describe('eslint.config.js', { timeout: 30_000 }, () => {
  const eslint = new ESLint();
  const lint = async (code: string, filePath: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return result!.messages.map((m) => m.ruleId);
  };
  // Loading the config, its plugins and the TypeScript resolver is slow the first time.
  beforeAll(() => lint('', 'src/shared/x.ts'), 60_000);

  const use = (name: string) => `\nexport const used = [${name}];\n`;

  it('rejects a feature importing another feature', async () => {
    const code = `import { ResultList } from '@/features/results/result-list';${use('ResultList')}`;
    expect(await lint(code, 'src/features/share/x.tsx')).toContain('import-x/no-restricted-paths');
  });

  it('rejects a relative import that climbs into another feature', async () => {
    const code = `import { WhatIfControl } from '../what-if/what-if-control';${use('WhatIfControl')}`;
    expect(await lint(code, 'src/features/fit/x.tsx')).toContain('import-x/no-restricted-paths');
  });

  it.each([
    ['src/shared/x.ts', "import { QuizPage } from '@/features/quiz/quiz-page';", 'QuizPage'],
    ['src/store/x.ts', "import { PageHeading } from '@/shared/ui/page-heading';", 'PageHeading'],
    ['src/catalogue/x.ts', "import { useAnswers } from '@/store/answers';", 'useAnswers'],
    [
      'src/scoring/x.ts',
      "import { buildCatalogueModel } from '@/catalogue/model';",
      'buildCatalogueModel',
    ],
    ['src/features/quiz/x.ts', "import { Component } from '@/routes/quiz';", 'Component'],
    ['src/routes/x.ts', "import { createRoutes } from '@/app/routes';", 'createRoutes'],
  ])('rejects an upward import in %s', async (file, code, name) => {
    expect(await lint(`${code}${use(name)}`, file)).toContain('import-x/no-restricted-paths');
  });

  it('allows a feature to use its own files, shared, store, catalogue and scoring', async () => {
    const code = [
      "import { ResultList } from './result-list';",
      "import { PageHeading } from '@/shared/ui/page-heading';",
      "import { useAnswers } from '@/store/answers';",
      "import { useCatalogueModel } from '@/catalogue/use-catalogue';",
      "import { rankRoles } from '@/scoring';",
      'export const used = [ResultList, PageHeading, useAnswers, useCatalogueModel, rankRoles];',
      '',
    ].join('\n');
    expect(await lint(code, 'src/features/results/x.tsx')).toEqual([]);
  });

  it('allows a route to compose two features', async () => {
    const code = [
      "import { RankedList } from '@/features/results/result-list';",
      "import { SharedPage } from '@/features/share/shared-page';",
      'export const used = [RankedList, SharedPage];',
      '',
    ].join('\n');
    expect(await lint(code, 'src/routes/x.tsx')).toEqual([]);
  });

  it('rejects unformatted code', async () => {
    expect(await lint('export const  x = {a:1}\n', 'src/shared/x.ts')).toContain(
      'prettier/prettier',
    );
    expect(await lint('export const x = { a: 1 };\n', 'src/shared/x.ts')).toEqual([]);
  });
});
