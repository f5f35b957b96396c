// Debian packages the test host needs beyond node, npm, python3 and g++: the browser that drives the workbench,
// the ripgrep binary VS Code's file search runs, Kerberos headers for VS Code's proxy module, make for node-gyp, and
// Dask distributed for the CLI's cluster recipe (scripts/dask_annotate.py, tested on a LocalCluster).
import { spawnSync } from 'child_process';

export const SYSTEM_PACKAGES = ['chromium', 'ripgrep', 'libkrb5-dev', 'make', 'python3-distributed'];

function installed(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

export function missingSystemPackages() {
  return SYSTEM_PACKAGES.filter((pkg) => !installed(pkg));
}
