// The security gate: runs Doyensec's Electronegativity over electron/ and src/
// and fails on any finding that .ci/electronegativity-allowlist.json does not
// explain. The tool itself exits 0 whatever it finds, hence this script.
//
// Offline by design: Electronegativity fetches translations and Electron's
// release list from the internet. Its translation loader is replaced by the
// strings it ships, and the one check that needs the release list
// (AvailableSecurityFixesGlobalCheck) is left to RELEASE.md, where the
// maintainer runs the full tool with internet before a release.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const toolDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const fromTool = createRequire(path.join(toolDir, 'package.json'));

// Put the tool's own English strings in place of its network loader (same module id, so the runner uses this one).
const i18n = fromTool('i18n');
const loader = fromTool.resolve('./dist/locales/i18n.js');
require.cache[loader] = {
  id: loader,
  filename: loader,
  loaded: true,
  exports: async () => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: path.dirname(loader),
      updateFiles: false,
      objectNotation: true,
      register: globalThis,
    });
    i18n.setLocale('en-US');
  },
};
const run = fromTool('./dist/runner.js');

const allowList = JSON.parse(
  readFileSync(path.join(root, '.ci', 'electronegativity-allowlist.json'), 'utf8'),
);
const problems = [];
for (const entry of allowList.findings) {
  if (!entry.check || !entry.file || !(entry.reason ?? '').trim()) {
    problems.push(`allow-list entry without check, file or reason: ${JSON.stringify(entry)}`);
  }
}

// One scan over both folders (tests and test fakes left out), so the global
// checks see main's handlers and the page's CSP together.
const scanDir = mkdtempSync(path.join(tmpdir(), 'riparo-electronegativity-'));
const keep = (source) => !/\.test\.tsx?$/.test(source) && !source.includes(`${path.sep}test${path.sep}`);
try {
  for (const folder of ['electron', 'src']) {
    cpSync(path.join(root, folder), path.join(scanDir, folder), { recursive: true, filter: keep });
  }
  cpSync(path.join(root, 'package.json'), path.join(scanDir, 'package.json'));
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const result = await run({
    input: scanDir,
    isRelative: true,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    electronVersionOverride: electronVersion,
  });

  for (const error of result.errors) {
    // A file the tool cannot parse is a file it did not check.
    if (!error.tolerable)
      problems.push(`could not parse ${path.relative(scanDir, error.file)}: ${error.message}`);
  }
  const used = new Set();
  for (const issue of result.issues) {
    const file = issue.file.split(path.sep).join('/');
    const index = allowList.findings.findIndex((entry) => entry.check === issue.id && entry.file === file);
    if (index === -1) {
      problems.push(
        `${issue.id} in ${file}:${issue.location.line} (${issue.severity.name}): ${issue.description} ${issue.shortenedURL}`,
      );
    } else used.add(index);
  }
  allowList.findings.forEach((entry, index) => {
    if (!used.has(index))
      problems.push(`stale allow-list entry, no longer found: ${entry.check} in ${entry.file}`);
  });

  const checks = result.globalChecks + result.atomicChecks;
  if (problems.length > 0) {
    console.error(
      `Electronegativity: ${problems.length} problem(s) in ${checks} checks:\n- ${problems.join('\n- ')}`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `Electronegativity: ${checks} checks over electron/ and src/, ${result.issues.length} finding(s), all explained in the allow-list.`,
    );
  }
} finally {
  rmSync(scanDir, { recursive: true, force: true });
}
