/**
 * A Vagrantfile's static subset read without running Ruby: `Vagrant.configure("2")`,
 * `config.vm.define` blocks, the box, provider blocks (memory, cpus), `private_network` ip,
 * `vm.disk` and shell provisioners (which apps they install), plus constants assigned a
 * literal, and the loops and interpolation Vagrant's docs define machines with
 * (vagrant-loops.ts). What else needs Ruby to evaluate (conditions, method calls, arithmetic
 * outside a string) is refused naming the line; what Vagrant would do but the simulation does
 * not is listed.
 */
import type { VmSpec } from '../scenario/types';
import { lexRuby, type Statement, type Token } from './ruby-lexer';
import { interpolate, NeedsRuby, readLoop, type Value } from './vagrant-loops';
import { osForBox, appsInstalledBy } from '../vm-tools/boxes';
import { vagrantVmSpec } from '../terminal/vagrant';


const PROFILE_FOR_PROVIDER: Record<string, string> = { virtualbox: 'virtualbox', libvirt: 'kvm-qemu', hyperv: 'hyperv' };
const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
const VAGRANT_UNITS: Record<string, number> = { KB: 1024, MB: MiB, GB: GiB, TB: 1024 * GiB };

interface ProviderSettings {
  name: string;
  settings: Record<string, Value>;
}

/** A provisioner as the Vagrantfile states it (what `vagrant provision` runs, in order). */
export interface VagrantProvisioner {
  type: string;
  name?: string;
  inline?: string;
  path?: string;
}

interface MachineConfig {
  box?: string;
  provisioners: VagrantProvisioner[];
  providers: ProviderSettings[];
  ip?: string;
  diskBytes?: number;
  apps: string[];
  notSimulated: string[];
}

interface Machine {
  name: string;
  autostart: boolean;
  config: MachineConfig;
}

export interface VagrantImport {
  vms: VmSpec[];
  /** Machines with `autostart: false` (`vagrant up` leaves them). */
  notStarted: string[];
  notSimulated: string[];
  /** Each machine's box and provisioners (global ones first, as Vagrant runs them). */
  machines: Record<string, { box: string; provisioners: VagrantProvisioner[] }>;
}

export type VagrantResult = { ok: true; value: VagrantImport } | { ok: false; errors: string[] };

class Refused extends NeedsRuby {}

const emptyConfig = (): MachineConfig => ({ providers: [], provisioners: [], apps: [], notSimulated: [] });

/** Reads the value at `tokens[i]`: a literal, a known constant, an array or a hash. */
function readValue(tokens: Token[], i: number, vars: Map<string, Value>, stop: (t: Token) => boolean): [Value, number] {
  const tok = tokens[i];
  if (!tok) throw new Refused('a value is missing');
  if (tok.t === 'str') {
    return [tok.interpolated ? interpolate(tok.v, vars) : tok.v, i + 1];
  }
  if (tok.t === 'num') return [tok.v, i + 1];
  if (tok.t === 'sym') return [tok.v, i + 1];
  if (tok.t === 'id') {
    if (tok.v === 'true') return [true, i + 1];
    if (tok.v === 'false') return [false, i + 1];
    if (tok.v === 'nil') return [null, i + 1];
    const known = vars.get(tok.v);
    if (known !== undefined && (tokens[i + 1] === undefined || stop(tokens[i + 1]!))) return [known, i + 1];
    throw new Refused(`${tok.v} is computed by Ruby`);
  }
  if (tok.t === 'punct' && tok.v === '[') {
    const out: Value[] = [];
    let j = i + 1;
    while (tokens[j] && !(tokens[j]!.t === 'punct' && tokens[j]!.v === ']')) {
      const [v, next] = readValue(tokens, j, vars, (t) => t.t === 'punct' && (t.v === ',' || t.v === ']'));
      out.push(v);
      j = next;
      if (tokens[j]?.t === 'punct' && tokens[j]!.v === ',') j++;
    }
    return [out, j + 1];
  }
  if (tok.t === 'punct' && tok.v === '{') {
    const [hash, next] = readHash(tokens, i + 1, vars, (t) => t.t === 'punct' && t.v === '}');
    return [hash, next + 1];
  }
  if (tok.t === 'punct' && tok.v === '-' && tokens[i + 1]?.t === 'num') return [-(tokens[i + 1] as { v: number }).v, i + 2];
  throw new Refused(`"${tok.v}" needs Ruby to evaluate`);
}

