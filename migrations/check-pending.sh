#!/usr/bin/env bash
# Fails when either provider's migrations lag the model (EF would refuse to migrate at start-up).
set -euo pipefail
cd "$(dirname "$0")/.."
for provider in Sqlite SqlServer; do
  project="migrations/DhrTracker.Migrations.$provider"
  dotnet ef migrations has-pending-model-changes --project "$project" --startup-project "$project" --no-build
done
