import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeChapterSchema } from './schemas/chapter.ts';
import { makeRegistryDocumentSchema } from './schemas/registry-document.ts';
import { makeGlossaryTermSchema } from './schemas/glossary-term.ts';
import { makePlanSchema } from './schemas/plan.ts';
import { makeCaseSchema, makeDeckSchema, makeFormSchema, makePracticeSchema } from './schemas/other-content.ts';

/**
 * Content lives in the top-level `content/` folder. `HG_CONTENT_DIR` points the build at
 * another folder: the tests use it to build fixtures with deliberately bad content.
 * Files whose name starts with "_" are drafts or partials and never become entries.
 */
const root = process.env.HG_CONTENT_DIR || './content';

// Handbook chapters are Markdown (.md, with the directives of src/integrations/markdown.ts): Astro
// renders them once into its content store instead of compiling each into a JavaScript module,
// which keeps builds fast at thousands of chapters (README, "Performance"). A chapter left as .mdx
// would silently vanish from the site, so it stops the build.
for (const folder of ['cam-nang-phap-luat', 'cam-nang-ky-nang']) {
	const stray = existsSync(join(root, folder)) ? readdirSync(join(root, folder)).filter((f) => f.endsWith('.mdx')) : [];
	if (stray.length) throw new Error(`${join(root, folder, stray[0]!)}: handbook chapters are Markdown; rename it to .md and write :cite{…}, :::callout, :::checklist instead of <Cite>, <Callout>, <Checklist> (README, "Writing content")`);
}

const chapters = defineCollection({
	loader: glob({ pattern: 'cam-nang-{phap-luat,ky-nang}/**/[^_]*.md', base: root }),
	schema: makeChapterSchema(reference('documents')),
});

const documents = defineCollection({
	loader: glob({ pattern: 'van-ban/[^_]*.yaml', base: root, generateId: ({ entry }) => entry.replace(/^van-ban\/|\.yaml$/g, '') }),
	schema: makeRegistryDocumentSchema(reference('documents')),
});

const glossary = defineCollection({
	loader: file(`${root}/thuat-ngu.yaml`),
	schema: makeGlossaryTermSchema(reference('documents')),
});

// Case studies, model practices and decks are MDX; forms and the plan are structured YAML.
// Ids are bare file names ("bo-rao-lan-dat"), the form other files use to refer to them.
const bareId = ({ entry }: { entry: string }) => entry.replace(/^.*\/|\.(mdx|yaml)$/g, '');
const mdx = (folder: string) => glob({ pattern: `${folder}/[^_]*.mdx`, base: root, generateId: bareId });
const yaml = (folder: string) => glob({ pattern: `${folder}/[^_]*.yaml`, base: root, generateId: bareId });
const cases = defineCollection({ loader: mdx('tinh-huong'), schema: makeCaseSchema(reference('documents'), reference('chapters')) });
const practices = defineCollection({ loader: mdx('mo-hinh'), schema: makePracticeSchema(reference('chapters'), reference('decks')) });
const decks = defineCollection({ loader: mdx('bai-giang'), schema: makeDeckSchema(reference('documents'), reference('chapters'), reference('cases')) });
const forms = defineCollection({ loader: yaml('bieu-mau'), schema: makeFormSchema(reference('documents')) });
const plans = defineCollection({ loader: yaml('ke-hoach'), schema: makePlanSchema(reference('documents')) });

export const collections = { chapters, documents, glossary, cases, practices, decks, forms, plans };
