using BenchmarkDotNet.Running;
using DhrTracker.Benchmarks;

if (args is ["import-once", .. var rest])
{
    return await ImportOnce.RunAsync(rest is [var rows] ? int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture) : ImportBenchmarks.Rows, Console.Out);
}

// The same synthetic file, written out, so `dhr import` itself can be measured in its own process (docs/performance.md).
if (args is ["write-import-file", var count, var path])
{
    await File.WriteAllBytesAsync(path, BenchImportFile.Reviews(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)));
    return 0;
}

// ./build.sh bench: the app beside its floor at national scale and ten times it (docs/performance.md).
if (args is ["national", .. var benchmarkArgs])
{
    return await DhrTracker.Benchmarks.National.NationalBench.RunAsync(benchmarkArgs, Console.Out);
}

if (args is ["export-once"])
{
    return await DhrTracker.Benchmarks.National.ExportOnce.RunAsync(Console.Out);
}

// Where one operation's time goes beside its floor: each SQL command EF sends, timed (docs/performance.md).
if (args is ["trace", var operation, .. var scale])
{
    return await DhrTracker.Benchmarks.National.TraceOnce.RunAsync(operation, scale is [var s] ? s : "national", Console.Out);
}

if (args is ["national-verify"])
{
    return await DhrTracker.Benchmarks.National.NationalBench.VerifyAsync(Console.Out) == 0 ? 0 : 1;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
