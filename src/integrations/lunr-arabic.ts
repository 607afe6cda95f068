/**
 * lunr-languages' Arabic stemmer keeps its state on `this` inside an
 * immediately called function (`var self = this;`). Run as an ES module in
 * the browser, code is strict and `this` is undefined there, so loading it
 * threw "Cannot set properties of undefined (setting 'result')" and the
 * Arabic finder never loaded. This Vite plugin gives that function its own
 * state object instead, which is what the code means; Node (the build)
 * runs the file unchanged. It stops the build if a new lunr-languages
 * version changes the line, so the fix is never silently lost.
 */
import type { Plugin } from 'vite';

const FILE = /lunr-languages[\\/]lunr\.ar\.js$/;
const LINE = /lunr\.ar\.stemmer = \(function\(\) \{\s*var self = this;/;

export function lunrArabicInStrictMode(): Plugin {
  return {
    name: 'portal:lunr-arabic-strict-mode',
    enforce: 'pre',
    transform(code, id) {
      if (!FILE.test(id.split('?')[0])) return null;
      if (!LINE.test(code)) {
        throw new Error(
          'lunr-languages/lunr.ar.js no longer starts its stemmer with `var self = this;`. Check whether the Arabic stemmer now works in strict mode and update or remove src/integrations/lunr-arabic.ts.',
        );
      }
      return { code: code.replace(LINE, (m) => m.replace('var self = this;', 'var self = {};')), map: null };
    },
  };
}
