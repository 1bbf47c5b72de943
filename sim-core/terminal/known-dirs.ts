/** Directories every Linux image (and host) has even where the catalogue lists no file in them. */
export const KNOWN_DIRS = new Set(['/tmp', '/root', '/home', '/etc', '/var', '/var/tmp', '/var/log', '/usr', '/usr/local', '/usr/local/bin', '/bin', '/sbin', '/lib', '/opt', '/srv', '/mnt', '/proc', '/sys', '/dev', '/run']);
