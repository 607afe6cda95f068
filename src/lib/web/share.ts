/** Share links. Pure. */

/** A WhatsApp link that shares `title` and `url` (the person picks the chat; nothing is sent until they do). */
export function whatsappShare(title: string, url: string): string {
  return `https://wa.me/?text=${encodeURIComponent(url ? `${title} ${url}` : title)}`;
}

/** The address to share for the page at `href`: without its #fragment, and without `index.html`. */
export function shareableUrl(href: string): string {
  const u = new URL(href);
  u.hash = '';
  u.pathname = u.pathname.replace(/\/index\.html$/, '/');
  return u.href;
}
