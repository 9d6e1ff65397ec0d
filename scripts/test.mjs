// `npm test`: everything, in order, with one plain closing line `N passed, N failed` that CI reads.
// Steps: a real Chromium is there, the type check, the data and atlas build (a broken data file
// fails here), then every Vitest project (node + real Chromium) with a JSON report.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const REPORT = 'test-results/vitest.json';
const extraArgs = process.argv.slice(2);

function run(cmd, args) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  return result.status ?? 1;
}

function finish(passed, failed, code) {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(code);
}

const steps = [
  ['node', ['scripts/ensure-chromium.mjs']],
  ['npx', ['tsc', '-p', 'tsconfig.json']],
  ['npm', ['run', '--silent', 'build:data']],
];
for (const [cmd, args] of steps) {
  const code = run(cmd, args);
  if (code !== 0) {
    console.error(`\n\`${cmd} ${args.join(' ')}\` failed (exit ${code}); tests not run.`);
    finish(0, 1, code);
  }
}

mkdirSync('test-results', { recursive: true });
const code = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`, ...extraArgs]);
if (!existsSync(REPORT)) finish(0, 1, code || 1);
const report = JSON.parse(readFileSync(REPORT, 'utf8'));
const failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0) + (report.numFailedTestSuites && !report.numFailedTests ? report.numFailedTestSuites : 0);
const ok = code === 0 && failed === 0 && report.numPassedTests > 0;
finish(report.numPassedTests, failed, ok ? 0 : code || 1);
