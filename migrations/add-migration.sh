#!/usr/bin/env bash
# Adds a migration of the same name to both providers, so they never drift apart.
# Usage: migrations/add-migration.sh NAME
set -euo pipefail
name=${1:?usage: migrations/add-migration.sh NAME}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  project="migrations/DhrTracker.Migrations.$provider"
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations
done
