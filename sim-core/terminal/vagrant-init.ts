/**
 * `vagrant init [options] [name [url]]` (plugins/commands/init/command.rb of hashicorp/vagrant):
 * writes a Vagrantfile from Vagrant's own templates (templates/commands/init/Vagrantfile.erb
 * and Vagrantfile.min.erb, as they render) into the shell's directory, which `vagrant up` then
 * reads (vagrant-environment.ts). The box is `base` when none is named, as Vagrant's.
 */
import type { CommandResult } from './types';
import { fail, ok } from './types';
import type { DockerClient } from './docker-run';

/** vagrant.commands.init.success of templates/locales/en.yml. */
const SUCCESS = 'A `Vagrantfile` has been placed in this directory. You are now\nready to `vagrant up` your first virtual environment! Please read\nthe comments in the Vagrantfile as well as documentation on\n`vagrantup.com` for more information on using Vagrant.';

/** vagrant.errors.vagrantfile_exists. */
const EXISTS = '`Vagrantfile` already exists in this directory. Remove it before\nrunning `vagrant init`.';

const USAGE = `Usage: vagrant init [options] [name [url]]

Options:

        --box-version VERSION        Version of the box to add
    -f, --force                      Overwrite existing Vagrantfile
    -m, --minimal                    Use minimal Vagrantfile template (no help comments). Ignored with --template
        --output FILE                Output path for the box. '-' for stdout
        --template FILE              Path to custom Vagrantfile template
    -h, --help                       Print this help`;

function minimal(box: string, version: string | null, url: string | null): string {
  return [
    '# -*- mode: ruby -*-', '# vi: set ft=ruby :', '',
    'Vagrant.configure("2") do |config|',
    `  config.vm.box = "${box}"`,
    ...(version ? [`  config.vm.box_version = "${version}"`] : []),
    ...(url ? [`  config.vm.box_url = "${url}"`] : []),
    'end', '',
  ].join('\n');
}

function full(box: string, version: string | null, url: string | null): string {
  return `# -*- mode: ruby -*-
# vi: set ft=ruby :

# All Vagrant configuration is done below. The "2" in Vagrant.configure
# configures the configuration version (we support older styles for
# backwards compatibility). Please don't change it unless you know what
# you're doing.
Vagrant.configure("2") do |config|
  # The most common configuration options are documented and commented below.
  # For a complete reference, please see the online documentation at
  # https://docs.vagrantup.com.

  # Every Vagrant development environment requires a box. You can search for
  # boxes at https://vagrantcloud.com/search.
  config.vm.box = "${box}"
${version ? `  config.vm.box_version = "${version}"\n` : ''}
${url ? `  # The url from where the 'config.vm.box' box will be fetched if it
  # doesn't already exist on the user's system.
  config.vm.box_url = "${url}"` : `  # Disable automatic box update checking. If you disable this, then
  # boxes will only be checked for updates when the user runs
  # \`vagrant box outdated\`. This is not recommended.
  # config.vm.box_check_update = false`}

  # Create a forwarded port mapping which allows access to a specific port
  # within the machine from a port on the host machine. In the example below,
  # accessing "localhost:8080" will access port 80 on the guest machine.
  # NOTE: This will enable public access to the opened port
  # config.vm.network "forwarded_port", guest: 80, host: 8080

  # Create a forwarded port mapping which allows access to a specific port
  # within the machine from a port on the host machine and only allow access
  # via 127.0.0.1 to disable public access
  # config.vm.network "forwarded_port", guest: 80, host: 8080, host_ip: "127.0.0.1"

  # Create a private network, which allows host-only access to the machine
  # using a specific IP.
  # config.vm.network "private_network", ip: "192.168.33.10"

  # Create a public network, which generally matched to bridged network.
  # Bridged networks make the machine appear as another physical device on
  # your network.
  # config.vm.network "public_network"

  # Share an additional folder to the guest VM. The first argument is
  # the path on the host to the actual folder. The second argument is
  # the path on the guest to mount the folder. And the optional third
  # argument is a set of non-required options.
  # config.vm.synced_folder "../data", "/vagrant_data"

  # Disable the default share of the current code directory. Doing this
  # provides improved isolation between the vagrant box and your host
  # by making sure your Vagrantfile isn't accessible to the vagrant box.
  # If you use this you may want to enable additional shared subfolders as
  # shown above.
  # config.vm.synced_folder ".", "/vagrant", disabled: true

  # Provider-specific configuration so you can fine-tune various
  # backing providers for Vagrant. These expose provider-specific options.
  # Example for VirtualBox:
  #
  # config.vm.provider "virtualbox" do |vb|
  #   # Display the VirtualBox GUI when booting the machine
  #   vb.gui = true
  #
  #   # Customize the amount of memory on the VM:
  #   vb.memory = "1024"
  # end
  #
  # View the documentation for the provider you are using for more
  # information on available options.

  # Enable provisioning with a shell script. Additional provisioners such as
  # Ansible, Chef, Docker, Puppet and Salt are also available. Please see the
  # documentation for more information about their specific syntax and use.
  # config.vm.provision "shell", inline: <<-SHELL
  #   apt-get update
  #   apt-get install -y apache2
  # SHELL
end
`;
}

export function vagrantInit(args: readonly string[], client: DockerClient | undefined): CommandResult {
  let force = false;
  let small = false;
  let output = 'Vagrantfile';
  let version: string | null = null;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-h' || a === '--help') return ok(USAGE);
    if (a === '-f' || a === '--force') force = true;
    else if (a === '-m' || a === '--minimal') small = true;
    else if (a === '--output' || a === '--box-version' || a === '--template') {
      const v = args[++i];
      if (v === undefined) return fail(`missing argument: ${a}\n${USAGE}`, 1);
      if (a === '--output') output = v;
      else if (a === '--box-version') version = v;
      else return fail('(utsuwa: vagrant init --template is not simulated: the terminal writes Vagrant\'s own templates)', 1);
    } else if (a.startsWith('-')) return fail(`invalid option: ${a}\n${USAGE}`, 1);
    else rest.push(a);
  }
  const box = rest[0] ?? 'base';
  const text = (small ? minimal : full)(box, version, rest[1] ?? null);
  if (output === '-') return ok(text.replace(/\n$/, ''));
  if (!client?.writeFile) return fail('(utsuwa: vagrant init writes a file in the host shell, which this terminal does not have here)', 1);
  if (!force && client.readFile(output) !== null) return fail(EXISTS, 1);
  const written = client.writeFile(output, text);
  if (written.exitCode !== 0) return written;
  return ok(SUCCESS, written.effects);
}
