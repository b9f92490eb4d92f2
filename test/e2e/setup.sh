#!/usr/bin/env bash
# Installs what the tests in real clients need, outside the project's node_modules, so that a
# developer's `npm ci` stays small:
#   - Debian packages: chromium (driven by playwright-core), neovim (0.7.2, the Neovim LSP test),
#     ripgrep and libkrb5-dev (code-server's install needs them), libreoffice-writer-nogui (soffice
#     --headless --convert-to pdf opens the rendered DOCX letters), poppler-utils (pdftotext reads
#     the PDF; pdftoppm makes README's image of a page) and fonts-dejavu-core (text in the PDF);
#   - code-server@4.100.3 from npm, into a cache folder shared by clones:
#     ${COOPSPEC_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/coopspec-e2e}/code-server-4.100.3
#     (test/e2e/code-server.test.ts looks for it there).
# Idempotent: installs only what is missing. Needs Node.js 20 (code-server 4.100.3 requires it).
# Only the npm registry and Debian's packages are used: @vscode/ripgrep's download is avoided by
# placing Debian's rg where it looks first.
#
# Usage: test/e2e/setup.sh        (CI: .ci/run calls it, then runs the tests with COOPSPEC_E2E=1)
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
RIPGREP_PACKAGE_VERSION=1.15.11                       # @vscode/ripgrep in code-server 4.100.3
RIPGREP_ARCHIVE=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
CACHE="${COOPSPEC_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/coopspec-e2e}"
TARGET="$CACHE/code-server-$CODE_SERVER_VERSION"

say() { printf 'e2e setup: %s\n' "$*"; }
die() { printf 'e2e setup: error: %s\n' "$*" >&2; exit 2; }

# 1. Debian packages, only those missing.
PACKAGES=(chromium neovim ripgrep libkrb5-dev libreoffice-writer-nogui poppler-utils fonts-dejavu-core)
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || die "not root and no sudo: install the Debian packages ${PACKAGES[*]} yourself"
  SUDO=(sudo)
fi
missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  say "Debian packages present: ${PACKAGES[*]}"
fi
for cmd in chromium nvim rg soffice pdftotext pdftoppm; do command -v "$cmd" >/dev/null || die "$cmd is not on PATH after installing its package"; done

# 2. code-server, unless this version is already installed and complete.
installed_ok() {
  [ -x "$TARGET/node_modules/.bin/code-server" ] &&
    [ -x "$TARGET/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ] &&
    [ "$(node -p "require('$TARGET/node_modules/code-server/package.json').version" 2>/dev/null)" = "$CODE_SERVER_VERSION" ]
}
if installed_ok; then
  say "code-server $CODE_SERVER_VERSION present in $TARGET"
  exit 0
fi

node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" = 20 ] || die "code-server $CODE_SERVER_VERSION needs Node.js 20; this is Node.js $(node --version)"

# @vscode/ripgrep looks in $TMPDIR/vscode-ripgrep-cache-<version>/ before it downloads: give it
# Debian's rg there (written to a temporary name first, then renamed).
rg_cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-$RIPGREP_PACKAGE_VERSION"
if [ ! -s "$rg_cache/$RIPGREP_ARCHIVE" ]; then
  say "placing Debian's rg in $rg_cache/$RIPGREP_ARCHIVE"
  mkdir -p "$rg_cache"
  stage="$(mktemp -d)"
  cp "$(command -v rg)" "$stage/rg"
  tar -czf "$rg_cache/$RIPGREP_ARCHIVE.partial" -C "$stage" rg
  mv -f "$rg_cache/$RIPGREP_ARCHIVE.partial" "$rg_cache/$RIPGREP_ARCHIVE"
  rm -rf "$stage"
fi

# Install into a fresh folder, then rename it into place: an interrupted install is never taken for
# a complete one.
say "installing code-server $CODE_SERVER_VERSION into $TARGET (builds native modules: a few minutes)"
mkdir -p "$CACHE"
work="$(mktemp -d "$CACHE/.install-XXXXXX")"
trap 'rm -rf "$work"' EXIT
printf '{ "name": "coopspec-e2e-code-server", "private": true }\n' > "$work/package.json"
(
  cd "$work"
  npm_config_yes=true npm install --unsafe-perm --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
)
rm -rf "$TARGET"
mv "$work" "$TARGET"
trap - EXIT
installed_ok || die "code-server $CODE_SERVER_VERSION did not install completely in $TARGET"
say "code-server $CODE_SERVER_VERSION installed in $TARGET"
