/**
 * Files whose text the catalogue knows, beside their sizes: /etc/os-release of the base layers
 * (os-release.ts) and the default pages the web servers ship, nginx's index.html (615 bytes,
 * the size the nginx layers record) and httpd's "It works!" (45 bytes). `cat` shows them and
 * `curl` gets them from a server; a file the container changed has only its size.
 */
import { OS_RELEASE_PATH, osReleaseText } from './os-release';

/** nginx's html/index.html as nginx.org's packages install it (1.27 mainline). */
const NGINX_INDEX = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

/** httpd's htdocs/index.html from its source tree. */
const HTTPD_INDEX = '<html><body><h1>It works!</h1></body></html>\n';

/** The text of `path` as the layer `layerId` holds it, or null when only its size is known. */
export function fileText(layerId: string, path: string): string | null {
  if (path === OS_RELEASE_PATH) return osReleaseText(layerId);
  if (path === '/usr/share/nginx/html/index.html' && /^nginx-[\d.]+(-alpine)?-install$/.test(layerId)) return NGINX_INDEX;
  if (path === '/usr/local/apache2/htdocs/index.html' && /^httpd-[\d.]+-build$/.test(layerId)) return HTTPD_INDEX;
  // Alpine's release file holds its version and a newline (7 bytes for 3.20.8: the size the layer records).
  const alpine = /^alpine-([\d.]+)-minirootfs$/.exec(layerId);
  if (path === '/etc/alpine-release' && alpine) return `${alpine[1]}\n`;
  return null;
}
