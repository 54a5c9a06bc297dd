using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DhrTracker.Core.Common;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Import;

namespace DhrTracker.Benchmarks;

/// <summary>
/// Preview and import of a 10,000-row reviews file (issue 11: under 5 seconds and 200 MB) by a Coordinator,
/// each into a fresh migrated SQLite database. One invocation per iteration, since an import can run only
/// once per database; the class carries its own job (as short as --job short: 3 iterations), so run it without --job (docs/performance.md).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class ImportBenchmarks
{
    public const int Rows = 10_000;
    private readonly byte[] file = BenchImportFile.Reviews(Rows);
    private BenchDatabase bench = default!;

    [IterationSetup]
    public void FreshDatabase() => bench = BenchDatabase.CreateAsync(Roles.Coordinator).GetAwaiter().GetResult();

    [IterationCleanup]
    public void DropDatabase() => bench.Dispose();

    [Benchmark]
    public async Task<ImportReport> Preview_10000_rows() => Checked(await bench.Get<ImportService>().PreviewAsync(Request()), write: false);

    [Benchmark]
    public async Task<ImportReport> Import_10000_rows() => Checked(await bench.Get<ImportService>().ImportAsync(Request()), write: true);

    internal ImportRequest Request() => new(ImportKind.Reviews, "bench-reviews.csv", file) { PartnershipId = bench.PartnershipId };

    /// <summary>A refused or failing file would measure the wrong thing: stop the run instead.</summary>
    internal static ImportReport Checked(Result<ImportReport> result, bool write)
    {
        var report = result.Value ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
        if (report.Errors.Count > 0 || report.Written != write)
        {
            throw new InvalidOperationException($"The benchmark file did not {(write ? "import" : "preview")} cleanly: {string.Join("; ", report.Errors.Take(5))}");
        }

        return report;
    }
}
