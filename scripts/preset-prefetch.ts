/**
 * A preset link's own chunk, asked for by index.html beside the entry: a few lines in the page
 * read `?scenario=<id>` and add a modulepreload of that preset's compiled chunk (~3 KB gzip,
 * scripts/compiled-presets.ts), so it downloads while the entry downloads and evaluates
 * instead of after (src/first-downloads.ts asks for it again and gets the same module). Only
 * the preset named is fetched; a share link (`#s=`), which opens through the parser, none.
 * The single-file build has no chunks and is left as it is.
 */
import type { Plugin } from 'vite';

const PRESET_MODULE = /[\\/]scenarios[\\/]([^\\/]+)\.ya?ml\?preset$/;

/** The classic script that starts the download: runs while the page is parsed, before any module. */
export function prefetchScript(files: Record<string, string>): string {
  return [
    '(function () {',
    `  var files = ${JSON.stringify(files)};`,
    "  var id = new URLSearchParams(location.search).get('scenario');",
    "  if (id === null || !Object.prototype.hasOwnProperty.call(files, id) || location.hash.indexOf('#s=') === 0) return;",
    "  var link = document.createElement('link');",
    "  link.rel = 'modulepreload';",
    "  link.crossOrigin = '';",
    "  link.href = './' + files[id];",
    '  document.head.appendChild(link);',
    '})();',
  ].join('\n');
}

export function presetPrefetch(): Plugin {
  return {
    name: 'utsuwa-preset-prefetch',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const files: Record<string, string> = {};
        for (const chunk of Object.values(ctx.bundle ?? {})) {
          const id = chunk.type === 'chunk' ? PRESET_MODULE.exec(chunk.facadeModuleId ?? '')?.[1] : undefined;
          if (id !== undefined && chunk.type === 'chunk') files[id] = chunk.fileName;
        }
        if (Object.keys(files).length === 0) return html;
        // After the charset (it must come within the first 1,024 bytes) and before the
        // stylesheet (an inline script waits for a stylesheet above it to load).
        const charset = /<meta charset="UTF-8" \/>\n?/i;
        if (!charset.test(html)) this.error('preset-prefetch: index.html has no <meta charset="UTF-8" /> to follow');
        return html.replace(charset, (tag) => `${tag}    <script>${prefetchScript(files)}</script>\n`);
      },
    },
  };
}
