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
for needed in libsecret-1-0 libqt6svg6 qt6-translations-l10n libqt6widgets6 libqt6printsupport6 libqt6keychain1 \
    libarchive13; do
    case "$depends" in
    *"$needed"*) ;;
    *) fail "Depends lacks $needed: $depends" ;;
    esac
done
dpkg-deb -f "$deb" Recommends | grep -q fonts-noto-cjk || fail "Recommends lacks a CJK font for the Japanese texts"
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

# The program runs: its version, and a certificate read (the command line's own libraries and OpenSSL).
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -days 365 \
    -subj "/CN=package-test" >/dev/null 2>&1
runs() { # the program
    version=$("$1" --version) || fail "$1 --version failed"
    case "$version" in
    *[0-9].[0-9]*) ;;
    *) fail "$1 --version printed: $version" ;;
    esac
    facts=$(HOME="$work/home" "$1" inspect-cert "$work/cert.pem") || fail "$1 inspect-cert failed: $facts"
    case "$facts" in
    *package-test*) ;;
    *) fail "$1 inspect-cert printed: $facts" ;;
    esac
}
runs "$root/bin/taskcenter-connect"

# Where a machine is meant for it (CI sets TCC_PACKAGE_INSTALL=1 and runs as root): the package installed for real
# with apt-get, which must find every dependency, the installed program run, and the package removed again.
installed=
if [ "${TCC_PACKAGE_INSTALL:-}" = 1 ] && [ "$(id -u)" -eq 0 ]; then
    trap 'dpkg --purge taskcenter-connect >/dev/null 2>&1; rm -rf "$work"' EXIT INT TERM
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >"$work/install.log" 2>&1 \
        || { cat "$work/install.log" >&2; fail "apt-get could not install the package"; }
    dpkg-query -W -f='${Status}' taskcenter-connect | grep -q 'install ok installed' || fail "not installed"
    for file in /usr/share/applications/taskcenter-connect.desktop \
        /usr/share/icons/hicolor/scalable/apps/taskcenter-connect.svg; do
        [ -f "$file" ] || fail "the installed package lacks $file"
    done
    runs /usr/bin/taskcenter-connect
    dpkg --purge taskcenter-connect >/dev/null || fail "the package could not be removed"
    [ ! -e /usr/bin/taskcenter-connect ] || fail "removing the package left /usr/bin/taskcenter-connect"
    installed=", installs with apt-get and is removed again"
fi
echo "package-test: $(basename "$deb") builds, declares what it needs, holds its files and runs$installed"
