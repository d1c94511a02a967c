/**
 * At build, the prerendering code reads Astro's content store from a file instead of from a
 * string literal compiled into the bundle.
 *
 * Astro emits the store (every chapter's Markdown and HTML: 28 MB at 2,000 chapters) as one module,
 * `export default JSON.parse("…")`. V8 is slow to compile a module holding one huge string literal,
 * the more so when it is not ASCII: in a CPU profile of the 2,000-chapter build it took 6 s, on the
 * main thread, before the first page rendered (Vietnamese letters make the literal two-byte; the
 * same module with its letters made ASCII loads about three times faster). Reading the store
 * from a file and parsing it takes well under a second, and the bundler no longer carries it.
 *
 * The rewrite is exact by construction: the module's string literal is read as JSON (what
 * JSON.stringify writes is both a JavaScript string literal and a JSON document, and both read
 * back the same string), that string is written to a file, and the new module parses the file as
 * the old one parsed its literal. A module of any other shape is kept as Astro wrote it, with a
 * warning. Only `astro build` is touched: the dev server keeps Astro's own module.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A digest of a module and every module it imports by a relative path, transitively (the content
 * config and the schemas, and what they use from src/lib). Astro keeps its content store while
 * the text of the content config file stays the same (its digest covers that one file), so a
 * change in an imported schema (a new transform, a default) was not applied to entries already
 * in the store until its cache was deleted.
 */
export function moduleTreeDigest(entry: string): string {
	const hash = createHash('sha256');
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		const text = readFileSync(file, 'utf8');
		hash.update(`${file}\0${text}\0`);
		for (const m of text.matchAll(/(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g)) visit(resolve(dirname(file), m[1]!));
	};
	visit(resolve(entry));
	return hash.digest('hex');
}

/**
 * Deletes Astro's content store in `cacheDir` when the content config's module tree has changed
 * since the last run, or when no run has recorded it (a store from before this check).
 */
export function dropStaleStore(cacheDir: string, configFile: string): boolean {
	const stamp = resolve(cacheDir, 'hg-content-config-tree.txt');
	const digest = moduleTreeDigest(configFile);
	const store = resolve(cacheDir, 'data-store.json');
	const stale = existsSync(store) && (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== digest);
	if (stale) rmSync(store);
	mkdirSync(cacheDir, { recursive: true });
	writeFileSync(stamp, digest);
	return stale;
}

/** Astro's virtual module id for the store (astro/dist/content/consts.js). */
const STORE_MODULE = '\0astro:data-layer-content';
const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';

/**
 * The string that Astro's store module (`export default JSON.parse(<literal>)`) parses, or null
 * when the module has another shape or the part between the brackets is not one string literal.
 */
export function storeText(code: string): string | null {
	if (!code.startsWith(`${PREFIX}"`) || !code.endsWith(`"${SUFFIX}`)) return null;
	try {
		const text: unknown = JSON.parse(code.slice(PREFIX.length, -SUFFIX.length));
		return typeof text === 'string' ? text : null;
	} catch {
		return null;
	}
}

/** The module that parses the store from `file`. */
export const storeModuleFromFile = (file: string) =>
	`import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;

export function dataStoreIntegration(): AstroIntegration {
	let file = '';
	return {
		name: 'hg-data-store',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig, logger }) => {
				const contentConfig = fileURLToPath(new URL('content.config.ts', config.srcDir));
				if (existsSync(contentConfig) && dropStaleStore(fileURLToPath(config.cacheDir), contentConfig)) {
					logger.info('The content schemas changed since the last build: the content store is read again from the files');
				}
				if (command !== 'build') return;
				file = fileURLToPath(new URL('hg-data-store.json', config.cacheDir));
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'hg-data-store-from-file',
								transform: {
									filter: { id: /^\0astro:data-layer-content$/ },
									handler(code, id) {
										if (id !== STORE_MODULE) return null;
										const text = storeText(code);
										if (text === null) {
											logger.warn("Astro's content store module is not the `export default JSON.parse(\"…\")` this build expects: kept as Astro wrote it (it compiles slowly).");
											return null;
										}
										writeFileSync(file, text);
										logger.info(`Content store (${(text.length / 2 ** 20).toFixed(1)} MiB) will be read from a file, not compiled into the prerendering code`);
										return { code: storeModuleFromFile(file), map: { mappings: '' } };
									},
								},
							},
						],
					},
				});
			},
			'astro:build:done': () => {
				if (file) rmSync(file, { force: true });
			},
		},
	};
}
