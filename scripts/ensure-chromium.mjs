// Installs Debian's Chromium when it is missing, so browser tests run on a fresh machine.
// Playwright's own browser download cannot work here (no network but the registries).
// A Japanese font comes with it, so screenshots of the Japanese UI show text, not boxes.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
console.log(`Chromium not found at ${path}; installing Debian's chromium package...`);
const sudo = process.getuid && process.getuid() === 0 ? '' : 'sudo ';
try {
  execSync(`${sudo}apt-get update -qq && ${sudo}apt-get install -y -qq chromium fonts-ipafont-gothic`, { stdio: 'inherit' });
} catch {
  console.error('Could not install chromium. Install it by hand (apt-get install chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}
