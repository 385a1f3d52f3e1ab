import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [react()],
        define: { __APP_VERSION__: JSON.stringify('test') },
        test: {
          name: 'renderer',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        test: {
          name: 'main',
          include: ['electron/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
