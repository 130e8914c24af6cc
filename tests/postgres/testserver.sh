#!/bin/sh
# Starts or stops the throwaway PostgreSQL server the tests run against (CTest's fixture "postgres": see
# tests/CMakeLists.txt). usage: testserver.sh start|stop|halt|resume FOLDER [LOFTESKOLLEN]
# halt stops a server and keeps its data, resume starts it again on that data: a test of a server that goes
# away mid-edit does it to a server of its own (never the fixture's, which every test shares).
#
# The server lives in FOLDER: its data, its log, and its Unix socket. It listens on no TCP port at all
# (listen_addresses is empty), so the "port" is only part of the socket's file name and cannot meet another
# server on the machine. Logins are trusted on that socket, which only this account (and root) may open.
# PostgreSQL refuses to run as root: as root, the server runs as the postgres account that Debian's
# postgresql package makes. `start` ends by setting up the template database every test copies
# (lofteskollen server init), so that each test case gets a fresh database in a fraction of a second.
set -eu
action=$1
folder=$2
program=${3:-}
bin=/usr/lib/postgresql/15/bin
user=lofteskollen

as_server() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
    if [ -f "$folder/data/postmaster.pid" ]; then
        as_server "$bin/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$folder"
}

run_server() {
    as_server "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
        -o "-k $folder -c listen_addresses= -p 5432 -c fsync=off -c synchronous_commit=off \
            -c full_page_writes=off -c max_connections=100" start >/dev/null ||
        { cat "$folder/server.log" >&2; exit 1; }
}

case $action in
halt)
    as_server "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null
    ;;
resume)
    run_server
    ;;
start)
    [ -x "$bin/pg_ctl" ] || { echo "PostgreSQL 15 is not installed (apt-get install postgresql-15)" >&2; exit 1; }
    stop # a server left by an interrupted run
    mkdir -p "$folder"
    chmod 700 "$folder"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$folder"; fi
    as_server "$bin/initdb" -D "$folder/data" -U "$user" --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync \
        >"$folder/initdb.log" 2>&1 || { cat "$folder/initdb.log" >&2; exit 1; }
    # Durability is not what the tests prove: without fsync a test database is made in milliseconds.
    run_server
    as_server "$bin/createdb" -h "$folder" -p 5432 -U "$user" lofteskollen_template
    if [ -n "$program" ]; then
        "$program" server init --server "postgresql:///lofteskollen_template?host=$folder&port=5432&user=$user"
    fi
    echo "PostgreSQL test server running in $folder"
    ;;
stop)
    stop
    ;;
*)
    echo "usage: $0 start|stop|halt|resume FOLDER [LOFTESKOLLEN]" >&2
    exit 2
    ;;
esac
