/**
 * What volunteers can get wrong in MDX that would break the build or leak
 * readers to another site: braces that MDX reads as code, import/export
 * lines, scripts, frames, styles, event handlers, `javascript:` links, and
 * images or media from another host (a request to another site tells it
 * who reads the page). Works on the MDX syntax tree, so text inside code
 * spans and escaped characters (`\{`) are left alone. Pure.
 */
import { msg, type Message } from '../../i18n/check/messages.ts';

/** A problem in an MDX body; `line` counts from the body's first line. */
export interface MdxIssue {
  line: number;
  problem: Message;
  fix: Message;
}

interface Node {
  type: string;
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[] | Record<string, unknown> | null;
  children?: Node[];
  position?: { start: { line: number; offset?: number }; end: { offset?: number } };
}

/** Elements that run code, restyle the page or embed another site. */
const BLOCKED_TAGS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'link', 'meta', 'base', 'svg', 'math']);
/** Elements whose `src`/`srcset`/`poster`/`data` load a file. */
const MEDIA_ATTRS = new Set(['src', 'srcset', 'poster', 'data']);
/** A URL that leaves the site: absolute with a scheme, or protocol-relative. */
const OFF_SITE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
/** URL schemes that run code. */
const CODE_URL = /^\s*(?:javascript|vbscript|data):/i;
/** An MDX comment: `{/* … *\/}` is allowed. */
const COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;

/** Every problem of this kind in an MDX body (already parsed to `tree`). */
export function unsafeMdx(tree: unknown, body: string): MdxIssue[] {
  const out: MdxIssue[] = [];
  const add = (node: Node, problem: Message, fix: Message) => out.push({ line: node.position?.start.line ?? 1, problem, fix });

  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxTextExpression':
      case 'mdxFlowExpression':
        if (!COMMENT.test(node.value ?? '')) {
          add(node, msg('read-code-mdx-treats-start', (node.value ?? '').slice(0, 30)), msg('show-brace-text-write-reword'));
        }
        break;
      case 'mdxjsEsm':
        add(node, msg('line-starting-import-export-code'), msg('remove-line-components-such-callout'));
        break;
      case 'text': {
        // A lone "}" is kept as text but breaks in other MDX tools; ask for \} as for "{".
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start !== undefined && end !== undefined && /(?<!\\)\}/.test(body.slice(start, end))) {
          add(node, msg('text-read-end-code'), msg('write'));
        }
        break;
      }
      case 'link':
      case 'definition':
        if (CODE_URL.test(node.url ?? '')) add(node, msg('link-runs-code-instead-opening', node.url?.slice(0, 40) ?? ''), msg('link-web-page-https-page'));
        break;
      case 'image':
        if (OFF_SITE.test(node.url ?? '')) {
          add(node, msg('image-loaded-from-another-site', node.url ?? ''), msg('save-image-repository-public-images'));
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const lower = name.toLowerCase();
        if (BLOCKED_TAGS.has(lower)) {
          add(node, msg('not-allowed-content-can-run', name), lower === 'iframe' ? msg('link-video-page-instead-title') : msg('remove-use-markdown-components-listed'));
          break;
        }
        for (const attr of Array.isArray(node.attributes) ? node.attributes : []) {
          if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
            add(node, msg('has-attribute-written-code', name), msg('write-attributes-name-value'));
            continue;
          }
          const value = typeof attr.value === 'string' ? attr.value : '';
          if (/^on/i.test(attr.name)) add(node, msg('attribute-runs-code', attr.name, name), msg('remove', attr.name));
          else if (typeof attr.value === 'object' && attr.value !== null) add(node, msg('attribute-written-code', attr.name, name), msg('write-value', attr.name));
          else if ((attr.name === 'href' || MEDIA_ATTRS.has(attr.name)) && CODE_URL.test(value)) add(node, msg('runs-code', attr.name, name), msg('use-web-address-https-page'));
          else if (MEDIA_ATTRS.has(attr.name) && OFF_SITE.test(value)) {
            add(node, msg('loads-file-from-another-site', `${name} ${attr.name}="${value.slice(0, 50)}"`), msg('save-file-repository-public-use'));
          }
        }
        break;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree as Node);
  return out;
}
