import { existsSync } from 'node:fs';

/** Debian's Chromium: the only browser this machine (and CI) has. Override with CHROMIUM_PATH. */
export function chromiumPath(): string {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      'Chromium was not found (looked for $CHROMIUM_PATH, /usr/bin/chromium). Run `npm run setup:system` ' +
        '(installs Debian chromium and postgresql) or set CHROMIUM_PATH.',
    );
  }
  return found;
}

/**
 * Headless flags that keep Chromium quiet on a machine without a network: no background
 * networking, no component updates, no sandbox (we run as root in CI).
 */
export function chromiumLaunchOptions(): { executablePath: string; args: string[] } {
  return {
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
