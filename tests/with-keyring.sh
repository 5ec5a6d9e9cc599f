#!/bin/sh
# Runs a command with a real Secret Service: a private D-Bus session bus and a throw-away gnome-keyring,
# unlocked, whose files live in a fresh temporary folder so the user's own keyring is never touched.
set -eu
if [ "${TCC_INSIDE_KEYRING:-}" = 1 ]; then
  # Already inside a private session (e.g. the whole test run is wrapped): just run.
  exec "$@"
fi
runtime=$(mktemp -d "${TMPDIR:-/tmp}/tcc-keyring.XXXXXX")
chmod 700 "$runtime"
trap 'rm -rf "$runtime"' EXIT INT TERM
export XDG_RUNTIME_DIR="$runtime" XDG_DATA_HOME="$runtime/data" XDG_CONFIG_HOME="$runtime/config"
export TCC_INSIDE_KEYRING=1
dbus-run-session -- sh -c '
  printf %s throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  # Wait until the Secret Service answers on the bus, at most 10 s.
  i=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
        org.freedesktop.DBus.GetNameOwner string:org.freedesktop.secrets >/dev/null 2>&1; do
    i=$((i+1)); [ $i -le 100 ] || { echo "with-keyring: the Secret Service did not start" >&2; exit 90; }
    sleep 0.1
  done
  status=0
  "$@" || status=$?
  # Stop this run's daemon: it can outlive a short session. It is the one whose environment names our folder.
  for pid in $(pgrep -x gnome-keyring-d 2>/dev/null); do
    if tr "\0" "\n" < /proc/$pid/environ 2>/dev/null | grep -qx "XDG_RUNTIME_DIR=$XDG_RUNTIME_DIR"; then
      kill "$pid" 2>/dev/null || true
    fi
  done
  exit $status
' with-keyring "$@"
