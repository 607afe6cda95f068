/**
 * Components volunteers may use inside MDX content, without importing them
 * (pages pass this map to <Content components={…} />). Each is documented
 * with an example in CONTRIBUTING.md; `npm run check` rejects any other
 * component name.
 */
import Callout from './Callout.astro';
import Tel from './Tel.astro';
import AsylumFacts from './AsylumFacts.astro';

export const mdxComponents = { Callout, Tel, AsylumFacts };

/** Names allowed in MDX, for the content check. */
export const MDX_COMPONENT_NAMES = ['Callout', 'Tel', 'AsylumFacts'] as const;
