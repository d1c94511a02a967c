/** Runs a command and reports its wall time and the peak resident memory of its process tree. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Resident set size in bytes of `pid` and all its descendants, read from /proc (Linux). */
function treeRss(pid: number): number {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
		} catch {
			// the process ended while we looked
		}
	}
	let total = 0;
	const stack = [pid];
	while (stack.length) {
		const p = stack.pop()!;
		try {
			const m = readFileSync(`/proc/${p}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
			if (m) total += Number(m[1]) * 1024;
		} catch {
			// ended
		}
		stack.push(...(children.get(p) ?? []));
	}
	return total;
}

export interface Measured {
	ms: number;
	peakRss: number;
	code: number | null;
	output: string;
}

/** `cwd`: where the command runs (Astro 7 writes its prerender chunks under the working folder's .astro/, whatever --root says). */
export function runMeasured(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd?: string): Promise<Measured> {
	return new Promise((resolve) => {
		const start = performance.now();
		const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		let peakRss = 0;
		const timer = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid!))), 50);
		child.on('close', (code) => {
			clearInterval(timer);
			resolve({ ms: performance.now() - start, peakRss, code, output });
		});
	});
}

/** The bench scripts' options: --sizes 100,500,2000 (corpus sizes) and --runs 3 (cold builds each). */
export function benchArgs(): { sizes: number[]; runs: number } {
	const arg = (name: string, fallback: string) => {
		const i = process.argv.indexOf(`--${name}`);
		return i > 0 ? process.argv[i + 1]! : fallback;
	};
	return { sizes: arg('sizes', '100,500,2000').split(',').map(Number), runs: Number(arg('runs', '3')) };
}

export const median = (xs: number[]) => {
	const s = xs.toSorted((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

/** HTML, and the CSS and JS it loads on its own (search loads on demand and is measured apart). */
export function pageWeight(dist: string, path: string) {
	const html = readFileSync(join(dist, path, 'index.html'));
	const assets = [...html.toString().matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!);
	const files = assets.map((a) => readFileSync(join(dist, a)));
	const css = files.filter((_, i) => assets[i]!.endsWith('.css'));
	const js = files.filter((_, i) => assets[i]!.endsWith('.js'));
	const sum = (bs: Buffer[], f: (b: Buffer) => number) => bs.reduce((n, b) => n + f(b), 0);
	return {
		html: { raw: html.length, gzip: gz(html) },
		css: { raw: sum(css, (b) => b.length), gzip: sum(css, gz) },
		js: { raw: sum(js, (b) => b.length), gzip: sum(js, gz) },
		requests: 1 + assets.length,
	};
}

