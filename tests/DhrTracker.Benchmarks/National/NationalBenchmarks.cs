using BenchmarkDotNet.Attributes;

namespace DhrTracker.Benchmarks.National;

/// <summary>
/// Each operation of <see cref="NationalBench.Operations"/> at national scale and ten times it: the app (through its
/// Core service) beside its floor (hand-written SQL), the floor as the baseline so BenchmarkDotNet's ratio is app / floor.
/// Run by <c>./build.sh bench</c>, which builds the databases first.
/// </summary>
[MemoryDiagnoser]
public class NationalBenchmarks
{
    private Operation operation = default!;
    private NationalDatabase db = default!;

    public static IEnumerable<string> Scales => NationalBench.Scales;

    public static IEnumerable<string> Operations => NationalBench.Operations.Select(o => o.Name);

    [ParamsSource(nameof(Scales))]
    public string Scale { get; set; } = "";

    [ParamsSource(nameof(Operations))]
    public string Operation { get; set; } = "";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        operation = NationalBench.Find(Operation);
        db = await NationalDatabase.OpenAsync(Scale, operation.Role);
        await operation.PrepareAsync(db);
    }

    [Benchmark(Baseline = true)]
    public Task<object> Floor() => operation.FloorAsync(db);

    [Benchmark]
    public Task<object> App() => operation.AppAsync(db);

    [GlobalCleanup]
    public void Cleanup() => db.Dispose();
}
