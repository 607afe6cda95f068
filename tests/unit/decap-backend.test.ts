import { describe, it, expect } from 'vitest';
import { editorBackend, EditorBackendError } from '../../src/lib/editor/backend.ts';
import { adminCsp } from '../../src/integrations/admin.ts';

describe('where the web editor saves, chosen at build time', () => {
  it('by default: the local backend of `npm run edit`, on the same origin, no account', () => {
    expect(editorBackend({})).toEqual({ backend: { name: 'proxy', proxy_url: '/api/v1', branch: 'main' }, connect: [], local: true });
  });

  it('GitHub: the repository, the editorial workflow (a pull request per entry), and only GitHub’s API allowed', () => {
    const b = editorBackend({ PORTAL_CMS_BACKEND: 'github', PORTAL_CMS_REPO: 'my-org/portal', PORTAL_CMS_AUTH_URL: 'https://auth.example.org' });
    expect(b.local).toBe(false);
    expect(b.publishMode).toBe('editorial_workflow');
    expect(b.backend).toMatchObject({ name: 'github', repo: 'my-org/portal', branch: 'main', base_url: 'https://auth.example.org' });
    expect(b.connect).toEqual(['https://api.github.com', 'https://auth.example.org']);
  });

  it('self-hosted GitLab with PKCE sign-in: its own API root and application id', () => {
    const b = editorBackend({
      PORTAL_CMS_BACKEND: 'GitLab',
      PORTAL_CMS_REPO: 'ngo/site/content',
      PORTAL_CMS_BRANCH: 'publish',
      PORTAL_CMS_API_ROOT: 'https://git.example.org/api/v4',
      PORTAL_CMS_BASE_URL: 'https://git.example.org',
      PORTAL_CMS_APP_ID: 'abc123',
    });
    expect(b.backend).toMatchObject({ name: 'gitlab', branch: 'publish', api_root: 'https://git.example.org/api/v4', app_id: 'abc123', auth_type: 'pkce' });
    expect(b.connect).toEqual(['https://git.example.org']);
  });

  it('Gitea has no editorial workflow (saves go to the branch); Forgejo has it', () => {
    expect(editorBackend({ PORTAL_CMS_BACKEND: 'gitea', PORTAL_CMS_REPO: 'a/b' }).publishMode).toBeUndefined();
    expect(editorBackend({ PORTAL_CMS_BACKEND: 'forgejo', PORTAL_CMS_REPO: 'a/b' }).publishMode).toBe('editorial_workflow');
  });

  it('refuses a setting it cannot use, saying what to write instead', () => {
    expect(() => editorBackend({ PORTAL_CMS_BACKEND: 'bitbucket' })).toThrow(/github, gitlab, gitea, forgejo/);
    expect(() => editorBackend({ PORTAL_CMS_BACKEND: 'github' })).toThrow(/PORTAL_CMS_REPO.*owner\/name/);
    expect(() => editorBackend({ PORTAL_CMS_BACKEND: 'gitlab', PORTAL_CMS_REPO: 'a/b', PORTAL_CMS_API_ROOT: 'git.example.org' })).toThrow(EditorBackendError);
  });

  it('the editor’s CSP allows eval and inline styles (Decap needs them) but no other host than its API', () => {
    const csp = adminCsp(['https://api.github.com']);
    expect(csp).toContain("script-src 'self' 'unsafe-eval'");
    expect(csp).toContain("connect-src 'self' https://api.github.com");
    expect(csp).not.toMatch(/script-src[^;]*https?:/);
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
