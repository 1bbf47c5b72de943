/**
 * The images Docker's own getting-started material runs first: `docker run -d -p 8080:80
 * docker/welcome-to-docker` (docs.docker.com/get-started) and `docker run -d -p 80:80
 * docker/getting-started` (the older tutorial). Neither is an official image, so repo-info has
 * no page for them: what they are comes from their Dockerfiles (docker/welcome-to-docker's:
 * a React build copied onto nginx:alpine-slim; docker/getting-started's: the tutorial's static
 * site and app.zip onto nginx:alpine), and the sizes of what is added are estimates.
 */
import type { ImageDef, LayerDef } from './types';
import { estimate, MB } from './cite';
import { ALPINE_324 } from './images-base';
import { NGINX_127_ALPINE } from './images-debian';

function addedLayer(id: string, createdBy: string, onDisk: [number, [number, number]], download: [number, [number, number]], reasoning: string, files: LayerDef['files']): LayerDef {
  return {
    id,
    createdBy,
    sizeBytes: estimate(onDisk[0], onDisk[1], reasoning),
    compressedBytes: estimate(download[0], download[1], `${reasoning} Download: text and images compress to about a third.`),
    files,
  };
}

/** docker/welcome-to-docker: nginx:alpine-slim (Alpine, nginx without its modules) and a built React page. */
export const WELCOME_TO_DOCKER: ImageDef = {
  ref: 'docker/welcome-to-docker:latest',
  tags: ['docker/welcome-to-docker:latest', 'docker/welcome-to-docker'],
  os: 'linux',
  app: 'nginx',
  source: 'estimate',
  layers: [
    ALPINE_324.layers[0]!,
    addedLayer('nginx-alpine-slim', 'RUN apk add nginx (nginx:alpine-slim: nginx.org\'s package, no modules, no njs)', [5 * MB, [3 * MB, 8 * MB]], [2 * MB, [1.2 * MB, 3 * MB]],
      'nginx:alpine-slim adds the nginx binary and its config to Alpine: a few MB, less than nginx:alpine\'s module layer.', [
        { path: '/usr/sbin/nginx', sizeBytes: 1_300_000 },
        { path: '/etc/nginx/conf.d/default.conf', sizeBytes: 1_093 },
      ]),
    addedLayer('welcome-to-docker-build', 'COPY --from=builder /app/build /usr/share/nginx/html', [0.6 * MB, [0.2 * MB, 2 * MB]], [0.2 * MB, [0.07 * MB, 0.7 * MB]],
      'A create-react-app production build of one page: minified JavaScript, CSS and a few images.', [{ path: '/usr/share/nginx/html/index.html', sizeBytes: 1_000 }]),
  ],
};

/** docker/getting-started: nginx:alpine with the tutorial's built site and the sample app as a zip. */
export const GETTING_STARTED: ImageDef = {
  ref: 'docker/getting-started:latest',
  tags: ['docker/getting-started:latest', 'docker/getting-started'],
  os: 'linux',
  app: 'nginx',
  source: 'estimate',
  stdioLinks: NGINX_127_ALPINE.stdioLinks,
  layers: [
    ...NGINX_127_ALPINE.layers,
    addedLayer('getting-started-site', 'COPY --from=build /app/site /usr/share/nginx/html (mkdocs-material site)', [8 * MB, [4 * MB, 15 * MB]], [4 * MB, [2 * MB, 8 * MB]],
      'The tutorial built with mkdocs-material: HTML pages, the theme\'s JavaScript, fonts and screenshots.', [{ path: '/usr/share/nginx/html/index.html', sizeBytes: 30_000 }]),
    addedLayer('getting-started-app-zip', 'COPY --from=app-zip-creator /app.zip /usr/share/nginx/html/assets/app.zip', [4 * MB, [1 * MB, 8 * MB]], [4 * MB, [1 * MB, 8 * MB]],
      'The sample to-do app (Node.js sources and its yarn.lock) as a zip, already compressed.', [{ path: '/usr/share/nginx/html/assets/app.zip', sizeBytes: 4_000_000 }]),
  ],
};
