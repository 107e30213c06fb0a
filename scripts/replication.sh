#!/usr/bin/env bash
# Replication clusters for the read-replica tests and benchmark, on loopback, in private data directories:
#
#   PostgreSQL 15 primary       127.0.0.1:5433   (user postgres, trust)
#   PostgreSQL 15 hot standby   127.0.0.1:5434   (streaming from 5433, pg_basebackup -R)
#   pgbouncer (transaction)     127.0.0.1:6432   (in front of 5433)
#   MariaDB 10.11 primary       127.0.0.1:3307   (user app / password app, database s4j; root over the socket)
#   MariaDB 10.11 GTID replica  127.0.0.1:3308   (read_only, MASTER_USE_GTID=slave_pos)
#
# Usage: scripts/replication.sh start|stop|status|stop-one NAME|start-one NAME
#   start     idempotent; returns at once when everything already runs
#   stop      stops everything (data directories stay, so the next start is fast)
#   status    exit 0 when every server answers and both replicas replicate
#   stop-one / start-one  pg-standby, pg-primary, maria-replica or maria-primary: for the fault tests
#   pause-replay / resume-replay  pg-standby or maria-replica: the replica stops applying changes (lag)
#
# The main servers (5432, 3306) are never touched. The directory is $S4J_REPLICATION_DIR, by default
# /tmp/sequelize4j-replication. Runs as root (servers are started as the postgres and mysql users).
set -euo pipefail

DIR=${S4J_REPLICATION_DIR:-/tmp/sequelize4j-replication}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_PRIMARY_PORT=5433
PG_STANDBY_PORT=5434
BOUNCER_PORT=6432
MARIA_PRIMARY_PORT=3307
MARIA_REPLICA_PORT=3308

log() { echo "replication: $*" >&2; }

as_postgres() { runuser -u postgres -- "$@"; }

pg_up() { "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$1" 2>/dev/null; }
maria_up() { mariadb-admin --no-defaults -h 127.0.0.1 -P "$1" -u app -papp ping >/dev/null 2>&1; }
bouncer_up() { "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$BOUNCER_PORT" -d s4j 2>/dev/null; }
maria_sock() { echo "$DIR/maria-$1/mysqld.sock"; }
maria_root() { mariadb --no-defaults -S "$(maria_sock "$1")" -u root "${@:2}"; }

wait_for() { # seconds, command...
  local tries=$(( $1 * 10 )); shift
  for _ in $(seq 1 "$tries"); do "$@" && return 0; sleep 0.1; done
  return 1
}

# ---- PostgreSQL ------------------------------------------------------------------------------

pg_conf() { # data dir, port
  cat >>"$1/postgresql.conf" <<EOF
port = $2
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DIR/sock'
wal_level = replica
max_wal_senders = 8
max_replication_slots = 4
hot_standby = on
hot_standby_feedback = on
wal_receiver_status_interval = 1s
# A standby reconnects quickly after the primary restarts (the fault tests restart it).
wal_retrieve_retry_interval = 200ms
# Test clusters: durability is not the point, speed is.
fsync = off
full_page_writes = off
shared_buffers = 32MB
max_connections = 100
logging_collector = off
EOF
}

pg_start() { # name port
  local data="$DIR/pg-$1"
  pg_up "$2" && return 0
  as_postgres "$PG_BIN/pg_ctl" -D "$data" -l "$DIR/pg-$1.log" -w -t 60 start >/dev/null
}

pg_stop() { # name
  local data="$DIR/pg-$1"
  [ -f "$data/postmaster.pid" ] || return 0
  as_postgres "$PG_BIN/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
}

pg_setup() {
  if [ ! -f "$DIR/pg-primary/PG_VERSION" ]; then
    log "initdb PostgreSQL primary"
    rm -rf "$DIR/pg-primary"
    as_postgres "$PG_BIN/initdb" -D "$DIR/pg-primary" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    pg_conf "$DIR/pg-primary" "$PG_PRIMARY_PORT"
    cat >"$DIR/pg-primary/pg_hba.conf" <<EOF
local all all trust
host all all 127.0.0.1/32 trust
host replication all 127.0.0.1/32 trust
EOF
  fi
  pg_start primary "$PG_PRIMARY_PORT"
  as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PRIMARY_PORT" -U postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 's4j'" | grep -q 1 \
    || as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PRIMARY_PORT" -U postgres s4j
  if [ ! -f "$DIR/pg-standby/standby.signal" ]; then
    log "pg_basebackup PostgreSQL standby"
    rm -rf "$DIR/pg-standby"
    as_postgres "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PG_PRIMARY_PORT" -U postgres -D "$DIR/pg-standby" -R -X stream -c fast
    sed -i "s/^port = .*/port = $PG_STANDBY_PORT/" "$DIR/pg-standby/postgresql.conf"
  fi
  pg_start standby "$PG_STANDBY_PORT"
}

# ---- pgbouncer --------------------------------------------------------------------------------

