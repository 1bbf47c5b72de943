/**
 * The flag grammar of spf13/pflag v1.0.5 as the docker CLI v27.3.1 configures it, and the
 * errors it prints. Expected texts come from pflag's flag.go and docker/cli's own tests
 * (cli/command/container/opts_test.go at v27.3.1).
 */
import { describe, expect, it } from 'vitest';
import { parseFlags } from '../../../sim-core/terminal/flags';
import { commandDef, checkArgs, findCommand } from '../../../sim-core/docker/commands';
import { dockerSetCheck } from '../../../sim-core/docker/flag-checks';
import { parseRunArgs } from '../../../sim-core/docker/run-options';
import { parseBool, parseCpus, parseDuration, parseInt, ramInBytes } from '../../../sim-core/docker/go-parse';

const run = commandDef('container run');
const parseRun = (args: string[]) => parseFlags(args, run.flags, { interspersed: false, check: dockerSetCheck });
const values = (args: string[]) => {
  const r = parseRun(args);
  if (!r.ok) throw new Error(r.error);
  return r;
};

describe('pflag: how a line is cut into flags and operands', () => {
  it('--flag=value and --flag value; -m256m, -m=256m, -m 256m', () => {
    for (const args of [['--memory=256m'], ['--memory', '256m'], ['-m256m'], ['-m=256m'], ['-m', '256m']]) {
      expect(values([...args, 'nginx']).values.memory).toEqual(['256m']);
    }
  });
  it('clustered shorthands: -dit is -d -i -t; a value-taking letter takes the rest (-dp80:80) or the next word', () => {
    expect(values(['-dit', 'ubuntu']).values).toMatchObject({ detach: ['true'], interactive: ['true'], tty: ['true'] });
    expect(values(['-dp80:80', 'nginx']).values).toMatchObject({ detach: ['true'], publish: ['80:80'] });
    expect(values(['-itp', '8080:80', 'nginx']).values).toMatchObject({ publish: ['8080:80'] });
  });
  it('repeated flags keep every value in order (-e A=1 -e B=2)', () => {
    expect(values(['-e', 'A=1', '--env', 'B=2', '-eC=3', 'x']).values.env).toEqual(['A=1', 'B=2', 'C=3']);
  });
  it('a boolean takes its value only after =: --rm=false is false; in --rm false, "false" is the image', () => {
    expect(values(['--rm=false', 'nginx']).values.rm).toEqual(['false']);
    expect(values(['--rm', 'false']).rest).toEqual(['false']);
  });
  it('run stops at the image; what follows is the command, flags included', () => {
    expect(values(['-d', 'nginx', '-g', 'daemon off;', '--rm']).rest).toEqual(['nginx', '-g', 'daemon off;', '--rm']);
  });
  it('-- ends the flags; a lone - is an operand', () => {
    expect(values(['-d', '--', '--weird-image']).rest).toEqual(['--weird-image']);
    expect(values(['-', 'x']).rest).toEqual(['-', 'x']);
  });
  it('other commands take flags between operands (docker ps web -a, docker rm a -f b)', () => {
    const rm = commandDef('container rm');
    const r = parseFlags(['a', '-f', 'b'], rm.flags, { check: dockerSetCheck });
    expect(r).toMatchObject({ ok: true, values: { force: ['true'] }, rest: ['a', 'b'] });
  });
});

