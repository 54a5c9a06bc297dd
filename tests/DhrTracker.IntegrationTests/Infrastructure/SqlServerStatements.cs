using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DhrTracker.IntegrationTests.Infrastructure;

/// <summary>
/// A SQL Server context that never reaches a server, so a Core read can run end to end here and every
/// statement it would send can be parsed as T-SQL (STACK-NOTES: no Docker on this machine). Opening the
/// connection is skipped, and each command is recorded and answered with no rows, 0 for a scalar, or 0 rows
/// changed for <c>ExecuteUpdate</c>/<c>ExecuteDelete</c>. <see cref="SqlServerShadow"/> shares one of these
/// between every SQLite test (ADR 0400).
/// </summary>
public sealed class SqlServerStatements : DbCommandInterceptor, IDbConnectionInterceptor
{
    /// <summary>The parser's verdict on each statement text seen in this run: the same few hundred statements recur thousands of times.</summary>
    private static readonly ConcurrentDictionary<string, string?> Verdicts = new(StringComparer.Ordinal);

    private readonly List<string> sent = [];

    /// <summary>Where a statement is recorded: this instance's own list, or (for the shadow's one shared instance) the list of the shadow run on the calling flow.</summary>
    private readonly Func<List<string>> target;

    public SqlServerStatements() => target = () => sent;

    internal SqlServerStatements(Func<List<string>> target) => this.target = target;

    public IReadOnlyList<string> Sent => sent;

    /// <summary>Rows to answer a statement with (e.g. the one partnership a read starts from); null answers with none.</summary>
    public Func<string, DataTable?> Answer { get; init; } = _ => null;

    public AppDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSettings(DatabaseProvider.SqlServer, "Server=unused;Database=unused;TrustServerCertificate=true").Configure(options);
        options.AddInterceptors(this);
        return new AppDbContext(options.Options);
    }

    /// <summary>Every recorded statement that does not parse as T-SQL, with the parser's messages.</summary>
    public IReadOnlyList<string> Unparsable() => sent
        .Select(sql => ParseErrors(sql) is { } errors ? $"{errors}\n{sql}" : null)
        .OfType<string>()
        .ToList();

    /// <summary>The T-SQL parser's messages for a statement (SQL Server 2022's grammar, quoted identifiers on as EF sets them), or null when it parses.</summary>
    public static string? ParseErrors(string sql) => Verdicts.GetOrAdd(sql, static text =>
    {
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(text), out var errors);
        return errors.Count == 0 ? null : string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}"));
    });

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        InterceptionResult<DbDataReader>.SuppressWithResult(Record(command));

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(Record(command)));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Add(command);
        return InterceptionResult<object>.SuppressWithResult(0);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ScalarExecuting(command, eventData, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Add(command);
        return InterceptionResult<int>.SuppressWithResult(0);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(NonQueryExecuting(command, eventData, result));

    public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult.Suppress());

    /// <summary>SQL Server refuses a request with more than 2,100 parameters, whatever the statement says.</summary>
    public const int MaxParameters = 2100;

    /// <summary>
    /// Records a statement, or refuses it as SQL Server would before parsing it: too many parameters (the shadow reports the
    /// refusal against the test). A list sent as one parameter per item (EF Core 10's default) reaches the limit at scale.
    /// </summary>
    private void Add(DbCommand command)
    {
        if (command.Parameters.Count > MaxParameters)
        {
            throw new InvalidOperationException(
                $"SQL Server refuses a request with more than {MaxParameters:N0} parameters; this statement has {command.Parameters.Count:N0}.");
        }

        target().Add(command.CommandText);
    }

    private DbDataReader Record(DbCommand command)
    {
        Add(command);
        if (Answer(command.CommandText) is { } answer)
        {
            return answer.CreateDataReader();
        }

        // A count or other aggregate reads one row; a list reads none. One int column of 0 answers both
        // shapes EF asks for here (an empty list ignores the row only if it is never read, so lists get none).
        var aggregate = command.CommandText.TrimStart().StartsWith("SELECT COUNT(", StringComparison.Ordinal);
        var table = new DataTable();
        if (aggregate)
        {
            table.Columns.Add("Value", typeof(int));
            table.Rows.Add(0);
        }

        return table.CreateDataReader();
    }
}
