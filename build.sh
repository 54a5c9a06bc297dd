#!/usr/bin/env bash
# One entry point for building and testing DhrTracker.
#   ./build.sh test   install what the tests need, build (warnings are errors), check formatting and
#                     migrations of both providers, run every test project, print the totals.
#   ./build.sh build  build only.
#   ./build.sh bench  the app beside hand-written SQL at national scale and ten times it (docs/performance.md);
#                     builds the two databases once into artifacts/bench and reuses them.
#   ./build.sh load   25, 50 and 100 signed-in browser sessions against a Release build: memory per session and
#                     p95 click-to-update time (docs/performance.md); stops by itself within 10 minutes.
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
  # Whitespace is dotnet format's own. Code style (e.g. file-scoped namespaces) and analyzer warnings are not checked
  # again here: the build above enforces code style (EnforceCodeStyleInBuild) and fails on any warning. The checks
  # read the same build and write nothing.
  local status=0
  dotnet format whitespace DhrTracker.sln --verify-no-changes --no-restore || status=1
  for provider in Sqlite SqlServer; do
    project="migrations/DhrTracker.Migrations.$provider"
    dotnet ef migrations has-pending-model-changes --project "$project" --startup-project "$project" \
      --configuration "$configuration" --no-build || status=1
  done
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
  use_memory_temp
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
    case "$(basename "$project" .csproj)" in *Benchmarks | *Load | *E2ETests | *IntegrationTests) continue ;; esac
    run_project 10 "$project" || status=1
  done
  wait "$integration" || status=1
  wait "$browser" || status=1
  return $status
}

# The tests' SQLite files, app data folders and browser profiles go to a memory-backed folder where the machine has
# a roomy one: each of about a thousand test databases commits many times, and on a shared disk those syncs made the
# integration lane wait rather than compute (alone: 5 min 18 s on disk, 3 min 46 s in /dev/shm). A small /dev/shm
# (a container's default is 64 MB) is left alone. SQLite's behaviour is the same; only the syncs are cheaper.
use_memory_temp() {
  local free_kb
  free_kb=$(df -Pk /dev/shm 2>/dev/null | awk 'NR == 2 { print $4 }')
  if [ -w /dev/shm ] && [ "${free_kb:-0}" -ge 4194304 ]; then
    TMPDIR=$(mktemp -d /dev/shm/dhr-tests.XXXXXX)
    export TMPDIR
    trap 'rm -rf "$TMPDIR"' EXIT
    echo "Temporary files of the tests: $TMPDIR"
  fi
}

run_project() {
  local niceness=$1 project=$2 name
  name=$(basename "$project" .csproj)
  nice -n "$niceness" dotnet test --project "$project" -c "$configuration" --no-build --results-directory "$results" \
    --report-xunit-trx --report-xunit-trx-filename "$name.trx" 2>&1 | sed -u "s/^/[$name] /"
  return "${PIPESTATUS[0]}"
}

# Names each failed test just above the totals line, with the start of its message and stack, so the end of a
# CI log (often all that is kept) says what went wrong. Perl is part of every Debian system (perl-base).
list_failures() {
  # shellcheck disable=SC2086
  perl -0777 -ne '
    sub plain { my $t = shift; $t =~ s/&lt;/</g; $t =~ s/&gt;/>/g; $t =~ s/&quot;/"/g; $t =~ s/&apos;/\x27/g; $t =~ s/&#xD;//g; $t =~ s/&#xA;/\n/g; $t =~ s/&amp;/&/g; return $t }
    sub head { my ($t, $n) = @_; my @l = grep { /\S/ } split /\r?\n/, plain($t); $#l = $n - 1 if @l > $n; return map { "    $_\n" } @l }
    while (/<UnitTestResult ([^>]*outcome="Failed"[^>]*)>(.*?)<\/UnitTestResult>/gs) {
      my ($attributes, $body) = ($1, $2);
      my ($name) = $attributes =~ /testName="([^"]*)"/;
      print "failed: ", plain($name), "\n";
      print head($1, 12) if $body =~ /<Message>(.*?)<\/Message>/s;
      print head($1, 6) if $body =~ /<StackTrace>(.*?)<\/StackTrace>/s;
    }' $1 2>/dev/null | head -200 || true
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

# The national (3,000 reviews) and 10x (30,000) databases from `dhr seed-synthetic`, built once: each is written to a
# temporary name and renamed when whole, and every run first upgrades it in place with `dhr migrate`.
bench_databases() {
  local dir=$1 dhr=src/DhrTracker.Cli/bin/$configuration/net10.0/dhr.dll
  mkdir -p "$dir"
  # one-partnership: a national caseload in one partnership, whose Manager exports every action (export-once).
  for spec in national:40:3000 national-10x:300:30000 one-partnership:1:3000; do
    IFS=: read -r name partnerships reviews <<<"$spec"
    if [ ! -f "$dir/$name.db" ]; then
      step "Building the $name database ($reviews reviews in $partnerships partnerships; once, then reused)"
      rm -f "$dir/$name.building.db"*
      ConnectionStrings__Dhr="Data Source=$dir/$name.building.db" dotnet "$dhr" migrate >/dev/null
      ConnectionStrings__Dhr="Data Source=$dir/$name.building.db" dotnet "$dhr" seed-synthetic \
        --partnerships "$partnerships" --reviews "$reviews" --seed 42
      mv "$dir/$name.building.db" "$dir/$name.db"
    fi
    ConnectionStrings__Dhr="Data Source=$dir/$name.db" dotnet "$dhr" migrate >/dev/null
  done
}

bench() {
  local dir=artifacts/bench
  build
  bench_databases "$(pwd)/$dir"
  step "Benchmarks: each operation through the app and as hand-written SQL (BenchmarkDotNet, short job)"
  DHR_BENCH_DATABASES="$(pwd)/$dir" dotnet run -c "$configuration" --no-build --project tests/DhrTracker.Benchmarks -- \
    national --artifacts "$dir/BenchmarkDotNet.Artifacts" 2>&1 | tee "$dir/last-run.log"
  local status=${PIPESTATUS[0]}
  step "Export of every action of a national caseload to a workbook (stopwatch, peak working set)"
  DHR_BENCH_DATABASES="$(pwd)/$dir" dotnet tests/DhrTracker.Benchmarks/bin/$configuration/net10.0/DhrTracker.Benchmarks.dll export-once \
    2>&1 | tee "$dir/export-run.log"
  local exported=${PIPESTATUS[0]}
  # Either failing fails the bench.
  [ "$status" -eq 0 ] && [ "$exported" -eq 0 ]
}

load() {
  ensure_chromium
  build
  step "Capacity: signed-in sessions on a review page, clicking through its tabs (at most 100, at most 10 minutes)"
  dotnet tests/DhrTracker.Load/bin/$configuration/net10.0/DhrTracker.Load.dll \
    "$(pwd)/src/DhrTracker.Web/bin/$configuration/net10.0/DhrTracker.Web.dll" "${LOAD_SESSIONS:-25,50,100}"
}

case "${1:-test}" in
  build) build ;;
  bench) bench ;;
  load) load ;;
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
  *) echo "usage: ./build.sh [test|build|bench|load]" >&2; exit 2 ;;
esac
