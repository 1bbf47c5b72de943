/**
 * What the first board waits for besides the entry, asked for by index.html while the entry
 * downloads instead of after it has evaluated: a few lines in the page add a modulepreload of
 * the compiled preset `?scenario=<id>` names (~3 KB gzip, scripts/compiled-presets.ts; not for
 * a share link, `#s=`, which opens through the parser), or of the default preset when the
 * address names none (what a first visit opens; after an autosave it goes unused), and, when
 * the page will start in Japanese, of the Japanese strings (src/i18n/setup.ts: the first
 * render waits for them). The
 * entry asks for them again and gets the same modules. The language is chosen as
 * src/i18n/index.ts chooses it (the saved choice, else the browser's first of ja/en); the two
 * are checked against each other in tests/unit/files/first-load-prefetch.test.ts. The
 * single-file build has no chunks and is left as it is.
 */
import type { Plugin } from 'vite';

const PRESET_MODULE = /[\\/]scenarios[\\/]([^\\/]+)\.ya?ml\?preset$/;
const JAPANESE_MODULE = /[\\/]src[\\/]i18n[\\/]resources-ja\.ts$/;
/** What the page opens with nothing in its address and nothing saved (src/files/presets.ts's DEFAULT_PRESET_ID, held equal by a test). */
export const DEFAULT_PRESET = 'nginx-vm-vs-container';

/** The classic script that starts the downloads: it runs while the page is parsed, before any module. */
export function prefetchScript(presets: Record<string, string>, japanese: string | null): string {
  return `(function () {
  var presets = ${JSON.stringify(presets)};
  var japanese = ${JSON.stringify(japanese)};
  function preload(file) {
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = './' + file;
    document.head.appendChild(link);
  }
  var id = new URLSearchParams(location.search).get('scenario');
  if (id === null) id = ${JSON.stringify(DEFAULT_PRESET)};
  if (Object.prototype.hasOwnProperty.call(presets, id) && location.hash.indexOf('#s=') !== 0) preload(presets[id]);
  var lang = null;
  try { lang = localStorage.getItem('utsuwa.lang'); } catch (e) {}
  if (lang !== 'en' && lang !== 'ja') {
    var tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    lang = 'en';
    for (var i = 0; i < tags.length; i++) {
      var base = String(tags[i]).toLowerCase().split('-')[0];
      if (base === 'ja' || base === 'en') { lang = base; break; }
    }
  }
  if (lang === 'ja' && japanese) preload(japanese);
})();`;
}

export function firstLoadPrefetch(): Plugin {
  return {
    name: 'utsuwa-first-load-prefetch',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const presets: Record<string, string> = {};
        let japanese: string | null = null;
        for (const chunk of Object.values(ctx.bundle ?? {})) {
          if (chunk.type !== 'chunk') continue;
          const id = PRESET_MODULE.exec(chunk.facadeModuleId ?? '')?.[1];
          if (id !== undefined) presets[id] = chunk.fileName;
          if (JAPANESE_MODULE.test(chunk.facadeModuleId ?? '')) japanese = chunk.fileName;
        }
        if (Object.keys(presets).length === 0 && japanese === null) return html;
        // After the charset (it must come within the first 1,024 bytes) and before the
        // stylesheet (an inline script waits for a stylesheet above it to load).
        const charset = /<meta charset="UTF-8" \/>\n?/i;
        if (!charset.test(html)) this.error('first-load-prefetch: index.html has no <meta charset="UTF-8" /> to follow');
        return html.replace(charset, (tag) => `${tag}    <script>${prefetchScript(presets, japanese)}</script>\n`);
      },
    },
  };
}
