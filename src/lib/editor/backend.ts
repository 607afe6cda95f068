/**
 * Where the web editor saves (issue 14), chosen when the site is built:
 *
 * - Local mode (nothing set, the default): Decap's `proxy` backend at
 *   `/api/v1` on the same origin, which `npm run edit` serves with
 *   `decap-server` writing straight into the working copy. No account, no
 *   internet.
 * - Hosted mode: `PORTAL_CMS_BACKEND=github|gitlab|gitea|forgejo` and
 *   `PORTAL_CMS_REPO=owner/name`, with the editorial workflow (draft → in
 *   review → ready; each entry is a pull request that CI checks) where the
 *   backend has it (Gitea has none: saves go straight to the branch).
 *   Optional: `PORTAL_CMS_BRANCH` (main), `PORTAL_CMS_API_ROOT` and
 *   `PORTAL_CMS_BASE_URL` for self-hosted GitLab/Gitea/Forgejo,
 *   `PORTAL_CMS_APP_ID` (OAuth application id: GitLab, Gitea and Forgejo
 *   sign in with PKCE, no server needed), `PORTAL_CMS_AUTH_URL` (GitHub's
 *   OAuth helper, e.g. a self-hosted `decap-proxy`).
 *
 * Pure: reads only the environment it is given.
 */

export type HostedBackend = 'github' | 'gitlab' | 'gitea' | 'forgejo';
export const HOSTED_BACKENDS: readonly HostedBackend[] = ['github', 'gitlab', 'gitea', 'forgejo'];

/** The API each hosted backend talks to by default (the editor's CSP allows it). */
const DEFAULT_API: Record<HostedBackend, string> = {
  github: 'https://api.github.com',
  gitlab: 'https://gitlab.com/api/v4',
  gitea: 'https://gitea.com/api/v1',
  forgejo: 'https://codeberg.org/api/v1',
};

export interface EditorBackend {
  /** Decap's `backend` setting. */
  backend: Record<string, unknown>;
  /** Decap's `publish_mode`, when the editorial workflow is on. */
  publishMode?: 'editorial_workflow';
  /** Origins the editor must reach (added to `/admin/`'s connect-src). */
  connect: string[];
  local: boolean;
}

export class EditorBackendError extends Error {}

/** The editor's backend for this build, from `PORTAL_CMS_*` variables. */
export function editorBackend(env: Record<string, string | undefined> = {}): EditorBackend {
  const name = (env.PORTAL_CMS_BACKEND ?? '').trim().toLowerCase();
  const branch = env.PORTAL_CMS_BRANCH?.trim() || 'main';
  if (!name || name === 'local' || name === 'proxy') {
    return { backend: { name: 'proxy', proxy_url: '/api/v1', branch }, connect: [], local: true };
  }
  if (!HOSTED_BACKENDS.includes(name as HostedBackend)) {
    throw new EditorBackendError(
      `PORTAL_CMS_BACKEND="${env.PORTAL_CMS_BACKEND}" is not a backend the web editor knows. Use one of: ${HOSTED_BACKENDS.join(', ')} (or leave it empty for local editing with \`npm run edit\`).`,
    );
  }
  const hosted = name as HostedBackend;
  const repo = env.PORTAL_CMS_REPO?.trim();
  if (!repo || !/^[\w.-]+(\/[\w.-]+)+$/.test(repo)) {
    throw new EditorBackendError(
      `PORTAL_CMS_BACKEND=${hosted} needs PORTAL_CMS_REPO, the repository as owner/name (for example PORTAL_CMS_REPO=my-org/migrant-portal).`,
    );
  }
  const apiRoot = env.PORTAL_CMS_API_ROOT?.trim();
  for (const [key, value] of [['PORTAL_CMS_API_ROOT', apiRoot], ['PORTAL_CMS_BASE_URL', env.PORTAL_CMS_BASE_URL], ['PORTAL_CMS_AUTH_URL', env.PORTAL_CMS_AUTH_URL]] as const) {
    if (value && !/^https:\/\/[^\s/]+/.test(value.trim())) {
      throw new EditorBackendError(`${key}="${value}" must be a full https:// address (for example https://git.example.org${key === 'PORTAL_CMS_API_ROOT' ? '/api/v1' : ''}).`);
    }
  }
  const appId = env.PORTAL_CMS_APP_ID?.trim();
  const baseUrl = env.PORTAL_CMS_BASE_URL?.trim() || env.PORTAL_CMS_AUTH_URL?.trim();
  const backend: Record<string, unknown> = {
    name: hosted,
    repo,
    branch,
    ...(apiRoot ? { api_root: apiRoot } : {}),
    ...(baseUrl ? { base_url: baseUrl } : {}),
    ...(appId ? { app_id: appId, ...(hosted === 'github' ? {} : { auth_type: 'pkce' }) } : {}),
    // Shown on the pull request: a reviewer knows it came from the web editor.
    commit_messages: {
      create: 'Web editor: create {{collection}} “{{slug}}”',
      update: 'Web editor: update {{collection}} “{{slug}}”',
      delete: 'Web editor: delete {{collection}} “{{slug}}”',
      uploadMedia: 'Web editor: upload “{{path}}”',
      deleteMedia: 'Web editor: delete “{{path}}”',
    },
  };
  const api = apiRoot || DEFAULT_API[hosted];
  const connect = [...new Set([new URL(api).origin, ...(baseUrl ? [new URL(baseUrl).origin] : [])])];
  return { backend, ...(hosted === 'gitea' ? {} : { publishMode: 'editorial_workflow' as const }), connect, local: false };
}
