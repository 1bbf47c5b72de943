/**
 * A Windows place's shell: Windows PowerShell 5.1 in a Windows Server guest or on a Windows
 * host, cmd.exe in a Nano Server container. Linux tools are not there; they answer as these
 * shells answer an unknown name. What Windows itself would list (Get-Process's handle and
 * memory columns) the model does not keep, and the output says so.
 */
import type { ProcessView } from '../namespaces/view';
import type { Place } from './place';
import type { CommandResult } from './types';
import { fail, ok } from './types';

/** Windows PowerShell 5.1's error for a name that is no cmdlet, function, script or program. */
export function powershellNotFound(name: string): CommandResult {
  const marks = '~'.repeat(Math.max(1, name.length));
  return fail([
    `${name} : The term '${name}' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the`,
    'spelling of the name, or if a path was included, verify that the path is correct and try again.',
    'At line:1 char:1',
    `+ ${name}`,
    `+ ${marks}`,
    `    + CategoryInfo          : ObjectNotFound: (${name}:String) [], CommandNotFoundException`,
    '    + FullyQualifiedErrorId : CommandNotFoundException',
  ].join('\n'), 1);
}

/** cmd.exe's answer, with errorlevel 9009. */
export function cmdNotFound(name: string): CommandResult {
  return fail(`'${name}' is not recognized as an internal or external command,\noperable program or batch file.`, 9009);
}

/** `ipconfig`: the place's IPv4 configuration (the model keeps no IPv6 or DNS suffix). */
function ipconfig(place: Place): string {
  const lines = ['', 'Windows IP Configuration', ''];
  for (const nic of place.view.interfaces) {
    if (nic.name === 'lo' || !nic.address) continue;
    const [ip, bits] = nic.address.split('/');
    const mask = [0, 1, 2, 3].map((i) => {
      const b = Math.max(0, Math.min(8, Number(bits) - 8 * i));
      return 256 - 2 ** (8 - b);
    }).join('.');
    const label = place.identity.shell === 'cmd' ? 'vEthernet (Ethernet)' : nic.name.split('@')[0];
    lines.push('', `Ethernet adapter ${label}:`, '',
      '   Connection-specific DNS Suffix  . : ',
      `   IPv4 Address. . . . . . . . . . . : ${ip}`,
      `   Subnet Mask . . . . . . . . . . . : ${mask}`,
      `   Default Gateway . . . . . . . . . : ${place.gateway ?? ''}`);
  }
  return lines.join('\n');
}

/** Get-Process by Id and name: the columns Windows adds (handles, paged and working-set memory, CPU seconds) are not modelled. */
/** Get-Process's ProcessName: the image's base name without `.exe`. */
function processName(command: string): string {
  const first = command.split(' ')[0]!;
  return first.slice(first.lastIndexOf('\\') + 1).replace(/\.exe$/i, '');
}

function getProcess(view: ProcessView): string {
  const rows = view.processes.map((p) => `${String(p.pid).padStart(7)} ${processName(p.command)}`);
  return ['(utsuwa: Get-Process\'s Handles, NPM(K), PM(K), WS(K) and CPU(s) are not modelled; Id and ProcessName are)', '', '     Id ProcessName', '     -- -----------', ...rows].join('\n');
}

function whoami(place: Place): string {
  if (place.identity.shell === 'cmd') return `user manager\\${place.identity.user.name.toLowerCase()}`;
  return `${place.view.hostname.toLowerCase()}\\${place.identity.user.name.toLowerCase()}`;
}

const TASKLIST_NOTE = '(utsuwa: tasklist\'s Session and Mem Usage columns are not modelled)';

/** One command in a Windows shell (the terminal's own commands, docker, exit, help and clear, are handled before). */
export function windowsCommand(place: Place, name: string, args: readonly string[]): CommandResult {
  const ps = place.identity.shell === 'powershell';
  const lower = name.toLowerCase();
  switch (lower) {
    case 'hostname':
      return ok(place.view.hostname);
    case 'whoami':
      return ok(whoami(place));
    case 'ipconfig':
    case 'ipconfig.exe':
      return ok(ipconfig(place));
    case 'ver':
      return ps ? powershellNotFound(name) : ok(`\nMicrosoft Windows [Version ${place.view.unameR}]`);
    case 'echo':
      return ok(args.join(' '));
    case 'tasklist':
    case 'tasklist.exe':
      return ok([TASKLIST_NOTE, '', 'Image Name                     PID', '========================= ========', ...place.view.processes.map((p) => `${(processName(p.command) + '.exe').padEnd(25)} ${String(p.pid).padStart(8)}`)].join('\n'));
  }
  if (ps && (lower === 'ps' || lower === 'get-process' || lower === 'gps')) return ok(getProcess(place.view));
  return ps ? powershellNotFound(name) : cmdNotFound(name);
}
