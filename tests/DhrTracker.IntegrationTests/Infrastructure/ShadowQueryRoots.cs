using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;

namespace DhrTracker.IntegrationTests.Infrastructure;

/// <summary>
/// Moves a LINQ tree from the SQLite model to the SQL Server model: each entity root is swapped for the SQL Server
/// model's entity type of the same name (the column types and table mappings differ per provider). A subquery written
/// against the context in a closure (<c>db.ReviewAgencies.Any(...)</c> inside a lambda) is still a closure value here,
/// since EF inlines those later, so it is evaluated and inlined now, and its roots swapped too.
/// </summary>
internal sealed class ShadowQueryRoots(IModel sqlServerModel) : ExpressionVisitor
{
    public override Expression? Visit(Expression? node)
    {
        if (node is EntityQueryRootExpression root)
        {
            var entityType = sqlServerModel.FindEntityType(root.EntityType.Name)
                ?? throw new InvalidOperationException($"The SQL Server model has no entity type {root.EntityType.Name}.");
            return root.UpdateEntityType(entityType);
        }

        if (node is MemberExpression or MethodCallExpression or ConstantExpression
            && typeof(IQueryable).IsAssignableFrom(node.Type)
            && ClosedTree.IsClosed(node)
            && Evaluate(node) is IQueryable { Provider: IAsyncQueryProvider } query)
        {
            return Visit(query.Expression);
        }

        return base.Visit(node);
    }

    private static object? Evaluate(Expression node) => node switch
    {
        ConstantExpression constant => constant.Value,
        MemberExpression { Member: System.Reflection.FieldInfo field } member => field.GetValue(member.Expression is null ? null : Evaluate(member.Expression)),
        MemberExpression { Member: System.Reflection.PropertyInfo property } member => property.GetValue(member.Expression is null ? null : Evaluate(member.Expression)),
        _ => Expression.Lambda<Func<object?>>(Expression.Convert(node, typeof(object))).Compile(preferInterpretation: true)(),
    };

    /// <summary>True when a tree can be evaluated on its own: no lambda parameter and no query root in it.</summary>
    private sealed class ClosedTree : ExpressionVisitor
    {
        private bool open;

        public static bool IsClosed(Expression node)
        {
            var visitor = new ClosedTree();
            visitor.Visit(node);
            return !visitor.open;
        }

        public override Expression? Visit(Expression? node)
        {
            if (open || node is null)
            {
                return node;
            }

            if (node is ParameterExpression or LambdaExpression || node.NodeType == ExpressionType.Extension)
            {
                open = true;
                return node;
            }

            return base.Visit(node);
        }
    }
}
