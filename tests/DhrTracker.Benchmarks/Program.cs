using BenchmarkDotNet.Running;
using DhrTracker.Benchmarks;

if (args is ["import-once", .. var rest])
{
    return await ImportOnce.RunAsync(rest is [var rows] ? int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture) : ImportBenchmarks.Rows, Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
