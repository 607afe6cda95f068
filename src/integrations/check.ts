/**
 * Step 1, when the build starts: read and check all content once, with the
 * volunteer-friendly messages of `npm run check`. Input: the content root.
 * Output: the checked entries (shared with the pages through
 * src/lib/check/checked-content.ts). A bad file stops `astro build` with one
 * clear line per problem and no stack trace; `astro dev` prints the
 * problems and keeps running.
 */
import type { AstroIntegrationLogger } from 'astro';
import { checkedContent } from '../lib/check/checked-content.ts';
import type { CheckResult } from '../lib/check/content-check.ts';
import { formatProblems, volunteerLang } from '../lib/check/problems.ts';
import { msg, say } from '../i18n/check/messages.ts';

export function checkStep(root: string, command: 'dev' | 'build' | 'preview' | 'sync', logger: AstroIntegrationLogger): CheckResult {
  const result = checkedContent(root, { fresh: command !== 'build' });
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (!errors.length) return result;
  const lang = volunteerLang();
  const report = formatProblems(errors, lang);
  if (command === 'build') {
    logger.error(say(msg('build.stopped', errors.length, report), lang));
    // Exit without a stack trace: the message above is the whole story.
    process.exit(1);
  }
  logger.warn(say(msg('dev.problems', report), lang));
  return result;
}
