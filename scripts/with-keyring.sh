#!/usr/bin/env bash
# Runs a command with an unlocked gnome-keyring on the current (private) D-Bus session, so the
# keychain tests use the real Secret Service with no prompt, no display and no user session.
# Call it inside `dbus-run-session -- scripts/with-keyring.sh COMMAND...`.
set -euo pipefail

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  echo "with-keyring.sh: no session bus; run it under dbus-run-session" >&2
  exit 2
fi

scratch="$(mktemp -d)"
chmod 700 "$scratch"
export XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run" XDG_CONFIG_HOME="$scratch/config"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME"
chmod 700 "$XDG_RUNTIME_DIR"

keyring_pid=""
cleanup() {
  if [ -n "$keyring_pid" ]; then kill "$keyring_pid" 2>/dev/null || true; fi
  rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 143' TERM INT

# The keyring is unlocked with a throw-away password that exists only for this run.
eval "$(head -c 24 /dev/urandom | base64 | gnome-keyring-daemon --unlock --components=secrets)"

# Wait until the daemon owns the name: a client that calls earlier makes D-Bus start a second,
# locked keyring.
owner=no
for _ in $(seq 1 50); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
       org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    owner=yes
    break
  fi
  sleep 0.1
done
if [ "$owner" = yes ]; then
  keyring_pid="$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk '/uint32/ {print $2}')"
  export NANGODESK_KEYRING_AVAILABLE=1
else
  echo "with-keyring.sh: gnome-keyring did not come up; keychain tests will report it" >&2
fi

"$@"
