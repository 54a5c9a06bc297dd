#!/usr/bin/env bash
# One entry point for building and testing DhrTracker.
#   ./build.sh test   install what the tests need, build (warnings are errors), check formatting and
#                     migrations of both providers, run every test project, print the totals.
#   ./build.sh build  build only.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
configuration=Release
results=artifacts/test-results

# Each step says how far into the run it starts, so a slow step shows in the log.
step() { printf '\n==> %s (at %d s)\n' "$*" "$SECONDS"; }

ensure_chromium() {
  # The browser tests drive Debian's Chromium; Playwright's own browser download is never used.
  if command -v chromium >/dev/null 2>&1; then return; fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "Chromium is missing: run 'sudo apt-get install -y chromium' and try again." >&2
    exit 1
  fi
  step "Installing Debian's chromium for the browser tests"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
}

build() {
  step "Restoring tools and packages"
  dotnet tool restore
  dotnet restore DhrTracker.sln
  step "Building ($configuration, warnings as errors)"
  dotnet build DhrTracker.sln -c "$configuration" --no-restore
}

check() {
  # Whitespace and code style (e.g. file-scoped namespaces) are dotnet format's own; analyzer warnings are not
  # checked again here because the build above already fails on any warning. The checks read the same build and
  # write nothing, so the slowest (code style) runs beside the others.
  local status=0 style
  dotnet format style DhrTracker.sln --verify-no-changes --no-restore &
  style=$!
  dotnet format whitespace DhrTracker.sln --verify-no-changes --no-restore || status=1
  for provider in Sqlite SqlServer; do
    project="migrations/DhrTracker.Migrations.$provider"
    dotnet ef migrations has-pending-model-changes --project "$project" --startup-project "$project" \
      --configuration "$configuration" --no-build || status=1
  done
  wait "$style" || status=1
  return $status
}

run_checks() {
  check 2>&1 | sed -u "s/^/[checks] /"
  return "${PIPESTATUS[0]}"
}

run_tests() {
  step "Running every test project (the checks above run beside them)"
  rm -rf "$results"
  mkdir -p "$results"
  # Three lanes, each project with its own TRX file so no result can overwrite another. The browser
  # suite spends most of its time waiting on Chromium and the web host, so the other projects run
  # beside it, at a lower CPU priority so the browser's timings stay as they would be alone: the
  # integration tests in one lane, the unit and web-host tests in another (their SQLite files and
  # hosts wait on the disk and sockets more than on the CPU, so a lane of their own finishes sooner).
  # Each line of output carries its project's name.
  local status=0 browser integration
  run_project 0 tests/DhrTracker.E2ETests/DhrTracker.E2ETests.csproj &
  browser=$!
  run_project 10 tests/DhrTracker.IntegrationTests/DhrTracker.IntegrationTests.csproj &
  integration=$!
  for project in tests/*/*.csproj; do
    case "$(basename "$project" .csproj)" in *Benchmarks | *E2ETests | *IntegrationTests) continue ;; esac
    run_project 10 "$project" || status=1
  done
  wait "$integration" || status=1
  wait "$browser" || status=1
  return $status
}

run_project() {
  local niceness=$1 project=$2 name
  name=$(basename "$project" .csproj)
  nice -n "$niceness" dotnet test --project "$project" -c "$configuration" --no-build --results-directory "$results" \
    --report-xunit-trx --report-xunit-trx-filename "$name.trx" 2>&1 | sed -u "s/^/[$name] /"
  return "${PIPESTATUS[0]}"
}

# Names each failed test just above the totals line, so the end of a CI log (often all that is kept) says
# what to look at. XML escapes in names are left as they are.
list_failures() {
  # shellcheck disable=SC2086
  grep -h -o '<UnitTestResult [^>]*outcome="Failed"[^>]*>' $1 2>/dev/null \
    | sed -E 's/.*testName="([^"]*)".*/failed: \1/' | head -50 || true
}

# Totals from the TRX files the runs wrote, not from console text.
summarise() {
  local files
  files=$(find "$results" -name '*.trx' 2>/dev/null || true)
  if [ -z "$files" ]; then
    echo "tests: 0 passed, 0 failed, 0 skipped"
    echo "No test results were written." >&2
    return 1
  fi
  list_failures "$files"
  # shellcheck disable=SC2086
  awk '
    /<Counters / {
      for (i = 1; i <= NF; i++) {
        if ($i ~ /^total=/)       { gsub(/[^0-9]/, "", $i); total += $i }
        if ($i ~ /^passed=/)      { gsub(/[^0-9]/, "", $i); passed += $i }
        if ($i ~ /^failed=/)      { gsub(/[^0-9]/, "", $i); failed += $i }
        if ($i ~ /^error=/)       { gsub(/[^0-9]/, "", $i); failed += $i }
        if ($i ~ /^timeout=/)     { gsub(/[^0-9]/, "", $i); failed += $i }
        if ($i ~ /^aborted=/)     { gsub(/[^0-9]/, "", $i); failed += $i }
        if ($i ~ /^notExecuted=/) { gsub(/[^0-9]/, "", $i); skipped += $i }
      }
    }
    END { printf "tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped }
  ' $files
}

case "${1:-test}" in
  build) build ;;
  test)
    ensure_chromium
    build
    # The format and migration checks only read the build, so they run while the tests do; the totals line
    # is printed last, once both are over, and either failing fails the run.
    status=0
    step "Checking formatting, and that both providers' migrations match the model"
    run_checks &
    checks=$!
    run_tests || status=1
    wait "$checks" || { status=1; echo "The format or migration checks failed: see the [checks] lines above." >&2; }
    summarise || status=1
    exit $status
    ;;
  *) echo "usage: ./build.sh [test|build]" >&2; exit 2 ;;
esac
