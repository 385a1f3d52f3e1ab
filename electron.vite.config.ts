import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/shared/csp';

/**
 * The built page carries its Content-Security-Policy in a meta tag, so the same
 * policy holds in Electron (where main also sends it as a header) and in the
 * plain-browser build. The dev server is left without it: React's fast refresh
 * needs an inline script there.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'riparo:csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/**
 * date-holidays ships the rules of every country in one module (about 0.8 MB);
 * Riparo counts deadlines on Italy's calendar only. At build time that module
 * is replaced by the same data with Italy's rules alone; tests run the full
 * module, so the library's own behaviour is what they check.
 */
function italianHolidayRulesOnly(): Plugin {
  return {
    name: 'riparo:italian-holiday-rules-only',
    apply: 'build',
    async load(id) {
      if (!/[\\/]date-holidays[\\/]src[\\/]data\.js$/.test(id)) return null;
      const json = resolve(dirname(require.resolve('date-holidays/package.json')), 'data/holidays.json');
      const data = JSON.parse(await readFile(json, 'utf8')) as { holidays: Record<string, unknown> };
      return `export const data = ${JSON.stringify({ ...data, holidays: { IT: data.holidays['IT'] } })};`;
    },
  };
}

export default defineConfig({
  main: {
    build: {
      lib: { entry: resolve(__dirname, 'electron/main/index.ts') },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require() anything but electron's own modules:
      // bundle zod and friends into one CommonJS file.
      externalizeDeps: false,
      isolatedEntries: true,
      lib: { entry: resolve(__dirname, 'electron/preload/index.ts'), formats: ['cjs'] },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src'),
    plugins: [react(), contentSecurityPolicy(), italianHolidayRulesOnly()],
    define: {
      __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0'),
    },
    build: {
      // electron-vite leaves bundles unminified; the renderer's boot time is mostly parsing, so minify it.
      minify: true,
      outDir: resolve(__dirname, 'out/renderer'),
      rolldownOptions: { input: resolve(__dirname, 'src/index.html') },
    },
  },
});
