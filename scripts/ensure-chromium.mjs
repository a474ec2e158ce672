// Browser tests need Chromium. On a fresh Debian machine run as root, install Debian's package; anywhere
// else, say exactly what is missing and stop (the test run must fail loudly, never skip).
import { execSync } from 'node:child_process';
import { chromiumPath, hasChromium } from './chromium.mjs';

if (!hasChromium()) {
  const canApt = process.getuid?.() === 0 && process.platform === 'linux';
  if (canApt) {
    console.log('Chromium not found: installing Debian package "chromium" (apt-get)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
  }
  if (!hasChromium()) {
    console.error(
      `Browser tests need Chromium at ${chromiumPath}. Install it (Debian/Ubuntu: "sudo apt-get install chromium") ` +
        'or set SDM_CHROMIUM to its path.',
    );
    process.exit(1);
  }
}
console.log(`Chromium: ${chromiumPath}`);
