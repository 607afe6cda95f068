/** Names of the components volunteers may use in MDX (src/components/mdx/index.ts); the content check refuses others. */
export const MDX_COMPONENT_NAMES = ['Callout', 'Tel', 'AsylumFacts', 'Report'] as const;
