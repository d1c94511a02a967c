/** Runs a command and reports its wall time and the peak resident memory of its process tree. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

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

export function runMeasured(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<Measured> {
	return new Promise((resolve) => {
		const start = performance.now();
		const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
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

export const median = (xs: number[]) => {
	const s = xs.toSorted((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