bouncer_setup() {
  if ! command -v pgbouncer >/dev/null 2>&1; then
    log "installing pgbouncer"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pgbouncer >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pgbouncer >/dev/null; }
    # The package starts its own service on 6432 with the Debian configuration; ours replaces it.
    systemctl stop pgbouncer >/dev/null 2>&1 || service pgbouncer stop >/dev/null 2>&1 || true
  fi
  mkdir -p "$DIR/bouncer"
  cat >"$DIR/bouncer/pgbouncer.ini" <<EOF
[databases]
* = host=127.0.0.1 port=$PG_PRIMARY_PORT
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $BOUNCER_PORT
unix_socket_dir = $DIR/bouncer
auth_type = trust
auth_file = $DIR/bouncer/users.txt
pool_mode = transaction
default_pool_size = 10
max_client_conn = 200
; pgjdbc sends these in its start-up packet; pgbouncer would refuse the connection otherwise.
ignore_startup_parameters = extra_float_digits,options
logfile = $DIR/bouncer/pgbouncer.log
pidfile = $DIR/bouncer/pgbouncer.pid
admin_users = postgres
EOF
  echo '"postgres" ""' >"$DIR/bouncer/users.txt"
  chown -R postgres:postgres "$DIR/bouncer"
  bouncer_up && return 0
  as_postgres pgbouncer -d "$DIR/bouncer/pgbouncer.ini"
  wait_for 10 bouncer_up
}

# ---- MariaDB ----------------------------------------------------------------------------------

maria_cnf() { # name port server-id extra...
  local data="$DIR/maria-$1"
  cat >"$DIR/maria-$1.cnf" <<EOF
[mariadbd]
datadir = $data
port = $2
bind-address = 127.0.0.1
socket = $(maria_sock "$1")
pid-file = $data/mariadbd.pid
log-error = $data/error.log
user = mysql
server-id = $3
log-bin = $data/binlog
binlog-format = ROW
log-slave-updates = ON
gtid-strict-mode = ON
relay-log = $data/relay
character-set-server = utf8mb4
collation-server = utf8mb4_general_ci
skip-name-resolve
innodb-buffer-pool-size = 64M
innodb-log-file-size = 48M
innodb-flush-log-at-trx-commit = 2
sync-binlog = 0
max-connections = 200
${4:-}
EOF
}

maria_root_up() { mariadb-admin --no-defaults -S "$(maria_sock "$1")" -u root ping >/dev/null 2>&1; }

maria_start() { # name port [up-check]
  local up=${3:-maria_up $2}
  $up && return 0
  if [ -f "$DIR/maria-$1/mariadbd.pid" ] && kill -0 "$(cat "$DIR/maria-$1/mariadbd.pid")" 2>/dev/null; then
    wait_for 60 $up; return
  fi
  # Not start-stop-daemon: it would find the main server's mariadbd and start nothing.
  setsid /usr/sbin/mariadbd --defaults-file="$DIR/maria-$1.cnf" </dev/null >/dev/null 2>&1 &
  wait_for 60 $up || { log "MariaDB $1 did not start; see $DIR/maria-$1/error.log"; return 1; }
}

maria_stop() { # name
  local pidfile="$DIR/maria-$1/mariadbd.pid"
  [ -f "$pidfile" ] || return 0
  local pid; pid=$(cat "$pidfile")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 600); do kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; return 0; }; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}

