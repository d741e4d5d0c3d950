#!/usr/bin/env bash
# Fetches the released YASGUI (@zazuko/yasgui, MIT) at the pinned version from the npm registry with npm's own
# client, checks the tarball against the pinned sha512 integrity, and puts its dist files (yasgui.min.js,
# yasgui.min.css), its package.json and the LICENSE beside them into OUT. Run by the sparql module's build
# (exec-maven-plugin, generate-resources); nothing is fetched at run time. A second run with the same pin is a no-op.
#
# usage: fetch.sh VERSION SHA512-INTEGRITY OUT-DIR
set -euo pipefail
version="$1"; integrity="$2"; out="$3"
here="$(cd "$(dirname "$0")" && pwd)"
stamp="$out.fetched"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$version $integrity" ]]; then exit 0; fi
command -v npm >/dev/null || { echo "fetch.sh: npm is needed to fetch @zazuko/yasgui@$version (apt-get install -y npm)" >&2; exit 1; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
# --prefer-offline: npm's own cache (~/.npm) answers when it holds the tarball, so rebuilds need no network.
(cd "$tmp" && npm pack "@zazuko/yasgui@$version" --prefer-offline --silent >/dev/null)
tarball="$tmp/zazuko-yasgui-$version.tgz"
[[ -f "$tarball" ]] || { echo "fetch.sh: npm pack gave no $tarball" >&2; exit 1; }
actual="sha512-$(node -e 'const c=require("crypto"),f=require("fs");process.stdout.write(c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "$tarball")"
if [[ "$actual" != "$integrity" ]]; then
  echo "fetch.sh: integrity mismatch for @zazuko/yasgui@$version: expected $integrity, got $actual" >&2
  exit 1
fi
tar -xzf "$tarball" -C "$tmp" package/package.json package/build/yasgui.min.js package/build/yasgui.min.css
got="$(node -e 'process.stdout.write(require(process.argv[1]).version)' "$tmp/package/package.json")"
[[ "$got" == "$version" ]] || { echo "fetch.sh: the tarball is version $got, not $version" >&2; exit 1; }
rm -rf "$out"; mkdir -p "$out"
cp "$tmp/package/build/yasgui.min.js" "$tmp/package/build/yasgui.min.css" "$tmp/package/package.json" "$out/"
# The released tarball carries no LICENSE file of its own (its package.json declares "license": "MIT"): ours,
# beside this script, is the MIT licence text for it. A later release that ships one wins.
if tar -tzf "$tarball" | grep -qx 'package/LICENSE'; then
  tar -xzf "$tarball" -C "$tmp" package/LICENSE && cp "$tmp/package/LICENSE" "$out/LICENSE"
else
  cp "$here/LICENSE" "$out/LICENSE"
fi
echo "$version $integrity" > "$stamp"
echo "fetch.sh: @zazuko/yasgui@$version ($integrity) in $out"
