using System.Diagnostics;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/DhrTracker.Benchmarks -- import-once [ROWS]</c>: the same preview and import as
/// <see cref="ImportBenchmarks"/>, timed with a stopwatch and counted with <see cref="GC.GetTotalAllocatedBytes"/>,
/// plus the process's peak working set (what "memory under 200 MB" means to an operator). A quick check when a full
/// BenchmarkDotNet run is too slow for the machine, and a way to see how cost grows with the file (ROWS, default
/// 10,000); never a test.
/// </summary>
internal static class ImportOnce
{
    private const int Runs = 3;

    public static async Task<int> RunAsync(int rows, TextWriter output)
    {
        var file = BenchImportFile.Reviews(rows);
        await output.WriteLineAsync($"{rows} rows, {file.Length / 1024} KB; one warm-up run of each, then {Runs} runs, each on a fresh database");
        foreach (var write in new[] { false, true })
        {
            await MeasureAsync(file, write); // warm-up: JIT and first-use caches
            for (var i = 1; i <= Runs; i++)
            {
                var m = await MeasureAsync(file, write);
                await output.WriteLineAsync($"{(write ? "import " : "preview")} run {i}: {m.Elapsed.TotalMilliseconds:0} ms ({m.Cpu.TotalMilliseconds:0} ms CPU), " +
                    $"{m.Allocated / (1024 * 1024)} MB allocated; in SaveChanges {m.Saving.TotalMilliseconds:0} ms, {m.SavingAllocated / (1024 * 1024)} MB; " +
                    $"{m.Report.Reviews.Count} reviews, {m.Report.Victims} victims");
            }

            // The peak is monotonic: printed after the previews, it shows what the imports add to it.
            using var sofar = Process.GetCurrentProcess();
            await output.WriteLineAsync($"peak working set after the {(write ? "imports" : "previews")}: {sofar.PeakWorkingSet64 / (1024 * 1024)} MB");
        }

        using var process = Process.GetCurrentProcess();
        await output.WriteLineAsync($"peak working set of the whole process (set-up, migrations and all runs): {process.PeakWorkingSet64 / (1024 * 1024)} MB");
        return 0;
    }

    private static async Task<Measure> MeasureAsync(byte[] file, bool write)
    {
        var meter = new SaveChangesMeter();
        using var bench = await BenchDatabase.CreateAsync(Roles.Coordinator, s => s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(meter)));
        var service = bench.Get<ImportService>();
        var request = new ImportRequest(ImportKind.Reviews, "bench-reviews.csv", file) { PartnershipId = bench.PartnershipId };
        GC.Collect();
        meter.Reset();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = write ? await service.ImportAsync(request) : await service.PreviewAsync(request);
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        process.Refresh();
        return new(clock.Elapsed, process.TotalProcessorTime - cpuBefore, allocated, meter.Elapsed, meter.Allocated, ImportBenchmarks.Checked(result, write));
    }

    private sealed record Measure(TimeSpan Elapsed, TimeSpan Cpu, long Allocated, TimeSpan Saving, long SavingAllocated, ImportReport Report);
}