maria_setup() {
  maria_cnf primary "$MARIA_PRIMARY_PORT" 1
  maria_cnf replica "$MARIA_REPLICA_PORT" 2 "read-only = ON"
  if [ ! -d "$DIR/maria-primary/mysql" ]; then
    log "mariadb-install-db primary"
    rm -rf "$DIR/maria-primary" "$DIR/maria-replica"
    mkdir -p "$DIR/maria-primary" && chown mysql:mysql "$DIR/maria-primary"
    mariadb-install-db --defaults-file="$DIR/maria-primary.cnf" --auth-root-authentication-method=socket \
      --skip-test-db >/dev/null
    maria_start primary "$MARIA_PRIMARY_PORT" "maria_root_up primary"
    # A fresh install has only root over the socket; the tests connect over TCP as app, which has no
    # SUPER / READ ONLY ADMIN, so that the replica's read_only really refuses its writes.
    mariadb --no-defaults -S "$(maria_sock primary)" -u root <<'EOF'
CREATE DATABASE IF NOT EXISTS s4j CHARACTER SET utf8mb4;
CREATE USER IF NOT EXISTS 'app'@'127.0.0.1' IDENTIFIED BY 'app';
GRANT ALL PRIVILEGES ON `s4j`.* TO 'app'@'127.0.0.1';
GRANT ALL PRIVILEGES ON `s4j\_%`.* TO 'app'@'127.0.0.1';
GRANT REPLICATION CLIENT, REPLICA MONITOR ON *.* TO 'app'@'127.0.0.1';
CREATE USER IF NOT EXISTS 'repl'@'127.0.0.1' IDENTIFIED BY 'repl';
GRANT REPLICATION SLAVE ON *.* TO 'repl'@'127.0.0.1';
EOF
    maria_stop primary
    # The replica starts as a copy of the stopped primary: same users and schema, same GTID position.
    cp -a "$DIR/maria-primary" "$DIR/maria-replica"
    rm -f "$DIR/maria-replica"/binlog.* "$DIR/maria-replica"/*.pid "$DIR/maria-replica/mysqld.sock"
    maria_start primary "$MARIA_PRIMARY_PORT"
    maria_start replica "$MARIA_REPLICA_PORT"
    local pos; pos=$(maria_root primary -N -e "SELECT @@gtid_binlog_pos")
    maria_root replica <<EOF
SET GLOBAL gtid_slave_pos = '$pos';
CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=$MARIA_PRIMARY_PORT, MASTER_USER='repl',
  MASTER_PASSWORD='repl', MASTER_USE_GTID=slave_pos, MASTER_CONNECT_RETRY=1;
START SLAVE;
EOF
  fi
  maria_start primary "$MARIA_PRIMARY_PORT"
  maria_start replica "$MARIA_REPLICA_PORT"
}

# ---- status -----------------------------------------------------------------------------------

pg_streaming() {
  as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_STANDBY_PORT" -U postgres -d s4j -tAc \
    "SELECT pg_is_in_recovery() AND EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE status = 'streaming')" \
    2>/dev/null | grep -q t
}

maria_replicating() {
  maria_root replica -e "SHOW SLAVE STATUS\G" 2>/dev/null | grep -q "Slave_SQL_Running: Yes" \
    && maria_root replica -e "SHOW SLAVE STATUS\G" 2>/dev/null | grep -q "Slave_IO_Running: Yes"
}

all_running() {
  pg_up "$PG_PRIMARY_PORT" && pg_up "$PG_STANDBY_PORT" && bouncer_up \
    && maria_up "$MARIA_PRIMARY_PORT" && maria_up "$MARIA_REPLICA_PORT" && pg_streaming && maria_replicating
}

status() {
  local ok=0
  for check in "pg-primary:pg_up $PG_PRIMARY_PORT" "pg-standby:pg_up $PG_STANDBY_PORT" "pg-streaming:pg_streaming" \
               "pgbouncer:bouncer_up" "maria-primary:maria_up $MARIA_PRIMARY_PORT" \
               "maria-replica:maria_up $MARIA_REPLICA_PORT" "maria-replicating:maria_replicating"; do
    if ${check#*:}; then echo "${check%%:*}: up"; else echo "${check%%:*}: DOWN"; ok=1; fi
  done
  return $ok
}

start() {
  if all_running; then
    return 0
  fi
  mkdir -p "$DIR"
  chmod 755 "$DIR"
  chown postgres:postgres "$DIR"
  mkdir -p "$DIR/sock" && chown postgres:postgres "$DIR/sock"
  pg_setup
  bouncer_setup
  maria_setup
  wait_for 30 pg_streaming || { log "the PostgreSQL standby does not stream; see $DIR/pg-standby.log"; return 1; }
  wait_for 30 maria_replicating || { log "the MariaDB replica does not replicate; see $DIR/maria-replica/error.log"; return 1; }
  log "running"
}

stop() {
  if [ -f "$DIR/bouncer/pgbouncer.pid" ]; then
    kill "$(cat "$DIR/bouncer/pgbouncer.pid")" 2>/dev/null || true
  fi
  pg_stop standby
  pg_stop primary
  maria_stop replica
  maria_stop primary
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  stop-one)
    case "${2:-}" in
      pg-primary) pg_stop primary ;; pg-standby) pg_stop standby ;;
      maria-primary) maria_stop primary ;; maria-replica) maria_stop replica ;;
      *) echo "stop-one: pg-primary, pg-standby, maria-primary or maria-replica" >&2; exit 2 ;;
    esac ;;
  start-one)
    case "${2:-}" in
      pg-primary) pg_start primary "$PG_PRIMARY_PORT" ;; pg-standby) pg_start standby "$PG_STANDBY_PORT" ;;
      maria-primary) maria_start primary "$MARIA_PRIMARY_PORT" ;;
      maria-replica) maria_start replica "$MARIA_REPLICA_PORT" ;;
      *) echo "start-one: pg-primary, pg-standby, maria-primary or maria-replica" >&2; exit 2 ;;
    esac ;;
  pause-replay|resume-replay)
    case "$1:${2:-}" in
      pause-replay:pg-standby) as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_STANDBY_PORT" -U postgres -qAtc "SELECT pg_wal_replay_pause()" >/dev/null ;;
      resume-replay:pg-standby) as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_STANDBY_PORT" -U postgres -qAtc "SELECT pg_wal_replay_resume()" >/dev/null ;;
      pause-replay:maria-replica) maria_root replica -e "STOP SLAVE SQL_THREAD" ;;
      resume-replay:maria-replica) maria_root replica -e "START SLAVE SQL_THREAD" ;;
      *) echo "$1: pg-standby or maria-replica" >&2; exit 2 ;;
    esac ;;
  *) echo "usage: $0 start|stop|status|stop-one NAME|start-one NAME|pause-replay NAME|resume-replay NAME" >&2; exit 2 ;;
esac
