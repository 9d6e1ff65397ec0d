// Makes sure a real Chromium is there before the browser tests run. On a fresh Debian machine,
// as root, it installs Debian's package; elsewhere it stops and prints the one command to run.
import { execSync } from 'node:child_process';
import { findChromium } from './chromium-path.mjs';

const INSTALL = 'apt-get update && apt-get install -y chromium';

if (findChromium()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt = false;
try {
  execSync('command -v apt-get', { stdio: 'ignore', shell: '/bin/sh' });
  hasApt = true;
} catch {
  hasApt = false;
}

if (isRoot && hasApt) {
  console.log(`No Chromium found: installing Debian's package (${INSTALL}) ...`);
  execSync(INSTALL, { stdio: 'inherit', shell: '/bin/sh', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (findChromium()) process.exit(0);
  console.error('apt-get finished but no Chromium was found at /usr/bin/chromium.');
  process.exit(1);
}

console.error(
  'The browser tests need Chromium and none was found.\n' +
    `Install it with:  sudo ${INSTALL}\n` +
    '(or point CHROME_PATH at an existing Chromium or Chrome binary).',
);
process.exit(1);