/** `key: value, :key => value, "key" => value` until `end`. */
function readHash(tokens: Token[], i: number, vars: Map<string, Value>, end: (t: Token) => boolean): [Record<string, Value>, number] {
  const out: Record<string, Value> = {};
  let j = i;
  const stop = (t: Token): boolean => end(t) || (t.t === 'punct' && t.v === ',');
  while (j < tokens.length && !end(tokens[j]!)) {
    const k = tokens[j]!;
    let key: string;
    if (k.t === 'label') { key = k.v; j++; } else if ((k.t === 'sym' || k.t === 'str') && tokens[j + 1]?.t === 'punct' && (tokens[j + 1] as { v: string }).v === '=>') {
      key = String(k.v);
      j += 2;
    } else throw new Refused('this argument needs Ruby to evaluate');
    const [v, next] = readValue(tokens, j, vars, stop);
    out[key] = v;
    j = next;
    if (tokens[j]?.t === 'punct' && (tokens[j] as { v: string }).v === ',') j++;
  }
  return [out, j];
}

/** Positional arguments then a trailing hash: `"private_network", ip: "x"` (parentheses optional). */
function readArgs(tokens: Token[], i: number, vars: Map<string, Value>): { positional: Value[]; options: Record<string, Value>; next: number } {
  let j = i;
  const paren = tokens[j]?.t === 'punct' && (tokens[j] as { v: string }).v === '(';
  if (paren) j++;
  const isEnd = (t: Token | undefined): boolean => !t || (t.t === 'id' && t.v === 'do') || (t.t === 'punct' && (t.v === ')' || t.v === '{'));
  const positional: Value[] = [];
  let options: Record<string, Value> = {};
  while (!isEnd(tokens[j])) {
    const t = tokens[j]!;
    if (t.t === 'label' || ((t.t === 'sym' || t.t === 'str') && tokens[j + 1]?.t === 'punct' && (tokens[j + 1] as { v: string }).v === '=>')) {
      [options, j] = readHash(tokens, j, vars, (x) => isEnd(x));
      break;
    }
    const [v, next] = readValue(tokens, j, vars, (x) => isEnd(x) || (x.t === 'punct' && x.v === ','));
    positional.push(v);
    j = next;
    if (tokens[j]?.t === 'punct' && (tokens[j] as { v: string }).v === ',') j++;
  }
  if (paren && tokens[j]?.t === 'punct' && (tokens[j] as { v: string }).v === ')') j++;
  return { positional, options, next: j };
}

/** `do |a, b|` at `i`: the block's variable names, or null when there is no block. */
function blockVars(tokens: Token[], i: number): string[] | null {
  if (!(tokens[i]?.t === 'id' && (tokens[i] as { v: string }).v === 'do')) {
    if (i < tokens.length) throw new Refused('this statement needs Ruby to evaluate');
    return null;
  }
  const names: string[] = [];
  for (let j = i + 2; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.t === 'id') names.push(t.v);
    else if (t.t === 'punct' && t.v === '|') break;
  }
  return names;
}

/** Vagrant::Util::Numeric.string_to_bytes: `50GB` (binary units, whole numbers). */
function vagrantBytes(v: Value): number | null {
  const m = /^(\d+)\s?(KB|MB|GB|TB)$/.exec(String(v).trim());
  return m ? Number(m[1]) * VAGRANT_UNITS[m[2]!]! : null;
}

type Scope =
  | { kind: 'configure'; v: string }
  | { kind: 'machine'; v: string; machine: Machine }
  | { kind: 'provider'; v: string; target: MachineConfig; provider: ProviderSettings; override?: string }
  | { kind: 'provision'; v: string; target: MachineConfig; provisioner: VagrantProvisioner }
  | { kind: 'other'; v: string };

