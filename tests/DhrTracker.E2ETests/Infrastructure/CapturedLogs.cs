using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace DhrTracker.E2ETests.Infrastructure;

/// <summary>
/// Every line the app logs while a browser drives it, kept in memory: category, level, message, exception, the
/// structured values and the scopes around it, so a test can look for what must never be in a log (ADR 0397).
/// Lines are kept only while a test records: the whole suite's SQL lines would otherwise pile up in memory.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLog> lines = new();
    private IExternalScopeProvider? scopes;
    private int recordings;

    /// <summary>Keeps every line from now until the recording is disposed; <see cref="Recording.Lines"/> reads them.</summary>
    public Recording Record()
    {
        Interlocked.Increment(ref recordings);
        return new Recording(this, lines.Count);
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    internal IReadOnlyList<CapturedLog> Since(int mark) => [.. lines.Skip(mark)];

    internal void Stop() => Interlocked.Decrement(ref recordings);

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => logs.scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (Volatile.Read(ref logs.recordings) == 0)
            {
                return;
            }

            var values = new StringBuilder();
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (var (key, value) in pairs)
                {
                    values.Append(key).Append('=').Append(value).Append("; ");
                }
            }

            logs.scopes?.ForEachScope((scope, text) => text.Append(scope).Append(" => "), values);
            logs.lines.Enqueue(new CapturedLog(category, logLevel, formatter(state, exception), exception?.ToString(), values.ToString()));
        }
    }
}

/// <summary>The lines logged since a test began recording, in order.</summary>
public sealed class Recording(CapturedLogs logs, int mark) : IDisposable
{
    public IReadOnlyList<CapturedLog> Lines => logs.Since(mark);

    public void Dispose() => logs.Stop();
}

/// <summary>One log line as an operator's log store would hold it.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, string Message, string? Exception, string Values)
{
    public string Text => $"{Message}\n{Exception}\n{Values}";
}