describe("pflag's and docker's errors, word for word", () => {
  const error = (args: string[]) => {
    const r = parseRun(args);
    return r.ok ? 'ok' : r.error;
  };
  it('unknown flags (opts_test.go TestParseRunWithInvalidArgs)', () => {
    expect(error(['-a', 'stdout', '-z', 'ubuntu', 'bash'])).toBe("unknown shorthand flag: 'z' in -z");
    expect(error(['-z', '--rm', 'ubuntu', 'bash'])).toBe("unknown shorthand flag: 'z' in -z");
    expect(error(['-diz', 'ubuntu'])).toBe("unknown shorthand flag: 'z' in -z");
    expect(error(['--foo', 'nginx'])).toBe('unknown flag: --foo');
    expect(error(['--foo=bar', 'nginx'])).toBe('unknown flag: --foo');
  });
  it('a missing value, a bad syntax', () => {
    expect(error(['--name'])).toBe('flag needs an argument: --name');
    expect(error(['-m'])).toBe("flag needs an argument: 'm' in -m");
    expect(error(['-dm'])).toBe("flag needs an argument: 'm' in -m");
    expect(error(['---rm', 'x'])).toBe('bad flag syntax: ---rm');
  });
  it('invalid values, in the words of the value type that refused them', () => {
    expect(error(['-a', 'ubuntu', 'bash'])).toBe('invalid argument "ubuntu" for "-a, --attach" flag: valid streams are STDIN, STDOUT and STDERR');
    expect(error(['-m', 'invalid', 'img'])).toBe(`invalid argument "invalid" for "-m, --memory" flag: invalid size: 'invalid'`);
    expect(error(['--memory-swap', 'invalid', 'img'])).toBe(`invalid argument "invalid" for "--memory-swap" flag: invalid size: 'invalid'`);
    expect(error(['--shm-size', 'a128m', 'img'])).toBe(`invalid argument "a128m" for "--shm-size" flag: strconv.ParseFloat: parsing "a128": invalid syntax`);
    expect(error(['-m', '10x', 'img'])).toBe(`invalid argument "10x" for "-m, --memory" flag: invalid suffix: 'x'`);
    expect(error(['--cpus', 'lots', 'img'])).toBe('invalid argument "lots" for "--cpus" flag: failed to parse lots as a rational number');
    expect(error(['--cpus', '0.0000000001', 'img'])).toBe('invalid argument "0.0000000001" for "--cpus" flag: value is too precise');
    expect(error(['-c', 'many', 'img'])).toBe('invalid argument "many" for "-c, --cpu-shares" flag: strconv.ParseInt: parsing "many": invalid syntax');
    expect(error(['--rm=maybe', 'img'])).toBe('invalid argument "maybe" for "--rm" flag: strconv.ParseBool: parsing "maybe": invalid syntax');
    expect(error(['--blkio-weight', '70000', 'img'])).toBe('invalid argument "70000" for "--blkio-weight" flag: strconv.ParseUint: parsing "70000": value out of range');
    expect(error(['--health-interval', '5', 'img'])).toBe('invalid argument "5" for "--health-interval" flag: time: missing unit in duration "5"');
    expect(error(['-e', '=x', 'img'])).toBe('invalid argument "=x" for "-e, --env" flag: invalid environment variable: =x');
    expect(error(['--add-host', 'nohost', 'img'])).toBe('invalid argument "nohost" for "--add-host" flag: bad format for add-host: "nohost"');
    expect(error(['--ulimit', 'nofile', 'img'])).toBe('invalid argument "nofile" for "--ulimit" flag: invalid ulimit argument: nofile');
    expect(error(['--mount', 'type=bind', 'img'])).toBe('invalid argument "type=bind" for "--mount" flag: target is required');
  });
  it("cobra's argument count (cli/required.go), with the usage", () => {
    const found = { def: run, typed: 'docker run' };
    expect(checkArgs(found, 0)).toBe('"docker run" requires at least 1 argument.\nSee \'docker run --help\'.\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nCreate and run a new container from an image');
    const logs = findCommand(['logs', 'a', 'b'])!;
    expect(checkArgs(logs, 2)).toMatch(/^"docker logs" requires exactly 1 argument\./);
  });
});

