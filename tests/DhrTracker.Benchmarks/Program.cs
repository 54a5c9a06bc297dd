using BenchmarkDotNet.Running;
using DhrTracker.Benchmarks;

if (args is ["import-once"])
{
    return await ImportOnce.RunAsync(Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
