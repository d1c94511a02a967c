/** The components authors may use in MDX without importing them (passed to <Content components>). */
import Callout from './Callout.astro';
import Checklist from './Checklist.astro';
import Cite from './Cite.astro';

export const mdxComponents = { Callout, Checklist, Cite };
