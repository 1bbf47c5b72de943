/** A VmSpec as the real tools' input, and back: a Vagrantfile block, a virt-install line. */
export { vagrantDefine, vagrantfileFor, vagrantSize, PROVIDER_FOR_PROFILE } from './vagrantfile-block';
export { virtInstallLine, parseVirtInstall, type VirtInstallParse } from './virt-install';
export { BOX_FOR_OS, OS_VARIANT, osForBox, installLine, appsInstalledBy } from './boxes';
