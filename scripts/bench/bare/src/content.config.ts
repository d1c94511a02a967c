import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
	chapters: defineCollection({ loader: glob({ base: `${process.env.BENCH_CONTENT}/cam-nang-phap-luat`, pattern: '*.md' }) }),
};
