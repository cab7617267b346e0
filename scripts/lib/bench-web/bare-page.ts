/**
 * The reference page: React, react-router, TanStack Query, zustand and zod and nothing else,
 * built with the same Vite and React plugin as the app. It is generated into a temporary folder
 * at run time so it always uses the versions installed today. Its LCP element is a heading, as
 * on the app's home page, so "LCP ÷ bare LCP" says how much the app adds on top of its stack.
 */
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Bare page</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>
`;

const MAIN_TSX = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Link, RouterProvider } from 'react-router';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { create } from 'zustand';
import { z } from 'zod';
import './style.css';

const Greeting = z.object({ title: z.string().min(1), lead: z.string() });
const useCounter = create<{ count: number; add: () => void }>()((set) => ({
  count: 0,
  add: () => set((s) => ({ count: s.count + 1 })),
}));

const FALLBACK = { title: 'Find the data career that fits you', lead: 'Rate your skills and see every role ranked.' };

function Home() {
  const { data = FALLBACK } = useQuery({
    queryKey: ['greeting'],
    queryFn: async () => Greeting.parse(FALLBACK),
  });
  const { count, add } = useCounter();
  return (
    <main>
      <h1>{data.title}</h1>
      <p>{data.lead}</p>
      <button type="button" onClick={add}>Pressed {count} times</button>
      <Link to="/about">About</Link>
    </main>
  );
}

const router = createBrowserRouter([
  { path: '/', element: <Home /> },
  { path: '*', element: <Home /> },
]);
const queryClient = new QueryClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
`;

const STYLE_CSS = `body { margin: 0; font-family: system-ui, sans-serif; background: #f8fafc; color: #0f172a; }
main { max-width: 40rem; margin: 0 auto; padding: 2rem 1rem; }
h1 { font-size: 2.25rem; line-height: 1.2; }
`;

export interface BareBuild {
  outDir: string;
  cleanup: () => Promise<void>;
}

/** Writes the bare app into a temp folder and builds it; `projectRoot` supplies node_modules. */
export async function buildBarePage(projectRoot: string): Promise<BareBuild> {
  const dir = await mkdtemp(join(tmpdir(), 'pf-bench-bare-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    await mkdir(join(dir, 'src'));
    await writeFile(join(dir, 'index.html'), INDEX_HTML);
    await writeFile(join(dir, 'src', 'main.tsx'), MAIN_TSX);
    await writeFile(join(dir, 'src', 'style.css'), STYLE_CSS);
    // The generated app resolves its packages from the project's node_modules.
    await symlink(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
    await build({
      configFile: false,
      root: dir,
      logLevel: 'warn',
      plugins: [react()],
      build: { outDir: join(dir, 'dist'), sourcemap: false, emptyOutDir: true },
    });
    return { outDir: join(dir, 'dist'), cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
