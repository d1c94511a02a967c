/**
 * How the project launches Debian's Chromium through Playwright: the build's PDF printing
 * (print-pdfs.ts), the e2e tests (playwright.config.ts), the benchmarks and the screenshot
 * script. Nothing here can download a browser, so it is always /usr/bin/chromium unless
 * CHROMIUM_PATH names another.
 */

/** Where Chromium is: CHROMIUM_PATH, else Debian's package. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * The features Playwright itself turns off (playwright-core, chromiumSwitches.ts). Chromium
 * honours only the last --disable-features on its command line, so a list of ours must repeat
 * Playwright's, or it would switch them back on (PaintHolding among them, which changes when
 * pages first paint). tests/unit/chromium.test.ts checks this copy against the installed
 * Playwright's.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
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

/**
 * Chromium 151 and later render their address-bar popup, a WebUI page, in a renderer of its own
 * at start and for every new window, headless too, where nobody can see it. On this 2-core
 * machine that renderer took about one core for a second or more after each new browser context,
 * so a search timed just after a page opened ran on half the machine: 363 against 255 ms on the
 * real site, 527 against 361 ms at 2,000 pages (medians of 7 and 5; README, "Performance").
 * Puppeteer turns the same two features off by default (puppeteer/puppeteer#15278).
 */
export const OMNIBOX_POPUP_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/** Launch flags that work headless as root, with the address-bar popup off. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	`--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OMNIBOX_POPUP_FEATURES].join(',')}`,
];

/** Playwright launch options for Chromium: its path and {@link CHROMIUM_ARGS}. */
export const chromiumLaunchOptions = () => ({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
