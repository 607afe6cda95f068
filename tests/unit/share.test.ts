import { describe, it, expect } from 'vitest';
import { shareableUrl, whatsappShare } from '../../src/lib/web/share.ts';
import { siteUrlFrom } from '../../src/site.config.ts';

describe('share links', () => {
  it('share the page’s own address without fragment or index.html', () => {
    expect(shareableUrl('http://192.168.1.5:8080/es/guides/x/index.html#fuentes')).toBe('http://192.168.1.5:8080/es/guides/x/');
    expect(shareableUrl('https://migrar.example.org/ar/?q=1')).toBe('https://migrar.example.org/ar/?q=1');
  });
  it('WhatsApp gets the title and the address as one encoded text', () => {
    expect(whatsappShare('¿Asilo?', 'https://m.example.org/es/')).toBe('https://wa.me/?text=%C2%BFAsilo%3F%20https%3A%2F%2Fm.example.org%2Fes%2F');
  });
});

describe('the public address (PORTAL_SITE_URL)', () => {
  it('is optional, and kept without a trailing slash', () => {
    expect(siteUrlFrom(undefined)).toBe('');
    expect(siteUrlFrom('  ')).toBe('');
    expect(siteUrlFrom('https://migrar.example.org/')).toBe('https://migrar.example.org');
    expect(siteUrlFrom('https://ong.example.org/portal/')).toBe('https://ong.example.org/portal');
  });
  it('refuses what is not an https address, saying how to write it', () => {
    expect(() => siteUrlFrom('migrar.example.org')).toThrow('write it like https://migrar.example.org');
    expect(() => siteUrlFrom('http://migrar.example.org')).toThrow('must start with https://');
  });
});
