/**
 * Components volunteers may use inside MDX content, without importing them
 * (pages pass this map to <Content components={…} />). Each is documented
 * with an example in CONTRIBUTING.md; `npm run check` rejects any other
 * component name.
 */
import Callout from './Callout.astro';
import Tel from './Tel.astro';
import AsylumFacts from './AsylumFacts.astro';
import Report from './Report.astro';
import type { MDX_COMPONENT_NAMES } from '../../schemas/mdx-components.ts';

export const mdxComponents = { Callout, Tel, AsylumFacts, Report } satisfies Record<(typeof MDX_COMPONENT_NAMES)[number], unknown>;

