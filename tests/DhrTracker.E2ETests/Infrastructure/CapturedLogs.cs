using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace DhrTracker.E2ETests.Infrastructure;

/// <summary>
/// Every line the app logs while a browser drives it, kept in memory: category, level, message, exception, the
/// structured values and the scopes around it, so a test can look for what must never be in a log (ADR 0397).
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLog> lines = new();
    private IExternalScopeProvider? scopes;

    public int Count => lines.Count;

    /// <summary>The lines logged after <paramref name="mark"/> (a <see cref="Count"/> read earlier), in order.</summary>
    public IReadOnlyList<CapturedLog> Since(int mark) => [.. lines.Skip(mark)];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => logs.scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
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

/// <summary>One log line as an operator's log store would hold it.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, string Message, string? Exception, string Values)
{
    public string Text => $"{Message}\n{Exception}\n{Values}";
}
