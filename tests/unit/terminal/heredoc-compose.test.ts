/**
 * A Compose file written in the terminal the way tutorials paste one (`cat > compose.yaml
 * <<'EOF'` ... `EOF`), then `docker compose up -d` on it, as Compose finds the file of the
 * current directory; here-documents as bash reads them.
 */
import { describe, expect, it } from 'vitest';
import { commandLines, continuesOnNextLine } from '../../../sim-core/terminal/index';
import { workspace } from './workspace';

const COMPOSE = `services:
  web:
    image: nginx:alpine
    ports:
      - "8000:80"
    depends_on:
      - cache
  cache:
    image: redis:alpine`;

describe('here-documents', () => {
  it('a paste is read on until the delimiter; <<- strips leading tabs; a quoted delimiter keeps $NAME', async () => {
    expect(continuesOnNextLine("cat > f <<'EOF'")).toBe(true);
    expect(commandLines("cat <<'EOF'\na $X\nEOF\necho next")).toEqual(["cat <<'EOF'\na $X\nEOF", 'echo next']);
    const w = await workspace();
    await w.type('NAME=world');
    expect(await w.type("cat <<'EOF'\nhello $NAME\nEOF")).toBe('hello $NAME');
    expect(await w.type('cat <<EOF\nhello $NAME\nEOF')).toBe('hello world');
    expect(await w.type('cat <<-END | grep b\n\ta\n\tb\n\tEND')).toBe('b');
  });
});

describe('docker compose on the directory\'s compose.yaml', () => {
  it('cat > compose.yaml <<EOF, then up -d, ps, down: the project is named after the directory', async () => {
    const w = await workspace();
    expect(await w.type('docker compose ps')).toBe('no configuration file provided: not found');
    await w.type(`cat > compose.yaml <<'EOF'\n${COMPOSE}\nEOF`);
    expect(await w.type('cat compose.yaml')).toBe(COMPOSE);
    const up = await w.type('docker compose up -d');
    expect(up).toMatch(/Network root_default\s+Created/);
    expect(up).toMatch(/Container root-cache-1\s+Started/);
    expect(up).toMatch(/Container root-web-1\s+Started/);
    expect(await w.type('docker compose ps --format "{{.Service}} {{.State}}"')).toBe('cache running\nweb running');
    expect(await w.type('docker compose down')).toMatch(/Container root-web-1\s+Removed/);
  });

  it('-f another file and -p a name', async () => {
    const w = await workspace();
    await w.type(`cat > stack.yml <<'EOF'\n${COMPOSE}\nEOF`);
    await w.type('docker compose -f stack.yml -p demo up -d');
    expect(await w.type('docker ps --format "{{.Names}}" | sort')).toBe('demo-cache-1\ndemo-web-1');
  });

  it('a file Compose refuses is refused in its words', async () => {
    const w = await workspace();
    await w.type("cat > compose.yaml <<'EOF'\nservices:\n  web:\n    image: nginx:alpine\n    restart: sometimes\nEOF");
    const out = await w.type('docker compose up -d');
    expect(out).toMatch(/restart/);
    expect(await w.type('echo $?')).toBe('1');
  });
});

describe('what is not a here-document', () => {
  it('a shift in $(( )), a here-string, << in quotes', () => {
    expect(continuesOnNextLine('echo $(( x << y ))')).toBe(false);
    expect(continuesOnNextLine('cat <<< word')).toBe(false);
    expect(continuesOnNextLine('echo "a << b"')).toBe(false);
  });
});
