#!/usr/bin/env bash
# README's run command: install what is needed, build, start ccr-server on a
# SQLite file in build/run-data, create the first admin (once), and open
# ccr-client connected to it. Ctrl+C or closing the client stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."

./installer/install-deps.sh
cmake --preset release
# Only what runs here; the tests build with the test command.
cmake --build --preset release --target ccr-server ccr-client

bin=build/release
data="${CCR_DATA_DIR:-$PWD/build/run-data}"
port="${CCR_PORT:-7730}"
mkdir -p "$data"
chmod 700 "$data"

# The first admin: no built-in password anywhere, so one is generated here,
# printed, and kept readable by this user only until they change it.
credentials="$data/first-admin.txt"
if [ ! -f "$credentials" ]; then
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=' | cut -c1-20)
  printf '%s\n' "$password" | "$bin/server/ccr-server" --data-dir "$data" \
      --create-admin admin@ccr.local --first-name Site --last-name Admin
  umask 077
  printf 'email: admin@ccr.local\npassword: %s\n' "$password" > "$credentials"
fi
echo "----------------------------------------------------------------"
echo "First admin (from $credentials):"
sed 's/^/  /' "$credentials"
echo "Customers register themselves from the client's login screen."
echo "----------------------------------------------------------------"

"$bin/server/ccr-server" --data-dir "$data" --listen 127.0.0.1 --port "$port" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  "$bin/client/ccr-client" --host 127.0.0.1 --port "$port"
else
  echo "No display here: the server runs on 127.0.0.1:$port (Ctrl+C stops it)."
  echo "On a desktop, start: $bin/client/ccr-client --host <this machine> --port $port"
  wait $server
fi
