import { ESLint } from 'eslint';

// Proves the lint rule in eslint.config.js keeps src/scoring free of UI, state and DOM code.
describe('src/scoring purity lint', { timeout: 30_000 }, () => {
  const eslint = new ESLint();
  const lint = async (code: string, filePath = 'src/scoring/x.ts') => {
    const [result] = await eslint.lintText(code, { filePath });
    return result!.messages.map((m) => m.ruleId);
  };
  // Loading the config and its plugins is slow the first time; do it once, outside the tests.
  beforeAll(() => lint(''), 60_000);

  it.each([
    "import { useState } from 'react';",
    "import { create } from 'zustand';",
    "import { useQuery } from '@tanstack/react-query';",
    "import { useNavigate } from 'react-router';",
    "import { useAnswers } from '@/store/answers';",
    "import { Layout } from '@/shared/ui/layout';",
  ])('rejects %s in src/scoring', async (code) => {
    expect(
      await lint(`${code}\nexport const used = [${code.match(/\{ (\w+) \}/)![1]}];\n`),
    ).toContain('no-restricted-imports');
  });

  it('rejects DOM globals in src/scoring', async () => {
    expect(await lint('export const width = window.innerWidth;\n')).toContain(
      'no-restricted-globals',
    );
    expect(await lint("export const el = document.getElementById('x');\n")).toContain(
      'no-restricted-globals',
    );
  });

  it('allows plain TypeScript in src/scoring and React outside it', async () => {
    expect(
      await lint("import type { Profile } from './types';\nexport const p: Profile = {};\n"),
    ).toEqual([]);
    expect(
      await lint(
        "import { useState } from 'react';\nexport const used = [useState];\n",
        'src/features/x.ts',
      ),
    ).not.toContain('no-restricted-imports');
  });
});
