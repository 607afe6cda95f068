/**
 * The main text of a fetched source: HTML through a real parser (linkedom)
 * and Mozilla's Readability (the reader view of Firefox), so menus, footers
 * and sidebars do not count; PDFs (many laws are PDFs) through pdf.js
 * (unpdf). Node-only.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractText, getDocumentProxy } from 'unpdf';

/** Is this a PDF, by its type or its first bytes. */
export function isPdf(contentType: string | null, body: Uint8Array): boolean {
  return /application\/pdf/i.test(contentType ?? '') || new TextDecoder().decode(body.slice(0, 5)) === '%PDF-';
}

/** The readable text of an HTML page: Readability's article, else the body without navigation. */
export function htmlText(html: string, url: string): string {
  const { document } = parseHTML(html);
  const fallback = () => {
    for (const el of document.querySelectorAll('script, style, noscript, nav, header, footer, aside, form, [role="navigation"], [aria-hidden="true"]')) el.remove();
    return (document.body?.textContent ?? document.documentElement?.textContent ?? '').trim();
  };
  try {
    // Readability changes the document it reads: give it its own copy.
    const { document: copy } = parseHTML(html);
    Object.defineProperty(copy, 'baseURI', { value: url });
    const article = new Readability(copy as unknown as Document, { charThreshold: 200 }).parse();
    const text = article?.textContent?.trim();
    if (text && text.length >= 200) return [article?.title, text].filter(Boolean).join('\n');
  } catch {
    // A page Readability cannot read is read whole, without its navigation.
  }
  return fallback();
}

/** The text of a PDF, page after page. */
export async function pdfText(body: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(body));
  const { text } = await extractText(pdf, { mergePages: true });
  return text;
}

/** The main text of a response body, whatever its type. */
export async function mainText(body: Uint8Array, contentType: string | null, url: string): Promise<string> {
  if (isPdf(contentType, body)) return pdfText(body);
  const charset = /charset=([\w-]+)/i.exec(contentType ?? '')?.[1] ?? 'utf-8';
  let html: string;
  try {
    html = new TextDecoder(charset).decode(body);
  } catch {
    html = new TextDecoder('utf-8').decode(body);
  }
  return /html|xml/i.test(contentType ?? 'text/html') || /<html|<body|<p\b/i.test(html.slice(0, 2000)) ? htmlText(html, url) : html;
}
