#!/usr/bin/env bash
# Set up a virtual environment and run the whole test suite: lint, format check, pytest.
# The README and CI (.ci/run) both run exactly this.
#
# The store tests also run against a real PostgreSQL server. If CAREERNAV_TEST_POSTGRES_URL is
# not set, this script makes a throwaway PostgreSQL cluster in a temporary folder (installing
# Debian's `postgresql` package first if it is missing and we are root), points the tests at
# it, and removes it on exit. CAREERNAV_REQUIRE_POSTGRES=1 makes those tests fail, not skip,
# if the server is missing.
#
# The browser tests (tests/test_web_e2e.py) drive Debian's Chromium with Playwright: this script
# installs the `chromium` package (and Korean fonts) if it is missing and we are root, and then
# sets CAREERNAV_REQUIRE_BROWSER=1 so those tests fail, not skip, without it. Playwright's own
# browser download (`playwright install`) is never used. CAREERNAV_CHROMIUM names another binary.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
.venv/bin/ruff check .
.venv/bin/ruff format --check .

pg_tmp=""
pg_bin=""

# The folder holding initdb and pg_ctl: from PATH, else Debian's /usr/lib/postgresql/<version>/bin.
find_postgres() {
    local dir
    if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
        dir=$(dirname "$(readlink -f "$(command -v initdb)")")
        if [[ -x "$dir/pg_ctl" ]]; then
            echo "$dir"
            return 0
        fi
    fi
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -V -r); do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

# Run a PostgreSQL program: as the postgres user when we are root (PostgreSQL refuses root).
as_postgres() {
    if [[ $EUID -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_postgres() {
    if [[ -n "$pg_tmp" ]]; then
        if [[ -f "$pg_tmp/data/postmaster.pid" ]]; then
            as_postgres "$pg_bin/pg_ctl" -D "$pg_tmp/data" -m immediate -w stop >/dev/null 2>&1 || true
        fi
        rm -rf "$pg_tmp"
    fi
}

start_postgres() {
    local started port url
    started=$(date +%s%N)
    if ! pg_bin=$(find_postgres); then
        if [[ $EUID -ne 0 ]] || ! command -v apt-get >/dev/null; then
            echo "PostgreSQL is needed for the store tests, and initdb/pg_ctl were not found." >&2
            echo "Install it (Debian/Ubuntu: sudo apt-get install postgresql), or set" >&2
            echo "CAREERNAV_TEST_POSTGRES_URL=postgresql+psycopg://user@host:port/emptydb." >&2
            exit 1
        fi
        echo "Installing PostgreSQL (apt-get install postgresql)…" >&2
        local log
        log=$(mktemp)
        if ! { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql; } >"$log" 2>&1; then
            cat "$log" >&2
            echo "Could not install PostgreSQL (above). Install it by hand, or set CAREERNAV_TEST_POSTGRES_URL." >&2
            exit 1
        fi
        rm -f "$log"
        pg_bin=$(find_postgres)
    fi
    if [[ $EUID -eq 0 ]]; then
        # The server runs as postgres, which must be able to reach its folder: use /tmp.
        id -u postgres >/dev/null 2>&1 || useradd --system --user-group --no-create-home postgres
        pg_tmp=$(mktemp -d /tmp/careernav-pg.XXXXXX)
        chown postgres: "$pg_tmp"
    else
        pg_tmp=$(mktemp -d "${TMPDIR:-/tmp}/careernav-pg.XXXXXX")
    fi
    trap stop_postgres EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    as_postgres "$pg_bin/initdb" -D "$pg_tmp/data" -U postgres -A trust -E UTF8 --no-locale \
        --no-sync >"$pg_tmp/initdb.log" 2>&1 || {
        cat "$pg_tmp/initdb.log" >&2
        exit 1
    }
    port=$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # Throwaway data: no fsync. Loopback only, and the socket in our own folder.
    as_postgres "$pg_bin/pg_ctl" -D "$pg_tmp/data" -l "$pg_tmp/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_tmp -c fsync=off -c full_page_writes=off" \
        start >/dev/null || {
        cat "$pg_tmp/server.log" >&2
        exit 1
    }
    as_postgres "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U postgres careernav_test
    url="postgresql+psycopg://postgres@127.0.0.1:$port/careernav_test"
    export CAREERNAV_TEST_POSTGRES_URL="$url"
    export CAREERNAV_REQUIRE_POSTGRES=1
    echo "PostgreSQL $("$pg_bin/pg_ctl" --version | awk '{print $3}') ready on 127.0.0.1:$port in $(((($(date +%s%N) - started) / 1000000))) ms." >&2
}

# Chromium for the browser tests: Debian's package, never `playwright install`.
ensure_chromium() {
    local chromium="${CAREERNAV_CHROMIUM:-/usr/bin/chromium}" found
    if ! command -v "$chromium" >/dev/null && [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
        echo "Installing Chromium for the browser tests (apt-get install chromium fonts-nanum)…" >&2
        local log
        log=$(mktemp)
        if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            chromium fonts-nanum; } >"$log" 2>&1; then
            cat "$log" >&2
            echo "Could not install Chromium (above); the browser tests will be skipped." >&2
        fi
        rm -f "$log"
    fi
    if found=$(command -v "$chromium"); then
        export CAREERNAV_CHROMIUM="$found"
        export CAREERNAV_REQUIRE_BROWSER=1
    else
        echo "Chromium not found at $chromium: the browser tests will be skipped." >&2
        echo "Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CAREERNAV_CHROMIUM." >&2
    fi
}

.venv/bin/python -c 'import playwright' 2>/dev/null || {
    echo "playwright is missing from the venv: it is in the [test] extra of pyproject.toml." >&2
    exit 1
}
ensure_chromium

if [[ -z "${CAREERNAV_TEST_POSTGRES_URL:-}" ]]; then
    start_postgres
fi
.venv/bin/pytest "$@"