describe("docker's client-side and daemon checks on docker run, in docker's order and words", () => {
  const out = (line: string, hostCpus = 8) => {
    const found = findCommand(line.split(' ').slice(1))!;
    const r = parseRunArgs(found, found.args, { hostCpus, networks: [] });
    return r.ok ? 'ok' : r.output;
  };
  it('client side: restart syntax, --rm with --restart, pid/uts/userns modes, ports, the image reference', () => {
    expect(out('docker run --restart :1 nginx')).toBe("docker: invalid restart policy format: no policy provided before colon.\nSee 'docker run --help'.");
    expect(out('docker run --restart on-failure:invalid nginx')).toBe("docker: invalid restart policy format: maximum retry count must be an integer.\nSee 'docker run --help'.");
    expect(out('docker run --rm --restart always nginx')).toBe("docker: Conflicting options: --restart and --rm.\nSee 'docker run --help'.");
    expect(out('docker run --pid foo nginx')).toBe("docker: --pid: invalid PID mode.\nSee 'docker run --help'.");
    expect(out('docker run --uts foo nginx')).toBe("docker: --uts: invalid UTS mode.\nSee 'docker run --help'.");
    expect(out('docker run -p 80:abc nginx')).toBe("docker: invalid containerPort: abc.\nSee 'docker run --help'.");
    expect(out('docker run --expose NaN/tcp nginx')).toBe(`docker: invalid range format for --expose: NaN/tcp, error: strconv.ParseUint: parsing "NaN": invalid syntax.\nSee 'docker run --help'.`);
    expect(out('docker run Nginx')).toBe("docker: invalid reference format: repository name (library/Nginx) must be lowercase.\nSee 'docker run --help'.");
  });
  it('the daemon: limits, capabilities, restart policies, volumes, runtimes', () => {
    const daemon = (m: string) => `docker: Error response from daemon: ${m}.\nSee 'docker run --help'.`;
    expect(out('docker run -m 4m nginx')).toBe(daemon('Minimum memory limit allowed is 6MB'));
    expect(out('docker run -m 512m --memory-swap 256m nginx')).toBe(daemon('Minimum memoryswap limit should be larger than memory limit, see usage'));
    expect(out('docker run --memory-swap 1g nginx')).toBe(daemon('You should always set the Memory limit when using Memoryswap limit, see usage'));
    expect(out('docker run -m 256m --memory-reservation 512m nginx')).toBe(daemon('Minimum memory limit can not be less than memory reservation limit, see usage'));
    expect(out('docker run --cpus 16 nginx')).toBe(daemon('Range of CPUs is from 0.01 to 8.00, as there are only 8 CPUs available'));
    expect(out('docker run --cpus 1 --cpu-quota 50000 nginx')).toBe(daemon('Conflicting options: Nano CPUs and CPU Quota cannot both be set'));
    expect(out('docker run --cpu-period 500 nginx')).toBe(daemon('CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)'));
    expect(out('docker run --cpuset-cpus 0-9 nginx')).toBe(daemon('Requested CPUs are not available - requested 0-9, available: 0-7'));
    expect(out('docker run --cap-add foo nginx')).toBe(daemon('invalid CapAdd: unknown capability: "CAP_FOO"'));
    expect(out('docker run --restart sometimes nginx')).toBe(daemon("invalid restart policy: unknown policy 'sometimes'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'"));
    expect(out('docker run --restart always:3 nginx')).toBe(daemon("invalid restart policy: maximum retry count can only be used with 'on-failure'"));
    expect(out('docker run -v data/x:/data nginx')).toBe(daemon('create data/x: "data/x" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path'));
    expect(out('docker run -v /a:/b:xyz nginx')).toBe(daemon('invalid mode: xyz'));
    expect(out('docker run --runtime crun nginx')).toBe(daemon('unknown or invalid runtime name: crun'));
    expect(out('docker run --network nosuchnet nginx')).toBe(daemon('network nosuchnet not found'));
  });
  it("warnings docker prints on a cgroup v2 host, and the run goes on", () => {
    const found = findCommand(['run', '--oom-kill-disable', 'nginx'])!;
    const r = parseRunArgs(found, found.args, { hostCpus: 8, networks: [] });
    expect(r.ok && r.plan.warnings).toEqual([
      "WARNING: Disabling the OOM killer on containers without setting a '-m/--memory' limit may be dangerous.",
      'WARNING: Your kernel does not support OomKillDisable. OomKillDisable discarded.',
    ]);
  });
});

describe("Go's parsers as docker's values use them", () => {
  it('RAMInBytes (go-units v0.5.0): binary units, b, iB, a space, fractions', () => {
    expect([ramInBytes('256m'), ramInBytes('1.5g'), ramInBytes('512 MiB'), ramInBytes('64kb'), ramInBytes('4096')].map((r) => r.ok && r.value))
      .toEqual([256 * 1024 ** 2, 1.5 * 1024 ** 3, 512 * 1024 ** 2, 64 * 1024, 4096]);
    expect(ramInBytes('-1')).toEqual({ ok: false, error: "invalid size: '-1'" });
    expect(ramInBytes('1gib!')).toEqual({ ok: false, error: "invalid suffix: 'gib!'" });
    expect(ramInBytes('lots')).toEqual({ ok: false, error: "invalid size: 'lots'" });
  });
  it('ParseInt base 0, ParseBool, ParseDuration, NanoCPUs', () => {
    // Go's integer literals: hex, a leading-0 octal, underscores between digits.
    expect([parseInt('0x10'), parseInt('010'), parseInt('-5'), parseInt('1_000'), parseInt('1__0')].map((r) => r.ok && r.value)).toEqual([16, 8, -5, 1000, false]);
    expect(parseInt('9223372036854775808')).toEqual({ ok: false, error: 'strconv.ParseInt: parsing "9223372036854775808": value out of range' });
    expect([parseBool('T'), parseBool('0')].map((r) => r.ok && r.value)).toEqual([true, false]);
    expect([parseDuration('1h30m'), parseDuration('250ms'), parseDuration('1.5s')].map((r) => r.ok && r.value)).toEqual([5_400_000, 250, 1500]);
    expect(parseDuration('3 s')).toEqual({ ok: false, error: 'time: unknown unit " s" in duration "3 s"' });
    expect([parseCpus('0.5'), parseCpus('1/4'), parseCpus('1.5e0')].map((r) => r.ok && r.value)).toEqual([0.5, 0.25, 1.5]);
  });
});
