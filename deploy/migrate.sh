#!/bin/bash
# One-shot schema step for deploy/compose.yaml (and usable by hand): waits for SQL Server, makes the database and the
# app's login if missing, applies the idempotent schema script, then the app user's grants. Every step is safe to
# run again, so it runs on every `docker compose up` and on every upgrade.
# Secrets come from the environment (an env file), never from the command line: sqlcmd reads SQLCMDPASSWORD itself,
# and takes scripting variables such as $(AppPassword) from environment variables of the same name.
set -euo pipefail
: "${DB_HOST:?}" "${DB_NAME:?}" "${MSSQL_SA_PASSWORD:?}" "${DHR_APP_DB_PASSWORD:?}"
export SQLCMDPASSWORD="$MSSQL_SA_PASSWORD" AppPassword="$DHR_APP_DB_PASSWORD" DbName="$DB_NAME"
sqlcmd=/opt/mssql-tools18/bin/sqlcmd
run() { "$sqlcmd" -S "$DB_HOST" -U sa -C -b "$@"; }

for attempt in $(seq 1 60); do
  if run -Q "SELECT 1" >/dev/null 2>&1; then break; fi
  [ "$attempt" = 60 ] && { echo "migrate: SQL Server at $DB_HOST did not answer within 2 minutes" >&2; exit 1; }
  sleep 2
done

run -i /deploy/sql/create-database.sql
run -d "$DB_NAME" -i /deploy/sql/dhrtracker-schema.sql
run -d "$DB_NAME" -i /deploy/sql/grant-app-login.sql
echo "migrate: $DB_NAME is up to date"
