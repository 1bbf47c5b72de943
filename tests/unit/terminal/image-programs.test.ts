/**
 * Programs the official images ship, as their READMEs use them (https://hub.docker.com/_/postgres:
 * `docker exec -it some-postgres psql -U postgres`; https://hub.docker.com/_/node: `docker run
 * -it --rm node:22 node --version`...): never "command not found"; versions from the
 * catalogue's repo-info builds.
 */
import { describe, expect, it } from 'vitest';
import { workspace } from './workspace';
import { CATALOGUE as catalogue } from '../../../sim-core/catalogue/index';

const version = (ref: string, product: RegExp) => new RegExp(`${product.source}\\s+(\\d+(?:\\.\\d+)+)`).exec(catalogue.images[ref]!.origin!.version)![1]!;

describe('programs in the official images', () => {
  it('a client the README runs with docker exec is there; its session is said not to be simulated', async () => {
    const w = await workspace();
    await w.type('docker run --name some-postgres -e POSTGRES_PASSWORD=mysecretpassword -d postgres:17');
    await w.wait(8_000);
    const out = await w.type('docker exec -it some-postgres psql -U postgres');
    expect(out).not.toMatch(/not found/);
    expect(out).toMatch(/psql is in the image \(postgres:17, PostgreSQL 17\.\d+/);
    expect(await w.type('docker exec some-postgres psql --version')).toBe(`psql (PostgreSQL) ${version('postgres:17', /PostgreSQL/)}`);
    await w.type('docker run -d --name cache redis:7');
    await w.wait(2_000);
    expect(await w.type('docker exec cache redis-cli --version')).toBe(`redis-cli ${version('redis:7', /Redis/)}`);
  });

  it('docker run IMAGE PROGRAM --version prints the version and the container exits (and --rm removes it)', async () => {
    const w = await workspace();
    expect(await w.type('docker run --rm node:22 node --version')).toBe(`v${version('node:22', /Node\.js/)}`);
    expect(await w.type('docker run --name py python:3 python --version')).toBe(`Python ${version('python:3', /Python/)}`);
    expect(await w.type('docker run --rm nginx:1.27 nginx -v')).toBe(`nginx version: nginx/${version('nginx:1.27', /nginx/)}`);
    expect(await w.type('docker ps -a --format "{{.Names}} {{.State}}"')).toBe('py exited');
  });

  it('a program the image does not have is still not found, and the mysql names went with MariaDB 11', async () => {
    const w = await workspace();
    await w.type('docker run -d --name old -e MARIADB_ROOT_PASSWORD=x mariadb:10.5');
    await w.type('docker run -d --name new -e MARIADB_ROOT_PASSWORD=x mariadb:12.3');
    await w.wait(15_000);
    expect(await w.type('docker exec old mysql -uroot -px')).toMatch(/mysql is in the image/);
    expect(await w.type('docker exec new mariadb -uroot -px')).toMatch(/mariadb is in the image/);
    expect(await w.type('docker exec -it new bash -c "mysql -uroot -px"')).toMatch(/mysql: command not found/);
    expect(await w.type('docker exec -it new bash -c constructor')).toMatch(/constructor: command not found/);
  });
});
