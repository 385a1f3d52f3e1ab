// `npm start`: builds Riparo and opens the desktop app. Electron fetches its
// binary on first start; where that cannot happen (no internet, or a machine
// with no Electron build), it says so and serves the same app to a browser.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const run = (command) => spawnSync(command, { stdio: 'inherit', shell: true }).status ?? 1;

if (run('npx electron-vite build') !== 0) process.exit(1);

let electronBinary = null;
try {
  electronBinary = require('electron');
} catch (error) {
  console.warn(
    `\nElectron non è disponibile su questa macchina / Electron is not available here:\n  ${error.message}`,
  );
}

const command =
  electronBinary && existsSync(electronBinary)
    ? 'npx electron-vite preview'
    : 'npx vite preview --outDir out/renderer --host 127.0.0.1 --port 4173 --strictPort';
if (!command.includes('electron')) {
  console.warn('Avvio la versione web di Riparo: apri nel browser l’indirizzo qui sotto.');
  console.warn('Starting the web version of Riparo: open the address below in a browser.\n');
}
spawn(command, { stdio: 'inherit', shell: true }).on('exit', (code) => process.exit(code ?? 0));
