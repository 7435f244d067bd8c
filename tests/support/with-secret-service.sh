#!/bin/sh
# Runs a command inside a private D-Bus session bus with a real Secret Service: GNOME Keyring, unlocked
# with a throw-away password, so keychain code is tested against the daemon users have (not a mock).
# The session, the daemon and its keyring in a temporary HOME disappear with the command.
set -eu
command -v dbus-run-session >/dev/null || { echo "with-secret-service: dbus-run-session is missing (package dbus-daemon)" >&2; exit 1; }
command -v gnome-keyring-daemon >/dev/null || { echo "with-secret-service: gnome-keyring-daemon is missing (package gnome-keyring)" >&2; exit 1; }
TMP_HOME=$(mktemp -d)
trap 'rm -rf "$TMP_HOME"' EXIT
export HOME="$TMP_HOME" XDG_DATA_HOME="$TMP_HOME/.local/share" XDG_RUNTIME_DIR="$TMP_HOME/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
    printf "%s" "loracraft-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
    exec "$@"' with-secret-service "$@"
