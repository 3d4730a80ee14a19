using System.Linq.Expressions;

namespace PerfDomain.Rules.Network;

/// <summary>Inlines a lambda: replaces its parameters by argument expressions (cheaper to compile and to interpret than an invoke).</summary>
internal sealed class ParameterReplacer(IReadOnlyDictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
{
    public static Expression Inline(LambdaExpression lambda, IReadOnlyList<Expression> args)
    {
        var map = new Dictionary<ParameterExpression, Expression>();
        for (var i = 0; i < args.Count; i++)
        {
            map[lambda.Parameters[i]] = args[i];
        }

        return new ParameterReplacer(map).Visit(lambda.Body);
    }

    protected override Expression VisitParameter(ParameterExpression node) =>
        replacements.TryGetValue(node, out var replacement) ? replacement : node;

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        // A nested lambda that declares one of the replaced parameters shadows it.
        if (node.Parameters.Any(replacements.ContainsKey))
        {
            var inner = replacements.Where(r => !node.Parameters.Contains(r.Key)).ToDictionary(r => r.Key, r => r.Value);
            return Expression.Lambda<T>(new ParameterReplacer(inner).Visit(node.Body), node.Name, node.TailCall, node.Parameters);
        }

        return base.VisitLambda(node);
    }
}
