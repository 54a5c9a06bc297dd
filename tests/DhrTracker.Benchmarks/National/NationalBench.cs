using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using DhrTracker.Benchmarks.National.Operations;

namespace DhrTracker.Benchmarks.National;

/// <summary>
/// <c>./build.sh bench</c>: checks that every floor gives the app's answer at both scales, runs
/// <see cref="NationalBenchmarks"/> (BenchmarkDotNet's short job), and prints one table and the worst ratio.
/// </summary>
internal static class NationalBench
{
    public static readonly string[] Scales = ["national", "national-10x"];

    public static readonly Operation[] Operations =
    [
        new CoordinatorDashboard(), new ReviewsGridPage(), new ActionsDashboard(), new ActionsGridPage(), new ThemeCounts(),
        new ThemeDrillDownPage(), new SevenMinuteBriefing(), new BoardReportPage(),
    ];

    public static Operation Find(string name) => Operations.Single(o => o.Name == name);

    public static async Task<int> RunAsync(string[] benchmarkArgs, TextWriter output)
    {
        if (await VerifyAsync(output) > 0)
        {
            return 1;
        }

        var config = DefaultConfig.Instance.AddJob(Job.ShortRun).AddDiagnoser(MemoryDiagnoser.Default);
        var summary = BenchmarkRunner.Run<NationalBenchmarks>(config, benchmarkArgs);
        return Print(summary, output) ? 0 : 1;
    }

    /// <summary>Runs each operation once through the app and once through its floor and compares the answers; returns how many differ.</summary>
    public static async Task<int> VerifyAsync(TextWriter output)
    {
        var differ = 0;
        foreach (var scale in Scales)
        {
            foreach (var operation in Operations)
            {
                using var db = await NationalDatabase.OpenAsync(scale, operation.Role);
                await operation.PrepareAsync(db);
                var app = operation.AnswerOfApp(await operation.AppAsync(db));
                var floor = operation.AnswerOfFloor(await operation.FloorAsync(db));
                if (app == floor)
                {
                    await output.WriteLineAsync($"same answer: {operation.Name} at {scale} ({app.Length:N0} characters: {app[..Math.Min(app.Length, 100)].ReplaceLineEndings(" ")}...)");
                    continue;
                }

                differ++;
                var at = Enumerable.Range(0, Math.Min(app.Length, floor.Length)).FirstOrDefault(i => app[i] != floor[i], Math.Min(app.Length, floor.Length));
                await output.WriteLineAsync($"DIFFERENT ANSWER: {operation.Name} at {scale}, from character {at}:\n  app:   {Around(app, at)}\n  floor: {Around(floor, at)}");
            }
        }

        return differ;
    }

    /// <summary>The table the issue asks for and its last line; false when a run failed and a row is missing.</summary>
    private static bool Print(Summary summary, TextWriter output)
    {
        var rows = summary.Reports
            .GroupBy(r => (Operation: (string)r.BenchmarkCase.Parameters["Operation"], Scale: (string)r.BenchmarkCase.Parameters["Scale"]))
            .Select(g =>
            {
                var app = g.SingleOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(NationalBenchmarks.App));
                var floor = g.SingleOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(NationalBenchmarks.Floor));
                return (g.Key.Operation, g.Key.Scale, App: Median(app), Floor: Median(floor), Allocated: Allocated(app), FloorAllocated: Allocated(floor));
            })
            .OrderBy(r => Array.IndexOf(Operations, Find(r.Operation))).ThenBy(r => Array.IndexOf(Scales, r.Scale))
            .ToList();
        output.WriteLine();
        output.WriteLine("| Operation | Scale | App (median) | Floor (median) | Ratio | App allocated | Floor allocated |");
        output.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var r in rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Operation} | {r.Scale} | {Ms(r.App)} | {Ms(r.Floor)} | {(r.App / r.Floor is double x && double.IsFinite(x) ? x.ToString("0.00", CultureInfo.InvariantCulture) : "?")} | {Kb(r.Allocated)} | {Kb(r.FloorAllocated)} |"));
        }

        var complete = rows.Count == Operations.Length * Scales.Length && rows.All(r => r.App is not null && r.Floor is not null);
        var worst = rows.Where(r => r.App is not null && r.Floor is not null).Select(r => r.App!.Value / r.Floor!.Value).DefaultIfEmpty(double.NaN).Max();
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"worst ratio to floor: {worst:0.00}{(complete ? "" : " (some benchmarks did not run: see above)")}"));
        return complete;
    }

    private static double? Median(BenchmarkReport? report) => report?.ResultStatistics?.Median;

    private static long? Allocated(BenchmarkReport? report) => report?.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);

    private static string Ms(double? nanoseconds) => nanoseconds is { } ns ? (ns / 1e6).ToString("0.0 ms", CultureInfo.InvariantCulture) : "failed";

    private static string Kb(long? bytes) => bytes is { } b ? (b / 1024.0).ToString("N0", CultureInfo.InvariantCulture) + " KB" : "?";

    private static string Around(string text, int at) => text.Substring(Math.Max(0, at - 60), Math.Min(text.Length - Math.Max(0, at - 60), 160));
}
