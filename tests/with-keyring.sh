#!/bin/sh
# Runs a command with a real Secret Service: a private D-Bus session bus and a throw-away, unlocked
# gnome-keyring whose files live in a fresh temporary folder, so the user's own keyring is never touched.
#   tests/with-keyring.sh COMMAND [ARGS...]
set -eu

if [ "${TCC_KEYRING_STAGE:-}" = inside ]; then
    # Inside the private session bus: start the keyring, wait for it, run the command, stop the keyring.
    printf %s throwaway | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
    keyring=$!
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
            org.freedesktop.DBus.GetNameOwner string:org.freedesktop.secrets >/dev/null 2>&1; do
        tries=$((tries + 1))
        if [ "$tries" -gt 100 ]; then
            echo "with-keyring: the Secret Service did not start within 10 seconds" >&2
            kill "$keyring" 2>/dev/null || true
            exit 90
        fi
        sleep 0.1
    done
    status=0
    "$@" || status=$?
    kill "$keyring" 2>/dev/null || true
    wait "$keyring" 2>/dev/null || true
    exit "$status"
fi

if [ "${TCC_INSIDE_KEYRING:-}" = 1 ]; then
    exec "$@" # the whole run is wrapped already
fi
runtime=$(mktemp -d "${TMPDIR:-/tmp}/tcc-keyring.XXXXXX")
chmod 700 "$runtime"
trap 'rm -rf "$runtime"' EXIT INT TERM
export XDG_RUNTIME_DIR="$runtime" XDG_DATA_HOME="$runtime/data" XDG_CONFIG_HOME="$runtime/config"
export TCC_INSIDE_KEYRING=1
status=0
TCC_KEYRING_STAGE=inside dbus-run-session -- "$0" "$@" || status=$?
exit "$status"
