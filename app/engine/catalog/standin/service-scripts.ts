/**
 * Entrypoint scripts of the database and web server images, shortened to what a first start
 * does and says: postgres and mysql refuse to initialise without a password (their real
 * messages), run /docker-entrypoint-initdb.d, and `exec` the server, which the runtime models
 * as a long-running process. Each says at its top that it is a shortened stand-in.
 */

export function postgresEntrypoint(major: string): string {
  return `#!/usr/bin/env bash
# Layercake: a shortened stand-in for the official image's docker-entrypoint.sh (same messages).
set -Eeo pipefail

case "$1" in -*) set -- postgres "$@" ;; esac

if [ "$1" = 'postgres' ] && [ ! -s "$PGDATA/PG_VERSION" ]; then
	if [ -z "$POSTGRES_PASSWORD" ] && [ "$POSTGRES_HOST_AUTH_METHOD" != 'trust' ]; then
		echo 'Error: Database is uninitialized and superuser password is not specified.' >&2
		echo '       You must specify POSTGRES_PASSWORD to a non-empty value for the' >&2
		echo '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".' >&2
		echo '' >&2
		echo '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all' >&2
		echo '       connections without a password. This is *not* recommended.' >&2
		echo '' >&2
		echo '       See PostgreSQL documentation about "trust":' >&2
		echo '       https://www.postgresql.org/docs/current/auth-trust.html' >&2
		exit 1
	fi
	echo 'The files belonging to this database system will be owned by user "postgres".'
	echo 'This user must also own the server process.'
	echo ''
	echo 'The database cluster will be initialized with locale "en_US.utf8".'
	echo 'The default database encoding has accordingly been set to "UTF8".'
	echo 'The default text search configuration will be set to "english".'
	echo ''
	echo 'Data page checksums are disabled.'
	echo ''
	echo "fixing permissions on existing directory $PGDATA ... ok"
	echo 'creating subdirectories ... ok'
	echo 'selecting dynamic shared memory implementation ... posix'
	echo 'selecting default max_connections ... 100'
	echo 'selecting default shared_buffers ... 128MB'
	echo 'selecting default time zone ... Etc/UTC'
	echo 'creating configuration files ... ok'
	echo 'running bootstrap script ... ok'
	echo 'performing post-bootstrap initialization ... ok'
	echo 'syncing data to disk ... ok'
	mkdir -p "$PGDATA/base" "$PGDATA/global" "$PGDATA/pg_wal"
	echo '${major}' > "$PGDATA/PG_VERSION"
	echo "listen_addresses = '*'" > "$PGDATA/postgresql.conf"
	echo 'host all all all scram-sha-256' > "$PGDATA/pg_hba.conf"
	echo ''
	echo ''
	echo 'Success. You can now start the database server using:'
	echo ''
	echo "    pg_ctl -D $PGDATA -l logfile start"
	echo ''
	echo ''
	for f in /docker-entrypoint-initdb.d/*; do
		case "$f" in
			*.sh) echo "$0: running $f"; . "$f" ;;
			*.sql|*.sql.gz|*.sql.xz|*.sql.zst) echo "$0: running $f"; echo ;;
			*/\\*) ;;
			*) echo "$0: ignoring $f" ;;
		esac
	done
	echo ''
	echo 'PostgreSQL init process complete; ready for start up.'
	echo ''
fi

exec "$@"
`;
}

