/**
 * How Chromium is launched (src/integrations/chromium.ts), checked on the real browser: its
 * command line keeps Playwright's own disabled features, and the address-bar popup that
 * Chromium 151+ renders in every window is not rendered.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, OMNIBOX_POPUP_FEATURES, PLAYWRIGHT_DISABLED_FEATURES, chromiumPath } from '../../src/integrations/chromium.ts';

/** The flags that work headless as root, without any --disable-features of ours. */
const PLAIN_ARGS = CHROMIUM_ARGS.filter((a) => !a.startsWith('--disable-features='));

/** Each process of the system: its parent and its command line. */
function processes(): { pid: number; ppid: number; args: string[] }[] {
	const list = [];
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			// Chromium's child processes rewrite their title: one string, its arguments joined by spaces.
			list.push({ pid: Number(name), ppid, args: readFileSync(`/proc/${name}/cmdline`, 'utf8').split(/[\0 ]/) });
		} catch {
			/* the process ended while listed */
		}
	}
	return list;
}

/** The popup's renderer: the one Chromium starts for its own WebUI ("top chrome"). */
const popupRenderers = (children: string[][]) => children.filter((args) => args.includes('--top-chrome-webui'));

/**
 * Launches Chromium with `args`, opens a page in a new context, and returns the browser's
 * command line and those of the processes it started (renderers, GPU, utilities), once a popup
 * renderer is among them or `waitMs` have passed since the page opened (it starts with the
 * window, not at once), and the ms it waited.
 */
async function launched(args: string[], waitMs: number): Promise<{ browser: string[]; children: string[][]; ms: number }> {
	const server = await chromium.launchServer({ executablePath: chromiumPath(), args });
	try {
		const browser = await chromium.connect(server.wsEndpoint());
		const page = await (await browser.newContext()).newPage();
		await page.goto('data:text/html,<p lang="vi">Trang thử</p>');
		const root = server.process().pid!;
		const look = () => {
			const all = processes();
			const tree = new Set([root]);
			for (let grew = true; grew; ) {
				grew = false;
				for (const p of all) if (tree.has(p.ppid) && !tree.has(p.pid)) grew = !!tree.add(p.pid);
			}
			return { browser: all.find((p) => p.pid === root)!.args, children: all.filter((p) => p.pid !== root && tree.has(p.pid)).map((p) => p.args) };
		};
		const opened = Date.now();
		let seen = look();
		for (const end = opened + waitMs; !popupRenderers(seen.children).length && Date.now() < end; seen = look()) await page.waitForTimeout(100);
		const ms = Date.now() - opened;
		await browser.close();
		return { ...seen, ms };
	} finally {
		await server.close();
	}
}

/** The features the last --disable-features names: Chromium honours only that one. */
const disabled = (args: string[]) => new Set(args.findLast((a) => a.startsWith('--disable-features='))?.slice('--disable-features='.length).split(',').filter(Boolean));

test('the launch flags keep every feature Playwright turns off, and turn the address-bar popup off', { timeout: 60_000 }, async () => {
	const plain = await launched(PLAIN_ARGS, 15_000);
	const playwrights = disabled(plain.browser);
	assert.ok(playwrights.has('PaintHolding'), `Playwright's own --disable-features was not found on the command line: ${plain.browser.join(' ')}`);
	assert.deepEqual(
		[...playwrights].filter((f) => !PLAYWRIGHT_DISABLED_FEATURES.includes(f)),
		[],
		'Playwright now turns off features PLAYWRIGHT_DISABLED_FEATURES lacks: add them, or ours would switch them back on',
	);
	// Without the flags this Chromium renders the popup: what the flags are for.
	assert.ok(popupRenderers(plain.children).length > 0, 'Chromium no longer renders its address-bar popup in a new window: OMNIBOX_POPUP_FEATURES may go');

	// Three times as long as the popup took to show without the flags, and at least 3 s.
	const ours = await launched(CHROMIUM_ARGS, Math.max(3000, 3 * plain.ms));
	const off = disabled(ours.browser);
	for (const f of [...playwrights, ...OMNIBOX_POPUP_FEATURES]) assert.ok(off.has(f), `${f} is not disabled by the last --disable-features`);
	assert.deepEqual(popupRenderers(ours.children), [], 'the address-bar popup was rendered');
});
