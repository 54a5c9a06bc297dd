// EF Core's query compiler is internal API (EF1001): replacing it is the only way to see each LINQ tree before EF
// parameterises it, which the SQL Server shadow needs (ADR 0400). Test harness only; never in the product.
#pragma warning disable EF1001
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace DhrTracker.IntegrationTests.Infrastructure;

/// <summary>
/// The SQLite test contexts' query compiler: hands each query to <see cref="SqlServerShadow"/> first, then compiles and
/// runs it on SQLite exactly as before. Core uses no <c>EF.CompileQuery</c>, so only the two execute paths are shadowed;
/// <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> come through them too.
/// </summary>
public sealed class ShadowingQueryCompiler(
    IQueryContextFactory queryContextFactory,
    ICompiledQueryCache compiledQueryCache,
    ICompiledQueryCacheKeyGenerator compiledQueryCacheKeyGenerator,
    IDatabase database,
    IDiagnosticsLogger<DbLoggerCategory.Query> logger,
    ICurrentDbContext currentContext,
    IEvaluatableExpressionFilter evaluatableExpressionFilter,
    IModel model)
    : QueryCompiler(queryContextFactory, compiledQueryCache, compiledQueryCacheKeyGenerator, database, logger, currentContext,
        evaluatableExpressionFilter, model)
{
    public override TResult Execute<TResult>(Expression query)
    {
        SqlServerShadow.Run(query, typeof(TResult));
        return base.Execute<TResult>(query);
    }

    public override TResult ExecuteAsync<TResult>(Expression query, CancellationToken cancellationToken = default)
    {
        SqlServerShadow.Run(query, SynchronousShape(typeof(TResult)));
        return base.ExecuteAsync<TResult>(query, cancellationToken);
    }

    /// <summary>The shadow runs synchronously (nothing is awaited on a server that is not there): a list for a stream, T for a task.</summary>
    private static Type SynchronousShape(Type asyncShape)
    {
        if (!asyncShape.IsGenericType)
        {
            return asyncShape;
        }

        var definition = asyncShape.GetGenericTypeDefinition();
        var item = asyncShape.GetGenericArguments()[0];
        return definition == typeof(Task<>) ? item
            : definition == typeof(IAsyncEnumerable<>) ? typeof(IEnumerable<>).MakeGenericType(item)
            : asyncShape;
    }
}
