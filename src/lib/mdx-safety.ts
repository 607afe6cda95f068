/**
 * What volunteers can get wrong in MDX that would break the build or leak
 * readers to another site: braces that MDX reads as code, import/export
 * lines, scripts, frames, styles, event handlers, `javascript:` links, and
 * images or media from another host (a request to another site tells it
 * who reads the page). Works on the MDX syntax tree, so text inside code
 * spans and escaped characters (`\{`) are left alone. Pure.
 */

/** A problem in an MDX body; `line` counts from the body's first line. */
export interface MdxIssue {
  line: number;
  problem: string;
  fix: string;
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
  const add = (node: Node, problem: string, fix: string) => out.push({ line: node.position?.start.line ?? 1, problem, fix });

  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxTextExpression':
      case 'mdxFlowExpression':
        if (!COMMENT.test(node.value ?? '')) {
          add(node, `"{${(node.value ?? '').slice(0, 30)}}" is read as code: MDX treats { and } as the start and end of a program`, 'to show a brace in the text write \\{ and \\}; or reword without braces');
        }
        break;
      case 'mdxjsEsm':
        add(node, 'a line starting with "import" or "export" is code, not text', 'remove the line: components such as <Callout> need no import; to start a sentence with that word, put it later in the sentence');
        break;
      case 'text': {
        // A lone "}" is kept as text but breaks in other MDX tools; ask for \} as for "{".
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start !== undefined && end !== undefined && /(?<!\\)\}/.test(body.slice(start, end))) {
          add(node, 'a "}" in the text is read as the end of code', 'write it as \\} (and a "{" as \\{)');
        }
        break;
      }
      case 'link':
      case 'definition':
        if (CODE_URL.test(node.url ?? '')) add(node, `the link "${node.url?.slice(0, 40)}" runs code instead of opening a page`, 'link to a web page (https://…) or to a page of this site (/es/…)');
        break;
      case 'image':
        if (OFF_SITE.test(node.url ?? '')) {
          add(node, `the image ${node.url} is loaded from another site, which would learn who reads this page`, 'save the image in the repository (public/images/…) and write its path, e.g. ![description](/images/file.png)');
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const lower = name.toLowerCase();
        if (BLOCKED_TAGS.has(lower)) {
          add(node, `<${name}> is not allowed in content: it can run code, change the page or embed another site`, lower === 'iframe' ? 'link to the video or page instead: [title](https://…)' : 'remove it; use Markdown and the components listed in CONTRIBUTING.md');
          break;
        }
        for (const attr of Array.isArray(node.attributes) ? node.attributes : []) {
          if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
            add(node, `<${name}> has an attribute written as code ({…})`, 'write attributes as name="value"');
            continue;
          }
          const value = typeof attr.value === 'string' ? attr.value : '';
          if (/^on/i.test(attr.name)) add(node, `the attribute ${attr.name}= on <${name}> runs code`, `remove ${attr.name}=`);
          else if (typeof attr.value === 'object' && attr.value !== null) add(node, `the attribute ${attr.name}= on <${name}> is written as code ({…})`, `write it as ${attr.name}="value"`);
          else if ((attr.name === 'href' || MEDIA_ATTRS.has(attr.name)) && CODE_URL.test(value)) add(node, `the ${attr.name} of <${name}> runs code`, 'use a web address (https://…) or a page of this site (/es/…)');
          else if (MEDIA_ATTRS.has(attr.name) && OFF_SITE.test(value)) {
            add(node, `<${name} ${attr.name}="${value.slice(0, 50)}"> loads a file from another site, which would learn who reads this page`, 'save the file in the repository (public/…) and use its path; for a video elsewhere, link to it instead');
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
