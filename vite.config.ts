import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// Static multi-page build: the app, the embeddable player page.
export default defineConfig({
  plugins: [react()],
  base: './',
  build: {
    target: 'es2022',
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
        // <layercake-player>: its own small file at a stable address (app/embed/element).
        'layercake-player': resolve(import.meta.dirname, 'app/embed/element/layercake-player.ts'),
      },
      output: {
        entryFileNames: (chunk) =>
          chunk.name === 'layercake-player' ? 'layercake-player.js' : 'assets/[name]-[hash].js',
      },
    },
  },
  // The player runs in a sandboxed iframe (an opaque origin): its module scripts and
  // scenario files are cross-origin requests there, so the preview server allows them, as
  // static hosts that serve it must (README.md, "Embedding").
  preview: { cors: true },
  test: {
    include: [
      'app/**/*.test.ts',
      'app/**/*.test.tsx',
      'scripts/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    environment: 'node',
    // Property tests and engine replays are CPU-bound; shared CI machines can be slow.
    testTimeout: 30_000,
    pool: 'threads',
  },
});
