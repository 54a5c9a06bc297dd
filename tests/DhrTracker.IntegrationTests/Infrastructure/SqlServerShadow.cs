// IQueryCompiler is EF Core's internal API (EF1001). It is the one place a LINQ tree can be handed to a second provider
// before EF parameterises it; it may change in an EF release, and then only this test harness needs changing (ADR 0400).
#pragma warning disable EF1001
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query.Internal;
using Xunit.Sdk;

namespace DhrTracker.IntegrationTests.Infrastructure;

/// <summary>
/// Every LINQ query a SQLite test database runs is also compiled and "run" for SQL Server (ADR 0400): translated by
/// the SQL Server provider, sent to a <see cref="SqlServerStatements"/> that answers with nothing, and each statement
/// parsed as T-SQL. What fails is kept against the test that ran the query and fails that test when it ends
/// (<see cref="SqlServerShadowCheckAttribute"/>), so SQLite's run, which supplies the real data, is never disturbed.
/// </summary>
public static class SqlServerShadow
{
    private static readonly AsyncLocal<List<string>?> Running = new();

    private static readonly SqlServerStatements Recorder = new(() => Running.Value
        ?? throw new InvalidOperationException("A shadow SQL Server context ran a statement outside a shadow run."));

    /// <summary>One options instance for every shadow context, so EF builds the SQL Server model and caches compiled queries once per run.</summary>
    private static readonly DbContextOptions<AppDbContext> Options = BuildOptions();

    private static readonly ConcurrentDictionary<string, TestRecord> ByTest = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<Type, MethodInfo> Executes = new();

    /// <summary>Compiles and runs <paramref name="query"/> (as the SQLite context received it) for SQL Server, as <paramref name="shape"/>.</summary>
    internal static void Run(Expression query, Type shape)
    {
        var test = TestContext.Current.Test?.UniqueID;
        var sent = new List<string>();
        Exception? error = null;
        Running.Value = sent;
        try
        {
            using var shadow = new AppDbContext(Options);
            var rewritten = new ShadowQueryRoots(shadow.Model).Visit(query);
            var compiler = shadow.GetService<IQueryCompiler>();
            var method = Executes.GetOrAdd(shape, static t => typeof(SqlServerShadow).GetMethod(nameof(Execute), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(t));
            method.Invoke(null, BindingFlags.DoNotWrapExceptions, null, [compiler, rewritten], null);
        }
        catch (Exception e)
        {
            // Once a statement went out, the failure is the empty answer's (no rows where EF wanted one), not SQL Server's.
            error = sent.Count == 0 ? e : null;
        }
        finally
        {
            Running.Value = null;
        }

        var failures = new List<string>();
        if (error is not null)
        {
            failures.Add($"SQL Server cannot run this query: {error.GetType().Name}: {error.Message}\nLINQ: {Shorten(query.ToString())}");
        }

        failures.AddRange(sent.Select(sql => SqlServerStatements.ParseErrors(sql) is { } errors ? $"Not valid T-SQL ({errors}):\n{sql}" : null).OfType<string>());
        if (test is null)
        {
            // No test to hold it (a fixture outside any test): fail the query itself rather than lose the finding.
            if (failures.Count > 0)
            {
                throw new InvalidOperationException(string.Join("\n\n", failures));
            }

            return;
        }

        var record = ByTest.GetOrAdd(test, _ => new TestRecord());
        Interlocked.Increment(ref record.Runs);
        failures.ForEach(record.Failures.Enqueue);
        sent.ForEach(sql => record.Statements.TryAdd(sql, 0));
    }

    /// <summary>The distinct SQL Server statements the current test's queries produced so far.</summary>
    public static IReadOnlyCollection<string> StatementsOfCurrentTest() =>
        ByTest.TryGetValue(TestContext.Current.Test?.UniqueID ?? "", out var record) ? record.Statements.Keys.ToList() : [];

    /// <summary>How many queries of the current test the shadow has translated (or tried to) so far.</summary>
    public static int RunsOfCurrentTest() => ByTest.TryGetValue(TestContext.Current.Test?.UniqueID ?? "", out var record) ? Volatile.Read(ref record.Runs) : 0;

    /// <summary>Takes the current test's failures so far, so a test that provokes one on purpose can assert on it and still pass.</summary>
    public static IReadOnlyList<string> TakeFailuresOfCurrentTest()
    {
        var taken = new List<string>();
        if (ByTest.TryGetValue(TestContext.Current.Test?.UniqueID ?? "", out var record))
        {
            while (record.Failures.TryDequeue(out var failure))
            {
                taken.Add(failure);
            }
        }

        return taken;
    }

    /// <summary>Fails the ended test if any of its queries did not translate for SQL Server or produced T-SQL that does not parse.</summary>
    internal static void CheckEnded(string test)
    {
        if (ByTest.TryRemove(test, out var record) && !record.Failures.IsEmpty)
        {
            throw new XunitException($"{record.Failures.Count} quer{(record.Failures.Count == 1 ? "y" : "ies")} of this test would fail on SQL Server (ADR 0400):\n\n"
                + string.Join("\n\n", record.Failures));
        }
    }

    private static void Execute<TResult>(IQueryCompiler compiler, Expression query)
    {
        // A list is only sent when enumerated; a string result is a scalar, not a list to walk.
        if (compiler.Execute<TResult>(query) is System.Collections.IEnumerable rows and not string)
        {
            foreach (var _ in rows)
            {
            }
        }
    }

    private static DbContextOptions<AppDbContext> BuildOptions()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSettings(DatabaseProvider.SqlServer, "Server=unused;Database=unused;TrustServerCertificate=true").Configure(options);
        options.AddInterceptors(Recorder);
        return options.Options;
    }

    private static string Shorten(string text) => text.Length <= 2000 ? text : text[..2000] + " …";

    private sealed class TestRecord
    {
        public int Runs;


        public ConcurrentQueue<string> Failures { get; } = new();
        public ConcurrentDictionary<string, byte> Statements { get; } = new(StringComparer.Ordinal);
    }
}