export function mysqlEntrypoint(version: string): string {
  return `#!/bin/bash
# Layercake: a shortened stand-in for the official image's docker-entrypoint.sh (same messages).
set -eo pipefail

mysql_log() {
	local type="$1"; shift
	echo "$(date -u '+%Y-%m-%d %H:%M:%S')+00:00 [$type] [Entrypoint]: $*"
}

case "$1" in -*) set -- mysqld "$@" ;; esac

if [ "$1" = 'mysqld' ]; then
	mysql_log Note "Entrypoint script for MySQL Server ${version} started."
	if [ ! -d /var/lib/mysql/mysql ]; then
		if [ -z "$MYSQL_ROOT_PASSWORD" ] && [ -z "$MYSQL_ALLOW_EMPTY_PASSWORD" ] && [ -z "$MYSQL_RANDOM_ROOT_PASSWORD" ]; then
			mysql_log ERROR 'Database is uninitialized and password option is not specified' >&2
			echo '    You need to specify one of the following as an environment variable:' >&2
			echo '    - MYSQL_ROOT_PASSWORD' >&2
			echo '    - MYSQL_ALLOW_EMPTY_PASSWORD' >&2
			echo '    - MYSQL_RANDOM_ROOT_PASSWORD' >&2
			exit 1
		fi
		mysql_log Note 'Initializing database files'
		mkdir -p /var/lib/mysql/mysql /var/lib/mysql/sys
		mysql_log Note 'Database files initialized'
		for f in /docker-entrypoint-initdb.d/*; do
			case "$f" in
				*.sh|*.sql|*.sql.gz) mysql_log Note "$0: running $f" ;;
				*/\\*) ;;
				*) mysql_log Warn "$0: ignoring $f" ;;
			esac
		done
		mysql_log Note 'MySQL init process done. Ready for start up.'
	fi
fi

exec "$@"
`;
}

export const REDIS_ENTRYPOINT = `#!/bin/sh
set -e

# first arg is \`-f\` or \`--some-option\`
# or first arg is \`something.conf\`
if [ "\${1#-}" != "$1" ] || [ "\${1%.conf}" != "$1" ]; then
	set -- redis-server "$@"
fi

exec "$@"
`;

export const MONGO_ENTRYPOINT = `#!/bin/bash
# Layercake: a shortened stand-in for the official image's docker-entrypoint.sh.
set -Eeuo pipefail

if [ "\${1:0:1}" = '-' ]; then
	set -- mongod "$@"
fi

exec "$@"
`;

export const HTTPD_FOREGROUND = `#!/bin/sh
set -e

# Apache gets grumpy about PID files pre-existing
rm -f /usr/local/apache2/logs/httpd.pid

exec httpd -DFOREGROUND "$@"
`;

export const REGISTRY_ENTRYPOINT = `#!/bin/sh

set -e

case "$1" in
    *.yaml|*.yml) set -- registry serve "$@" ;;
    serve|garbage-collect|help|-*) set -- registry "$@" ;;
esac

exec "$@"
`;

export function mariadbEntrypoint(version: string): string {
  return `#!/bin/bash
# Layercake: a shortened stand-in for the official image's docker-entrypoint.sh (same messages).
set -eo pipefail

mysql_log() {
	local type="$1"; shift
	echo "$(date -u '+%Y-%m-%d %H:%M:%S')+00:00 [$type] [Entrypoint]: $*"
}

case "$1" in -*) set -- mariadbd "$@" ;; esac

if [ "$1" = 'mariadbd' ] || [ "$1" = 'mysqld' ]; then
	mysql_log Note "Entrypoint script for MariaDB Server 1:${version} started."
	if [ ! -d /var/lib/mysql/mysql ]; then
		if [ -z "$MARIADB_ROOT_PASSWORD" ] && [ -z "$MYSQL_ROOT_PASSWORD" ] && [ -z "$MARIADB_ROOT_PASSWORD_HASH" ] && [ -z "$MARIADB_ALLOW_EMPTY_ROOT_PASSWORD" ] && [ -z "$MYSQL_ALLOW_EMPTY_PASSWORD" ] && [ -z "$MARIADB_RANDOM_ROOT_PASSWORD" ] && [ -z "$MYSQL_RANDOM_ROOT_PASSWORD" ]; then
			mysql_log ERROR 'Database is uninitialized and password option is not specified' >&2
			echo '	You need to specify one of MARIADB_ROOT_PASSWORD, MARIADB_ROOT_PASSWORD_HASH, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and MARIADB_RANDOM_ROOT_PASSWORD' >&2
			exit 1
		fi
		mysql_log Note 'Initializing database files'
		mkdir -p /var/lib/mysql/mysql /var/lib/mysql/sys
		mysql_log Note 'Database files initialized'
		mysql_log Note 'MariaDB init process done. Ready for start up.'
	fi
fi

exec "$@"
`;
}
