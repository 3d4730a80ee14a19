using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using IContext = NRules.RuleModel.IContext;
using ActionTrigger = NRules.RuleModel.ActionTrigger;
using PerfDomain.Rules.Compilation;

namespace PerfDomain.Rules.Network;

/// <summary>A rule action bound to the tokens of one alternative; the rule's dependencies are resolved through the context.</summary>
[RequiresDynamicCode(RuntimeCode.Message)]
[RequiresUnreferencedCode(RuntimeCode.Message)]
internal sealed class CompiledAction
{
    private static readonly System.Reflection.MethodInfo ResolveMethod = typeof(IContext).GetMethod(nameof(IContext.Resolve))!;

    private readonly LazyDelegate<Func<IContext, Token, object?>> _invoke;
    private readonly ExpressionBinder _binder;

    public CompiledAction(ActionElement element, ExpressionBinder binder, IReadOnlyDictionary<Declaration, Type> dependencies)
    {
        Element = element;
        var context = Expression.Parameter(typeof(IContext), "context");
        var token = Expression.Parameter(typeof(Token), "token");
        _binder = new ExpressionBinder(binder.Indexes, null)
        {
            Unbound = (declaration, type) => dependencies.TryGetValue(declaration, out var service)
                ? Expression.Convert(Expression.Call(context, ResolveMethod, Expression.Constant(service, typeof(Type))), type)
                : null,
        };

        var source = element.Expression;
        var call = _binder.Invoke(source.Expression, source.Imports, source.SubjectCount, [context], token);
        var body = call.Type == typeof(void)
            ? (Expression)Expression.Block(call, Expression.Constant(null, typeof(object)))
            : Expression.Convert(call, typeof(object));
        _invoke = new(Expression.Lambda<Func<IContext, Token, object?>>(body, context, token));
        Arguments = new LazyDelegate<Func<IContext, Token, object?[]>>(ArgumentsOf(context, token));
    }

    public ActionElement Element { get; }

    public ActionTrigger Trigger => Element.Trigger;

    /// <summary>Gets the values of the action's parameters after the context, for interceptors (<c>IActionInvocation.Arguments</c>).</summary>
    public LazyDelegate<Func<IContext, Token, object?[]>> Arguments { get; }

    public void Execute(IContext context, Token token) => _invoke.Invoke(context, token);

    private Expression<Func<IContext, Token, object?[]>> ArgumentsOf(ParameterExpression context, ParameterExpression token)
    {
        var source = Element.Expression;
        var values = new List<Expression>();
        for (var j = 0; j < source.Imports.Count; j++)
        {
            var parameter = source.Expression.Parameters[source.SubjectCount + j];
            var identity = Expression.Lambda(parameter, parameter);
            values.Add(Expression.Convert(_binder.Invoke(identity, [source.Imports[j]], 0, [], token), typeof(object)));
        }

        return Expression.Lambda<Func<IContext, Token, object?[]>>(Expression.NewArrayInit(typeof(object), values), context, token);
    }
}
