/** A file is told by its content, and one in the wrong place is named for what it is. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, catalogueNames } from '../../../sim-core/catalogue/index';
import { detectKind } from '../../../sim-core/import/index';
import { parseScenario } from '../../../sim-core/scenario/index';

const names = catalogueNames(CATALOGUE);

describe('file kinds', () => {
  it.each([
    ['version: 1\nname: x\n', 'a.yaml', 'scenario'],
    ['{"version": 1, "name": "x", "instances": []}', 'a.json', 'scenario'],
    ['services:\n  web:\n    image: nginx\n', 'whatever.yml', 'compose'],
    ['version: "3.8"\nservices:\n  web:\n    image: nginx\n', 'docker-compose.yml', 'compose'],
    ['Vagrant.configure("2") do |config|\nend\n', 'Vagrantfile', 'vagrantfile'],
    ['# a comment\nFROM nginx:1.27\nCOPY . /usr/share/nginx/html\n', 'Dockerfile', 'dockerfile'],
    ['apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n', 'pod.yaml', 'kubernetes'],
    ['hello: world\n', 'notes.yaml', 'unknown'],
  ])('%j is %s', (text, file, kind) => expect(detectKind(text, file)).toBe(kind));
});

describe('where a scenario is expected', () => {
  it('a Compose file is named as one, not refused for its version', () => {
    expect(parseScenario('version: "3.8"\nservices:\n  web:\n    image: nginx\n', 'docker-compose.yml', names)).toEqual({
      ok: false,
      errors: ['docker-compose.yml: this is a Compose file (it has services:), not an Utsuwa scenario; import it (the Import button, dropping it on the page, or npm run sim -- docker-compose.yml) and its services become containers'],
    });
  });
  it('a Vagrantfile and a Dockerfile too; a broken scenario keeps its own errors', () => {
    expect(parseScenario('Vagrant.configure("2") do |config|\n  config.vm.box = "x"\nend\n', 'Vagrantfile', names)).toMatchObject({ ok: false, errors: [expect.stringMatching(/^Vagrantfile: this is a Vagrantfile, not an Utsuwa scenario/)] });
    expect(parseScenario('FROM alpine\n', 'Dockerfile', names)).toMatchObject({ ok: false, errors: [expect.stringMatching(/^Dockerfile: this is a Dockerfile, a recipe to build an image/)] });
    expect(parseScenario('version: 1\nname: x\ninstances: [{ name: a, kind: container, image: "nginx:1.27", memory: lots }]\n', 'a.yaml', names)).toMatchObject({ ok: false, errors: [expect.stringContaining('instances[0].memory')] });
  });
});
