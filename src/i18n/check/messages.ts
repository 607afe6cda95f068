/**
 * The content check's messages. Each message has an id; its wording lives
 * in the catalogs `src/i18n/check/<lang>.json` (Spanish, the volunteers'
 * default, and English), with numbered placeholders `{{1}}`, `{{2}}`… for
 * what varies (a file name, a value). A `Message` renders in English when
 * turned into a string, so logs and tests read naturally; `say()` renders
 * it in the volunteer's language.
 */
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import { SOURCE_LANG, type VolunteerLang } from '../locales.ts';

/** The id of a message (a key of the catalogs). */
export type MessageId = keyof typeof en;

const CATALOGS: Record<VolunteerLang, Record<string, string>> = { [SOURCE_LANG]: es, en } as Record<VolunteerLang, Record<string, string>>;

/** True when `id` is a message id of the catalogs. */
export const isMessageId = (id: string): id is MessageId => Object.prototype.hasOwnProperty.call(en, id);

/** One message: its id and the values of its placeholders, in order. */
export class Message {
  readonly id: MessageId;
  readonly params: readonly (string | number)[];
  constructor(id: MessageId, params: readonly (string | number)[] = []) {
    this.id = id;
    this.params = params;
  }
  /** English, for logs and tests. */
  toString(): string {
    return say(this, 'en');
  }
  toJSON(): string {
    return this.toString();
  }
}

/** A message with its placeholder values. */
export const msg = (id: MessageId, ...params: (string | number)[]): Message => new Message(id, params);

/** Separates a message id from its values inside a zod error text (zod messages are strings). */
const SEP = '\u001f';

/** A zod error text that carries a message id and its values. */
export const zodMessage = (id: MessageId, ...params: (string | number)[]): string => [id, ...params].join(SEP);

/** The message a zod error text stands for, or null when it is not one of ours. */
export function fromZodMessage(text: string): Message | null {
  const [id, ...params] = text.split(SEP);
  return isMessageId(id) ? new Message(id, params) : null;
}

/** The message in the volunteer's language (English where a wording is missing). */
export function say(message: Message, lang: VolunteerLang): string {
  const template = CATALOGS[lang][message.id] ?? CATALOGS.en[message.id] ?? message.id;
  return template.replace(/\{\{(\d+)\}\}/g, (_, n: string) => String(message.params[Number(n) - 1] ?? ''));
}

/** Ids whose wording is missing in a catalog (a test keeps this empty). */
export function untranslated(): string[] {
  return Object.keys(en).filter((id) => !(id in es));
}
