using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DhrTracker.Benchmarks.National;

/// <summary>
/// <c>dotnet DhrTracker.Benchmarks.dll trace "OPERATION" [scale]</c>: where one operation's time goes. After a warm-up,
/// the app runs 200 times with every SQL command EF sends timed by EF itself (its CommandExecuted event), then the floor
/// 200 times. Prints the medians, the time per call spent in commands against the rest (LINQ compilation cache look-ups,
/// materialising, the service's own work), and each distinct command with its count and mean. A tool for finding the
/// cost beside the floor (docs/performance.md), never a test.
/// </summary>
internal static class TraceOnce
{
    private const int WarmUp = 30;
    private static readonly int Runs = int.TryParse(Environment.GetEnvironmentVariable("DHR_TRACE_RUNS"), out var runs) ? runs : 200;

    public static async Task<int> RunAsync(string name, string scale, TextWriter output)
    {
        var operation = NationalBench.Find(name);
        using var db = await NationalDatabase.OpenAsync(scale, operation.Role);
        await operation.PrepareAsync(db);
        for (var i = 0; i < WarmUp; i++)
        {
            await operation.AppAsync(db);
            await operation.FloorAsync(db);
        }

        var commands = new CommandTimes();
        using var subscription = DiagnosticListener.AllListeners.Subscribe(new Listeners(commands));
        var app = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await operation.AppAsync(db);
            app.Add(clock.Elapsed.TotalMilliseconds);
        }

        commands.Stop();
        var floor = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await operation.FloorAsync(db);
            floor.Add(clock.Elapsed.TotalMilliseconds);
        }

        var inCommands = commands.Total.TotalMilliseconds / Runs;
        await output.WriteLineAsync($"{name} ({scale}), {Runs} runs after {WarmUp} warm-up: app median {Median(app):0.00} ms, floor median {Median(floor):0.00} ms");
        await output.WriteLineAsync($"per app call: {commands.Count / (double)Runs:0.#} commands taking {inCommands:0.00} ms in all (EF's timing: " +
            $"execution to the reader's return), the rest {app.Average() - inCommands:0.00} ms (mean {app.Average():0.00} ms)");
        await output.WriteLineAsync("EF events per call: " + string.Join(", ", commands.Events.OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => $"{e.Key.Split('.')[^1]} {e.Value / (double)Runs:0.#}")));
        foreach (var (text, times) in commands.ByText.OrderByDescending(c => c.Value.Sum(t => t.TotalMilliseconds)))
        {
            await output.WriteLineAsync($"  {times.Count / (double)Runs,4:0.#} x {times.Average(t => t.TotalMilliseconds),6:0.000} ms  {OneLine(text)}");
        }

        return 0;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string OneLine(string sql)
    {
        var line = string.Join(' ', sql.Split((char[])['\r', '\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        return line.Length > 160 ? line[..160] + "…" : line;
    }

    private sealed class CommandTimes
    {
        private bool stopped;

        public Dictionary<string, List<TimeSpan>> ByText { get; } = new(StringComparer.Ordinal);

        public TimeSpan Total { get; private set; }

        public int Count { get; private set; }

        /// <summary>How often EF raised each event (a query compiled on every call shows here as QueryCompilationStarting).</summary>
        public Dictionary<string, int> Events { get; } = new(StringComparer.Ordinal);

        public void Stop() => stopped = true;

        public void Saw(string name)
        {
            if (!stopped)
            {
                lock (Events)
                {
                    Events[name] = Events.GetValueOrDefault(name) + 1;
                }
            }
        }

        public void Add(CommandExecutedEventData executed)
        {
            if (stopped)
            {
                return;
            }

            lock (ByText)
            {
                var text = executed.Command.CommandText;
                if (!ByText.TryGetValue(text, out var times))
                {
                    ByText[text] = times = [];
                }

                times.Add(executed.Duration);
                Total += executed.Duration;
                Count++;
            }
        }
    }

    /// <summary>Subscribes to EF Core's diagnostic source and hands each executed command to <see cref="CommandTimes"/>.</summary>
    private sealed class Listeners(CommandTimes times) : IObserver<DiagnosticListener>
    {
        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                listener.Subscribe(new Events(times));
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }

    private sealed class Events(CommandTimes times) : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData executed)
            {
                times.Add(executed);
            }

            times.Saw(value.Key);
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
