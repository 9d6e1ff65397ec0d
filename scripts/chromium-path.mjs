// Where the real browser for tests and benchmarks lives: CHROME_PATH, else Debian's chromium.
// Playwright never downloads a browser here (no network): always pass this executablePath.
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @returns {string | undefined} */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

/**
 * Features Playwright turns off in every Chromium it starts (playwright-core, chromiumSwitches).
 * Chromium keeps only the last --disable-features of its command line, and ours comes after
 * Playwright's, so ours repeats them (test/scripts/chromium-args.test.ts fails when they differ).
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/** The same for chrome-launcher 1.2 (its DEFAULT_FLAGS), which starts Chromium for Lighthouse 12.8. */
export const CHROME_LAUNCHER_DISABLED_FEATURES = [
  'Translate',
  'OptimizationHints',
  'MediaRouter',
  'DialMediaRouteProvider',
  'CalculateNativeWinOcclusion',
  'InterestFeedContentSuggestions',
  'CertificateTransparencyComponentUpdater',
  'AutofillServerCommunication',
  'PrivacySandboxSettings4',
  'RenderDocument',
];

/**
 * Chromium 156 starts a renderer for the omnibox's popup (chrome://omnibox-popup.top-chrome) with
 * some new windows, headless too: about 800 ms of CPU in the middle of a page's load, which on a
 * 2-core machine doubled the time from the data to the first map in some loads and not others.
 */
const OMNIBOX_POPUP_FEATURES = ['PreloadTopChromeWebUI', 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

/** Our --disable-features for a browser whose launcher passes `launcherFeatures` before it. */
export const disableFeatures = (/** @type {string[]} */ launcherFeatures) =>
  `--disable-features=${[...launcherFeatures, ...OMNIBOX_POPUP_FEATURES].join(',')}`;

/** Flags that keep headless Chromium quiet on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  disableFeatures(PLAYWRIGHT_DISABLED_FEATURES),
];