/** The index of the `end` that closes the block opened at `open`, or null. */
function blockEnd(list: readonly Statement[], open: number): number | null {
  let depth = 1;
  for (let k = open + 1; k < list.length; k++) {
    const tk = list[k]!.tokens;
    if (tk.length === 1 && tk[0]!.t === 'id' && tk[0]!.v === 'end') {
      if (--depth === 0) return k;
    } else if (tk.some((t) => t.t === 'id' && (t.v === 'do' || t.v === 'if' || t.v === 'unless' || t.v === 'case' || t.v === 'while'))) {
      depth++;
    }
  }
  return null;
}

/** Reads a Vagrantfile into VmSpecs. */
export function importVagrantfile(text: string, fileName: string): VagrantResult {
  const lexed = lexRuby(text);
  if (!lexed.ok) return { ok: false, errors: [`${fileName}:${lexed.line}: ${lexed.error}`] };
  const vars = new Map<string, Value>();
  const global = emptyConfig();
  const machines: Machine[] = [];
  const stack: Scope[] = [];
  let configured = false;
  const notes: string[] = [];

  const configOf = (recv: string): MachineConfig | null => {
    for (let k = stack.length - 1; k >= 0; k--) {
      const s = stack[k]!;
      if (s.v !== recv) continue;
      if (s.kind === 'configure') return global;
      if (s.kind === 'machine') return s.machine.config;
    }
    // `provider ... do |vb, override|`: override is the machine's own config.
    const provider = [...stack].reverse().find((s) => s.kind === 'provider' && s.override === recv);
    if (provider?.kind === 'provider') return provider.target;
    return null;
  };

  const failure = readStatements(lexed.statements);
  if (failure) return { ok: false, errors: [failure] };
  if (!configured) return { ok: false, errors: [`${fileName}: no Vagrant.configure("2") do |config| ... end block; is this a Vagrantfile?`] };
  if (stack.length > 0) return { ok: false, errors: [`${fileName}: a block is not closed with end`] };

  /** Reads statements in order, a loop's body once per turn; the first refusal's message, or null. */
  function readStatements(list: readonly Statement[]): string | null {
    for (let k = 0; k < list.length; k++) {
      const st = list[k]!;
      try {
        const loop = readLoop(st.tokens, vars, (i) => readValue(st.tokens, i, vars, (t) => t.t === 'punct' && t.v === '.'));
        if (!loop) {
          readStatement(st);
          continue;
        }
        const end = blockEnd(list, k);
        if (end === null) return `${fileName}: a block is not closed with end`;
        const body = list.slice(k + 1, end);
        const saved = loop.names.map((n) => vars.get(n));
        for (const [turn, value] of loop.values.entries()) {
          vars.set(loop.names[0]!, value);
          if (loop.withIndex && loop.names[1]) vars.set(loop.names[1], turn);
          const inner = readStatements(body);
          if (inner) return inner;
        }
        loop.names.forEach((n, j) => (saved[j] === undefined ? vars.delete(n) : vars.set(n, saved[j]!)));
        k = end;
      } catch (error) {
        if (error instanceof NeedsRuby) {
          return `${fileName}:${st.line}: ${st.text}: ${error.message}; Utsuwa reads a Vagrantfile's settings without running Ruby, so write the values out`;
        }
        throw error;
      }
    }
    return null;
  }

  function readStatement(st: Statement): void {
    const tk = st.tokens;
    const first = tk[0]!;
    if (first.t === 'id' && first.v === 'end' && tk.length === 1) {
      if (!stack.pop()) throw new Refused('an end without a block');
      return;
    }
    if (tk.some((t) => t.t === 'punct' && t.v === ';')) throw new Refused('several statements on one line');
    // CONSTANT = literal
    if (first.t === 'id' && tk[1]?.t === 'punct' && (tk[1] as { v: string }).v === '=' && tk.length >= 3) {
      const [v, next] = readValue(tk, 2, vars, () => true);
      if (next !== tk.length) throw new Refused(`${first.v} is computed by Ruby`);
      vars.set(first.v, v);
      return;
    }
    // A call chain: recv.a.b ...
    const chain: string[] = [];
    let i = 0;
    while (tk[i]?.t === 'id' && (i === 0 || (tk[i - 1]?.t === 'punct' && (tk[i - 1] as { v: string }).v === '.'))) {
      chain.push((tk[i] as { v: string }).v);
      if (tk[i + 1]?.t === 'punct' && (tk[i + 1] as { v: string }).v === '.') i += 2;
      else { i++; break; }
    }
    if (chain.length < 2) throw new Refused(first.t === 'id' && ['if', 'unless', 'case', 'while', 'require', 'def', 'puts'].includes(first.v) ? `${first.v} needs Ruby to evaluate` : 'this statement needs Ruby to evaluate');
    const [recv, ...path] = chain as [string, ...string[]];
    const method = path.join('.');
    const assign = tk[i]?.t === 'punct' && (tk[i] as { v: string }).v === '=';

    if (recv === 'Vagrant' && method === 'configure') {
      const { positional, next } = readArgs(tk, i, vars);
      if (String(positional[0]) !== '2') throw new Refused(`Vagrant.configure(${JSON.stringify(positional[0])}): only configuration version "2" is read`);
      const names = blockVars(tk, next);
      if (!names) throw new Refused('Vagrant.configure needs a do |config| block');
      stack.push({ kind: 'configure', v: names[0]! });
      configured = true;
      return;
    }
    if (recv === 'Vagrant') {
      // Vagrant.require_version and the like: about Vagrant itself, not the machines.
      readArgs(tk, i, vars);
      notes.push(`Vagrant.${method}`);
      return;
    }
    const top = stack.at(-1);
    if (!top) throw new Refused('settings outside Vagrant.configure');

    if (top.kind === 'provider' && recv === top.v) {
      if (assign) {
        const [v, next] = readValue(tk, i + 1, vars, () => true);
        if (next !== tk.length) throw new Refused('this value needs Ruby to evaluate');
        top.provider.settings[method] = v;
      } else {
        readArgs(tk, i, vars);
        top.target.notSimulated.push(`${top.provider.name} ${method}`);
      }
      return;
    }
    if (top.kind === 'provision' && recv === top.v) {
      const [v] = assign ? readValue(tk, i + 1, vars, () => true) : [null];
      if (method === 'inline' && typeof v === 'string') top.target.apps.push(...appsInstalledBy(v).filter((a) => !top.target.apps.includes(a)));
      if ((method === 'inline' || method === 'path') && typeof v === 'string') top.provisioner[method] = v;
      return;
    }
    if (top.kind === 'other' && recv === top.v) {
      if (assign) readValue(tk, i + 1, vars, () => true);
      else readArgs(tk, i, vars);
      return;
    }
    const target = configOf(recv);
    if (!target) throw new Refused(`${recv} is not a block variable here`);
    if (assign) {
      const [v, next] = readValue(tk, i + 1, vars, () => true);
      if (next !== tk.length) throw new Refused('this value needs Ruby to evaluate');
      if (method === 'vm.box') target.box = String(v);
      else target.notSimulated.push(`${method} = ${JSON.stringify(v)}`);
      return;
    }
    const { positional, options, next } = readArgs(tk, i, vars);
    const names = next < tk.length ? blockVars(tk, next) : null;
    switch (method) {
      case 'vm.define': {
        if (target !== global) throw new Refused('a machine defined inside another machine');
        const machine: Machine = { name: String(positional[0]), autostart: options.autostart !== false, config: emptyConfig() };
        machines.push(machine);
        if (names) stack.push({ kind: 'machine', v: names[0]!, machine });
        return;
      }
      case 'vm.provider': {
        const provider: ProviderSettings = { name: String(positional[0]), settings: {} };
        target.providers.push(provider);
        if (names) stack.push({ kind: 'provider', v: names[0]!, target, provider, ...(names[1] ? { override: names[1] } : {}) });
        return;
      }
      case 'vm.provision': {
        const type = String(positional[0]);
        const provisioner: VagrantProvisioner = { type };
        if (typeof options.name === 'string') provisioner.name = options.name;
        if (typeof options.inline === 'string') provisioner.inline = options.inline;
        if (typeof options.path === 'string') provisioner.path = options.path;
        target.provisioners.push(provisioner);
        if (type === 'shell' && typeof options.inline === 'string') target.apps.push(...appsInstalledBy(options.inline).filter((a) => !target.apps.includes(a)));
        else if (type === 'shell' && !names) target.notSimulated.push(`shell provisioner ${options.path !== undefined ? `script ${String(options.path)}` : ''}`.trim());
        else if (type !== 'shell') target.notSimulated.push(`${type} provisioner`);
        if (names) stack.push(type === 'shell' ? { kind: 'provision', v: names[0]!, target, provisioner } : { kind: 'other', v: names[0]! });
        return;
      }
      case 'vm.network': {
        const type = String(positional[0]);
        if (type === 'private_network' && typeof options.ip === 'string' && target.ip === undefined) target.ip = options.ip;
        else target.notSimulated.push(type === 'forwarded_port' ? `forwarded_port ${String(options.host)} => ${String(options.guest)}` : `${type}${options.type ? ` (${String(options.type)})` : ''}`);
        return;
      }
      case 'vm.disk': {
        const bytes = options.size === undefined ? null : vagrantBytes(options.size);
        if (options.primary === true && bytes !== null) target.diskBytes = bytes;
        else target.notSimulated.push(`disk ${String(options.name ?? positional[0])}`);
        return;
      }
      default:
        target.notSimulated.push(method);
        if (names) stack.push({ kind: 'other', v: names[0]! });
    }
  }

  const list = machines.length > 0 ? machines : [{ name: 'default', autostart: true, config: emptyConfig() }];
  const vms: VmSpec[] = [];
  const machineFacts: VagrantImport['machines'] = {};
  for (const m of list) {
    const box = m.config.box ?? global.box;
    if (box === undefined) return { ok: false, errors: [`${fileName}: machine ${m.name}: no config.vm.box (Vagrant needs a box to start from)`] };
    const base = vagrantVmSpec(m.name);
    const providers = [...global.providers, ...m.config.providers];
    const provider = providers[0]?.name ?? 'virtualbox';
    const profile = PROFILE_FOR_PROVIDER[provider];
    const settings = Object.assign({}, ...providers.filter((p) => p.name === provider).map((p) => p.settings)) as Record<string, Value>;
    const { os, exact } = osForBox(box);
    const spec: VmSpec = { ...base, profile: profile ?? 'virtualbox', os };
    if (settings.cpus !== undefined) spec.cpus = Number(settings.cpus);
    if (settings.memory !== undefined) spec.memoryBytes = Number(settings.memory) * MiB;
    const disk = m.config.diskBytes ?? global.diskBytes;
    if (disk !== undefined) spec.diskBytes = disk;
    spec.apps = [...new Set([...global.apps, ...m.config.apps])];
    const ip = m.config.ip ?? global.ip;
    if (ip !== undefined) spec.ip = ip;
    if (!Number.isInteger(spec.cpus) || spec.cpus < 1) return { ok: false, errors: [`${fileName}: machine ${m.name}: cpus must be a whole number, got ${String(settings.cpus)}`] };
    if (!(spec.memoryBytes > 0)) return { ok: false, errors: [`${fileName}: machine ${m.name}: memory must be megabytes such as 1024, got ${String(settings.memory)}`] };
    vms.push(spec);
    machineFacts[m.name] = { box, provisioners: [...global.provisioners, ...m.config.provisioners] };
    const own = [...global.notSimulated, ...m.config.notSimulated];
    if (!exact) own.unshift(`box ${box} runs as ${os}, the catalogue's closest guest OS`);
    if (!profile) own.unshift(`provider ${provider} runs as VirtualBox, the catalogue's closest`);
    for (const [k, v] of Object.entries(settings)) if (k !== 'cpus' && k !== 'memory') own.push(`${provider} ${k} = ${JSON.stringify(v)}`);
    if (own.length > 0) notes.push(`${m.name}: ${own.join(', ')}`);
  }
  if (list.length > 1) notes.push('vagrant up brings machines up one after another; here they all start at once');
  return { ok: true, value: { vms, notStarted: list.filter((m) => !m.autostart).map((m) => m.name), notSimulated: notes, machines: machineFacts } };
}
