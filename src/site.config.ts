/**
 * Settings an organization deploying the portal may change.
 */

/**
 * Where a file can be edited on the Git host, e.g.
 * `https://github.com/<org>/<repo>/edit/main/` (the file path is appended).
 * Empty: /status/ shows paths without links. Set `PORTAL_EDIT_URL` at build time.
 */
export const EDIT_BASE_URL = process.env.PORTAL_EDIT_URL ?? '';
