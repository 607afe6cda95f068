/** One service in the finder's results: the same facts, in the same order, as the server-rendered card. */
import type { ServiceRecord } from '../lib/directory/search.ts';
import { displayPhone, formatDate, telHref, whatsappHref } from '../i18n/locale.ts';
import type { Lang } from '../i18n/locales.ts';
import { siteHref } from '../lib/web/site-href.ts';
import { differentClock, isOpenAt, utcOffset } from '../lib/directory/open-now.ts';
import type { CategoryOption, FinderStrings } from './finder-strings.ts';

export default function ResultCard({
  r,
  lang,
  strings,
  categories,
  now,
  readerZone,
}: {
  r: ServiceRecord & { km?: number };
  lang: string;
  strings: FinderStrings;
  categories: CategoryOption[];
  now: Date;
  readerZone: string;
}) {
  const labels = new Map(categories.map((c) => [c.value, c.label]));
  const known = r.schedule.length > 0 || !!r.exceptions?.length;
  const open = known && isOpenAt({ schedule: r.schedule, exceptions: r.exceptions }, r.timezone, now);
  return (
    <li>
      <a class="title" href={siteHref(`/${lang}/directory/${r.id}/`)}>
        {r.name}
      </a>
      <p class="meta">
        {r.org}
        {r.city && ` · ${r.city}`}
        {r.km !== undefined && ` · ${strings.km.replace('{{km}}', r.km < 10 ? r.km.toFixed(1) : String(Math.round(r.km)))}`}
      </p>
      <p>{r.description}</p>
      {known && (
        <p class="meta">
          <span class="hours-now" data-open={String(open)}>
            {open ? strings.openBadge : strings.closedBadge}
          </span>
          {differentClock(r.timezone, readerZone, now) && (
            <>
              {' · '}
              <span data-local-time>{strings.localTime.replace('{{offset}}', utcOffset(now, r.timezone))}</span>
            </>
          )}
        </p>
      )}
      {r.enforces && (
        <p class="migration-warning" role="note" data-migration-warning>
          <strong>{strings.warningLabel}:</strong>{' '}
          {r.warning ?? (r.enforces === 'police' ? strings.warnings.police : r.enforces === 'migration' ? strings.warnings.migration : strings.warnings.other)}
        </p>
      )}
      {r.assured && (
        <p class="meta">
          {(r.method && strings.verifiedBy[r.method]) || strings.verified} <time datetime={r.assured}>{formatDate(lang as Lang, r.assured)}</time>
        </p>
      )}
      <p>
        {r.categories.map((c) => (
          <span class="tag">{labels.get(c) ?? c}</span>
        ))}
      </p>
      {r.phones.length > 0 && (
        <ul class="plain numbers">
          {r.phones.map((p) => (
            <li>
              <a class="tel" href={telHref(p.number)} aria-label={`${strings.call} ${p.display ?? displayPhone(p.number)}`}>
                <bdi dir="ltr">{p.display ?? displayPhone(p.number)}</bdi>
              </a>
              {p.whatsapp && (
                <>
                  {' · '}
                  <a class="tel" href={whatsappHref(p.number)} rel="noreferrer">
                    {strings.whatsapp}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
