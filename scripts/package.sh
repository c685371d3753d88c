#!/usr/bin/env bash
# package.sh — build the Debian package from a release build tree and check it.
# usage: bash scripts/package.sh        (root only to install missing packages)
# Produces build-package/datastore-studio_VERSION_ARCH.deb: datastore-studio and dsstudio in
# /usr/bin, a menu entry, a scalable hicolor icon, AppStream metainfo, man pages and bash
# completion, with Depends from dpkg-shlibdeps. Then checks what a distribution would:
# desktop-file-validate, appstreamcli validate --no-net, lintian (no errors), and the file list.
# Install it with: sudo apt-get install ./build-package/datastore-studio_*.deb
# env: BUILD_DIR (default: build-package)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build-package}
bash scripts/install-deps.sh --build --package
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr -DSTUDIO_BUILD_TESTS=OFF -DSTUDIO_WERROR=ON >/dev/null
cmake --build "$build"
(cd "$build" && rm -f ./*.deb && cpack -G DEB >/dev/null)
deb=$(ls "$build"/datastore-studio_*.deb)
echo "package.sh: built $deb"

fail=0
check() { if "$@"; then :; else echo "package.sh: FAILED: $*" >&2; fail=1; fi; }
desktop=resources/desktop/org.datastorestudio.DatastoreStudio
check desktop-file-validate "$desktop.desktop"
check appstreamcli validate --no-net --pedantic "$desktop.metainfo.xml"
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for want in ./usr/bin/datastore-studio ./usr/bin/dsstudio \
            ./usr/share/applications/org.datastorestudio.DatastoreStudio.desktop \
            ./usr/share/icons/hicolor/scalable/apps/org.datastorestudio.DatastoreStudio.svg \
            ./usr/share/metainfo/org.datastorestudio.DatastoreStudio.metainfo.xml \
            ./usr/share/man/man1/dsstudio.1.gz ./usr/share/man/man1/datastore-studio.1.gz \
            ./usr/share/bash-completion/completions/dsstudio ./usr/share/doc/datastore-studio/copyright; do
    grep -qxF "$want" <<<"$contents" || { echo "package.sh: FAILED: $want is not in the package" >&2; fail=1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
for want in libqt6widgets6 libqt6sql6 libqt6keychain1 libyaml-cpp0.7 libqt6sql6-sqlite; do
    grep -q "$want" <<<"$depends" || { echo "package.sh: FAILED: Depends lacks $want: $depends" >&2; fail=1; }
done
# Lintian: errors fail the package; warnings are printed.
lintian --no-tag-display-limit "$deb" >"$build/lintian.txt" 2>&1 || true
grep -E '^(W|I):' "$build/lintian.txt" || true
if grep -q '^E:' "$build/lintian.txt"; then
    grep '^E:' "$build/lintian.txt" >&2; echo "package.sh: FAILED: lintian errors" >&2; fail=1
fi
[[ $fail -eq 0 ]] || exit 1
echo "package.sh: $deb checked (Depends: $depends)"
