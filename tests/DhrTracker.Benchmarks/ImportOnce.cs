using System.Diagnostics;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Import;

namespace DhrTracker.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/DhrTracker.Benchmarks -- import-once</c>: the same preview and import as
/// <see cref="ImportBenchmarks"/>, timed with a stopwatch and counted with <see cref="GC.GetTotalAllocatedBytes"/>,
/// plus the process's peak working set (what "memory under 200 MB" means to an operator). A quick check when a full
/// BenchmarkDotNet run is too slow for the machine; never a test.
/// </summary>
internal static class ImportOnce
{
    private const int Runs = 3;

    public static async Task<int> RunAsync(TextWriter output)
    {
        var file = BenchImportFile.Reviews(ImportBenchmarks.Rows);
        await output.WriteLineAsync($"{ImportBenchmarks.Rows} rows, {file.Length / 1024} KB; one warm-up run of each, then {Runs} runs, each on a fresh database");
        foreach (var write in new[] { false, true })
        {
            await MeasureAsync(file, write); // warm-up: JIT and first-use caches
            for (var i = 1; i <= Runs; i++)
            {
                var (elapsed, allocated, report) = await MeasureAsync(file, write);
                await output.WriteLineAsync($"{(write ? "import " : "preview")} run {i}: {elapsed.TotalMilliseconds:0} ms, " +
                    $"{allocated / (1024 * 1024)} MB allocated, {report.Reviews.Count} reviews, {report.Victims} victims");
            }
        }

        using var process = Process.GetCurrentProcess();
        await output.WriteLineAsync($"peak working set of the whole process (set-up, migrations and all runs): {process.PeakWorkingSet64 / (1024 * 1024)} MB");
        return 0;
    }

    private static async Task<(TimeSpan Elapsed, long Allocated, ImportReport Report)> MeasureAsync(byte[] file, bool write)
    {
        using var bench = await BenchDatabase.CreateAsync(Roles.Coordinator);
        var service = bench.Get<ImportService>();
        var request = new ImportRequest(ImportKind.Reviews, "bench-reviews.csv", file) { PartnershipId = bench.PartnershipId };
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = write ? await service.ImportAsync(request) : await service.PreviewAsync(request);
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        return (clock.Elapsed, allocated, ImportBenchmarks.Checked(result, write));
    }
}
