using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;
using PerfDomain.Rules.Compilation;

namespace PerfDomain.Rules.Network;

/// <summary>Binds a rule-model lambda to a branch: declarations become reads of the partial match's elements.</summary>
[RequiresDynamicCode(RuntimeCode.Message)]
[RequiresUnreferencedCode(RuntimeCode.Message)]
internal sealed class ExpressionBinder(IReadOnlyDictionary<Declaration, int> indexes, Declaration? self)
{
    private static readonly MethodInfo GetMethod = typeof(Token).GetMethod(nameof(Token.Get))!;
    private static readonly MethodInfo CastMethod = typeof(Token).GetMethod(nameof(Token.Cast))!;

    public IReadOnlyDictionary<Declaration, int> Indexes => indexes;

    /// <summary>Gets or sets how a declaration that no element binds is read (the rule's dependencies, in actions).</summary>
    public Func<Declaration, Type, Expression?>? Unbound { get; init; }

    public static Expression Cast(Expression value, Type type) =>
        type == typeof(object) ? value : Expression.Call(CastMethod.MakeGenericMethod(type), value);

    /// <summary>Invokes <paramref name="lambda"/> with its subjects taken from <paramref name="subjects"/> (typed object) and its imports from <paramref name="token"/>.</summary>
    public Expression Invoke(LambdaExpression lambda, IReadOnlyList<Declaration> imports, int subjectCount, Expression[] subjects, ParameterExpression token)
    {
        var args = new Expression[lambda.Parameters.Count];
        for (var i = 0; i < subjectCount; i++)
        {
            args[i] = Cast(subjects[i], lambda.Parameters[i].Type);
        }

        for (var j = 0; j < imports.Count; j++)
        {
            var parameter = lambda.Parameters[subjectCount + j];
            var declaration = imports[j];
            if (declaration == self && subjects.Length > 0)
            {
                args[subjectCount + j] = Cast(subjects[0], parameter.Type);
            }
            else if (indexes.TryGetValue(declaration, out var index))
            {
                args[subjectCount + j] = Expression.Call(GetMethod.MakeGenericMethod(parameter.Type), token, Expression.Constant(index));
            }
            else
            {
                args[subjectCount + j] = Unbound?.Invoke(declaration, parameter.Type) ?? Expression.Default(parameter.Type);
            }
        }

        return ParameterReplacer.Inline(lambda, args);
    }

    public Expression<Func<Token?, object?, bool>> Predicate(LambdaExpression lambda, IReadOnlyList<Declaration> imports, int subjectCount)
    {
        var token = Expression.Parameter(typeof(Token), "token");
        var value = Expression.Parameter(typeof(object), "value");
        var body = Invoke(lambda, imports, subjectCount, subjectCount > 0 ? [value] : [], token);
        return Expression.Lambda<Func<Token?, object?, bool>>(body, token, value);
    }

    public Expression<Func<Token?, object?, object?>> Value(LambdaExpression lambda, IReadOnlyList<Declaration> imports, int subjectCount)
    {
        var token = Expression.Parameter(typeof(Token), "token");
        var value = Expression.Parameter(typeof(object), "value");
        var body = Invoke(lambda, imports, subjectCount, subjectCount > 0 ? [value] : [], token);
        return Expression.Lambda<Func<Token?, object?, object?>>(Expression.Convert(body, typeof(object)), token, value);
    }

    /// <summary>Binds a value of a known type, returned as that type (a join key: no box per call).</summary>
    public Expression<Func<Token?, object?, TValue>> Typed<TValue>(LambdaExpression lambda, IReadOnlyList<Declaration> imports, int subjectCount)
    {
        var token = Expression.Parameter(typeof(Token), "token");
        var value = Expression.Parameter(typeof(object), "value");
        var body = Invoke(lambda, imports, subjectCount, subjectCount > 0 ? [value] : [], token);
        return Expression.Lambda<Func<Token?, object?, TValue>>(body.Type == typeof(TValue) ? body : Expression.Convert(body, typeof(TValue)), token, value);
    }

    /// <summary>Tells whether a lambda reads a declaration bound by an earlier element of the branch.</summary>
    public bool ReadsEarlierDeclarations(Expression body, LambdaExpression lambda, IReadOnlyList<Declaration> imports, int subjectCount)
    {
        var used = ParameterCollector.Collect(body);
        for (var j = 0; j < imports.Count; j++)
        {
            if (imports[j] != self && indexes.ContainsKey(imports[j]) && used.Contains(lambda.Parameters[subjectCount + j]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tells whether an expression reads the subject (parameter 0, or an import of the pattern's own declaration).</summary>
    public bool ReadsSubject(Expression body, LambdaExpression lambda, IReadOnlyList<Declaration> imports, int subjectCount)
    {
        var used = ParameterCollector.Collect(body);
        if (subjectCount > 0 && used.Contains(lambda.Parameters[0]))
        {
            return true;
        }

        for (var j = 0; j < imports.Count; j++)
        {
            if (imports[j] == self && used.Contains(lambda.Parameters[subjectCount + j]))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class ParameterCollector : ExpressionVisitor
    {
        private readonly HashSet<ParameterExpression> _used = [];

        public static HashSet<ParameterExpression> Collect(Expression expression)
        {
            var collector = new ParameterCollector();
            collector.Visit(expression);
            return collector._used;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _used.Add(node);
            return node;
        }
    }
}
