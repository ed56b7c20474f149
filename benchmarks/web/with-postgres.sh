#!/usr/bin/env bash
# Run a command with a throw-away PostgreSQL cluster on 127.0.0.1 (as scripts/test-postgres.sh
# makes one), passing it `--url postgresql+psycopg://...` to an empty database; stopped after.
#   benchmarks/web/with-postgres.sh .venv/bin/python benchmarks/web/run.py [options]
set -euo pipefail
cd "$(dirname "$0")/../.."

PGBIN=""
for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && PGBIN="$d"; done
[ -n "$PGBIN" ] || { echo "PostgreSQL server not found: run scripts/test-postgres.sh once to install it" >&2; exit 2; }

RUN_AS=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  RUN_AS=(runuser -u postgres --)
fi
DATA=$(mktemp -d /tmp/concord-bench-pg.XXXXXX)
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
  -o "-h 127.0.0.1 -p $PORT -k $DATA -c max_connections=60 -c shared_buffers=256MB" start >/dev/null
"$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U concord concord_bench
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT"
"$@" --url "postgresql+psycopg://concord@127.0.0.1:$PORT/concord_bench"
