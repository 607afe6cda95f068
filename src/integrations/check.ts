/**
 * Step 1, when the build starts: read and check all content once, with the
 * volunteer-friendly messages of `npm run check`. Input: the content root.
 * Output: the checked entries (shared with the pages through
 * src/lib/checked-content.ts). A bad file stops `astro build` with one
 * clear line per problem and no stack trace; `astro dev` prints the
 * problems and keeps running.
 */
import type { AstroIntegrationLogger } from 'astro';
import { checkedContent } from '../lib/checked-content.ts';
import type { CheckResult } from '../lib/content-check.ts';
import { formatProblems, volunteerLang } from '../lib/content-problems.ts';
import { SOURCE_LANG } from '../i18n/locales.ts';

export function checkStep(root: string, command: 'dev' | 'build' | 'preview' | 'sync', logger: AstroIntegrationLogger): CheckResult {
  const result = checkedContent(root, { fresh: command !== 'build' });
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (!errors.length) return result;
  const lang = volunteerLang();
  const report = formatProblems(errors, lang);
  if (command === 'build') {
    const say = (es: string, en: string) => (lang === SOURCE_LANG ? es : en);
    logger.error(
      say(
        `El contenido tiene ${errors.length} error(es). Corrígelos y vuelve a construir:\n\n${report}\n\nUsa \`npm run check\` para verlos sin construir el sitio.`,
        `The content has ${errors.length} problem(s). Fix them and build again:\n\n${report}\n\nRun \`npm run check\` to see them without building.`,
      ),
    );
    // Exit without a stack trace: the message above is the whole story.
    process.exit(1);
  }
  logger.warn(`Content problems (the site may not show these files):\n${report}`);
  return result;
}
