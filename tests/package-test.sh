#!/bin/sh
# Builds the Debian package from a build folder, checks what it declares and holds, and runs what it installs.
#   tests/package-test.sh BUILD_DIR
set -eu
build=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/tcc-package.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
fail() {
    echo "package-test: $*" >&2
    exit 1
}

(cd "$build" && cpack -G DEB -B "$work/out") >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$work"/out/taskcenter-connect_*.deb)

# What the package needs: the libraries it links (dpkg-shlibdeps) and those loaded at run time.
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libsecret-1-0 libqt6svg6 qt6-translations-l10n libqt6widgets6 libqt6keychain1 libarchive13; do
    case "$depends" in
    *"$needed"*) ;;
    *) fail "Depends lacks $needed: $depends" ;;
    esac
done
# Every dependency can be met on this Debian (a simulation: nothing is installed).
apt-get install --simulate --no-install-recommends "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "its dependencies cannot be met"; }

dpkg-deb -x "$deb" "$work/root"
root=$work/root/usr
for file in bin/taskcenter-connect share/applications/taskcenter-connect.desktop \
    share/icons/hicolor/scalable/apps/taskcenter-connect.svg \
    share/metainfo/io.github.taskcenterconnect.TaskCenterConnect.metainfo.xml share/man/man1/taskcenter-connect.1.gz; do
    [ -f "$root/$file" ] || fail "the package does not hold /usr/$file"
done
desktop-file-validate "$root/share/applications/taskcenter-connect.desktop" || fail "the desktop entry is not valid"
appstreamcli validate --no-net "$root/share/metainfo/io.github.taskcenterconnect.TaskCenterConnect.metainfo.xml" \
    || fail "the AppStream metadata is not valid"
zcat "$root/share/man/man1/taskcenter-connect.1.gz" | grep -q '^\.TH TASKCENTER-CONNECT 1' || fail "no manual page"

# The installed program runs.
version=$("$root/bin/taskcenter-connect" --version) || fail "--version failed"
case "$version" in
*[0-9].[0-9]*) ;;
*) fail "--version printed: $version" ;;
esac
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -days 365 \
    -subj "/CN=package-test" >/dev/null 2>&1
facts=$(HOME="$work/home" "$root/bin/taskcenter-connect" inspect-cert "$work/cert.pem") || fail "inspect-cert failed: $facts"
case "$facts" in
*package-test*) ;;
*) fail "inspect-cert printed: $facts" ;;
esac
echo "package-test: $(basename "$deb") builds, declares what it needs, installs its files and runs"
