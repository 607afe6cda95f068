/**
 * Build step 0: check all content with the volunteer-friendly messages of
 * `npm run check` before Astro loads it. A bad file stops `astro build`
 * with one clear line per problem (file, field, fix) and no stack trace;
 * in `astro dev` the problems are printed and the server keeps running.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content-check.ts';
import { formatProblems, volunteerLang } from '../lib/content-problems.ts';
import { contentRoot } from '../lib/content-root.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'portal:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const root = contentRoot(fileURLToPath(config.root));
        const { problems } = checkContent(root);
        const errors = problems.filter((p) => p.severity === 'error');
        if (!errors.length) return;
        const lang = volunteerLang();
        const report = formatProblems(errors, lang);
        if (command === 'build') {
          logger.error(
            lang === 'es'
              ? `El contenido tiene ${errors.length} error(es). Corrígelos y vuelve a construir:\n\n${report}\n\nUsa \`npm run check\` para verlos sin construir el sitio.`
              : `The content has ${errors.length} problem(s). Fix them and build again:\n\n${report}\n\nRun \`npm run check\` to see them without building.`,
          );
          // Exit without a stack trace: the message above is the whole story.
          process.exit(1);
        }
        logger.warn(`Content problems (the site may not show these files):\n${report}`);
      },
    },
  };
}
