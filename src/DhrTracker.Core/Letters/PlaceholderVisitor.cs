using Fluid.Ast;

namespace DhrTracker.Core.Letters;

/// <summary>
/// Walks a parsed template and lists every name it reads, every name it tests in a condition, and every tag a
/// letter does not need. Only text, output, <c>if</c>/<c>unless</c>/<c>case</c>, <c>comment</c> and <c>raw</c>
/// are allowed: no loops, variables, includes or macros, so every name read is a placeholder of the whitelist.
/// </summary>
internal sealed class PlaceholderVisitor : AstVisitor
{
    private static readonly HashSet<Type> Allowed =
    [
        typeof(TextSpanStatement), typeof(OutputStatement), typeof(IfStatement), typeof(ElseIfStatement), typeof(ElseStatement),
        typeof(UnlessStatement), typeof(CaseStatement), typeof(WhenStatement), typeof(CommentStatement), typeof(RawStatement),
        typeof(NoOpStatement),
    ];

    private bool inCondition;

    public List<string> Read { get; } = [];
    public HashSet<string> Tested { get; } = [];
    public List<string> Problems { get; } = [];

    public override Statement Visit(Statement statement)
    {
        if (statement is null)
        {
            return statement!;
        }

        if (!Allowed.Contains(statement.GetType()))
        {
            var name = statement.GetType().Name.Replace("Statement", "", StringComparison.Ordinal).ToLowerInvariant();
            Problems.Add($"The '{name}' tag is not used in letters: use text, placeholders, and 'if', 'unless' or 'case' only.");
            return statement;
        }

        return base.Visit(statement);
    }

    protected override Statement VisitIfStatement(IfStatement ifStatement)
    {
        Condition(ifStatement.Condition);
        foreach (var s in ifStatement.Statements)
        {
            Visit(s);
        }

        foreach (var s in ifStatement.ElseIfs)
        {
            Visit(s);
        }

        Visit(ifStatement.Else);
        return ifStatement;
    }

    protected override Statement VisitElseIfStatement(ElseIfStatement elseIfStatement)
    {
        Condition(elseIfStatement.Condition);
        foreach (var s in elseIfStatement.Statements)
        {
            Visit(s);
        }

        return elseIfStatement;
    }

    protected override Statement VisitUnlessStatement(UnlessStatement unlessStatement)
    {
        Condition(unlessStatement.Condition);
        foreach (var s in unlessStatement.Statements)
        {
            Visit(s);
        }

        Visit(unlessStatement.Else);
        return unlessStatement;
    }

    protected override Expression VisitMemberExpression(MemberExpression memberExpression)
    {
        var parts = new List<string>();
        foreach (var segment in memberExpression.Segments)
        {
            if (segment is IdentifierSegment identifier)
            {
                parts.Add(identifier.Identifier);
                continue;
            }

            Problems.Add($"'{string.Join('.', parts)}' is followed by brackets or a call: write placeholders with dots only, such as {{{{ review.reference }}}}.");
            return memberExpression;
        }

        var path = string.Join('.', parts);
        Read.Add(path);
        if (inCondition)
        {
            Tested.Add(path);
        }

        return memberExpression;
    }

    private void Condition(Expression expression)
    {
        inCondition = true;
        Visit(expression);
        inCondition = false;
    }
}
