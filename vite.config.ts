import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const bffPort = Number(process.env.BFF_PORT ?? 3001);

// One config: the SPA's build (root: web) and the Vitest projects of every workspace.
export default defineConfig(({ mode }) => ({
  root: here('./web'),
  plugins: [react()],
  define: {
    'import.meta.env.VITE_MOCK': JSON.stringify(mode === 'mock' ? 'true' : (process.env.VITE_MOCK ?? 'false')),
  },
  build: {
    outDir: here('./web/dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    proxy: mode === 'mock' ? undefined : { '/trpc': `http://127.0.0.1:${bffPort}`, '/health': `http://127.0.0.1:${bffPort}` },
  },
  test: {
    projects: [
      { test: { name: 'shared', root: here('./shared'), environment: 'node', include: ['src/**/*.test.ts'] } },
      {
        test: {
          name: 'bff',
          root: here('./bff'),
          environment: 'node',
          include: ['src/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      { test: { name: 'mocks', root: here('./mocks'), environment: 'node', include: ['src/**/*.test.ts'] } },
      {
        plugins: [react()],
        test: {
          name: 'web',
          root: here('./web'),
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
          setupFiles: ['./src/test/setup.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
}));
