#!/usr/bin/env bash
# The whole test suite on PostgreSQL: installs the server from Debian's
# packages when absent, starts a throw-away cluster on 127.0.0.1 in a
# temporary directory as a non-root user, runs the suite, and stops it.
set -euo pipefail
cd "$(dirname "$0")/.."

find_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  return 1
}

if ! PGBIN=$(find_bin); then
  echo "PostgreSQL server not found: installing Debian's postgresql package" >&2
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
  PGBIN=$(find_bin)
fi

RUN_AS=()
if [ "$(id -u)" = 0 ]; then
  # PostgreSQL refuses to run as root: use the postgres system user.
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  RUN_AS=(runuser -u postgres --)
fi

DATA=$(mktemp -d /tmp/concord-pg.XXXXXX)
chmod 755 "$DATA"
[ "$(id -u)" = 0 ] && chown postgres "$DATA"
PORT=${CONCORD_PG_PORT:-$(( 20000 + RANDOM % 20000 ))}

cleanup() {
  "${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$DATA/db" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DATA"
}
trap cleanup EXIT

"${RUN_AS[@]}" "$PGBIN/initdb" -D "$DATA/db" -U concord --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$DATA/db" -l "$DATA/server.log" -w \
  -o "-h 127.0.0.1 -p $PORT -k $DATA -F -c fsync=off -c full_page_writes=off -c max_connections=60" start >/dev/null
"$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U concord concord_test

scripts/ensure-chromium.sh
export CONCORD_TEST_DATABASE_URL="postgresql+psycopg://concord@127.0.0.1:$PORT/concord_test"
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT"
.venv/bin/pytest -q -p no:cacheprovider -n 2 "$@"
