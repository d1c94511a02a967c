// The floor for `npm run bench`: Astro 7 with the same Markdown corpus and no site chrome, no
// search, no integrations. BENCH_CONTENT is the corpus folder, BENCH_OUT the output folder.
import { defineConfig } from 'astro/config';

export default defineConfig({
	outDir: process.env.BENCH_OUT || './dist',
	cacheDir: process.env.BENCH_CACHE || './node_modules/.astro',
	devToolbar: { enabled: false },
});
