using System.Globalization;
using System.Linq.Expressions;
using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules.Network;

/// <summary>A rule action bound to one branch.</summary>
internal sealed class CompiledAction
{
    private readonly LazyDelegate<Action<IContext, Token>>? _do;
    private readonly LazyDelegate<Func<IContext, Token, object?>>? _insert;
    private readonly LazyDelegate<Func<IContext, object?, Token, object?>>? _update;

    public CompiledAction(ActionElement element, int position, ExpressionBinder binder)
    {
        Element = element;
        LinkKey = string.Create(CultureInfo.InvariantCulture, $"$yield{position}");
        var context = Expression.Parameter(typeof(IContext), "context");
        var token = Expression.Parameter(typeof(Token), "token");
        var source = element.Expression;
        var call = binder.Invoke(source.Expression, source.Imports, source.SubjectCount, [context], token);
        if (element.Kind == ActionKind.Do)
        {
            _do = new(Expression.Lambda<Action<IContext, Token>>(call, context, token));
            return;
        }

        _insert = new(Expression.Lambda<Func<IContext, Token, object?>>(Expression.Convert(call, typeof(object)), context, token));
        if (element.UpdateExpression is { } update)
        {
            var existing = Expression.Parameter(typeof(object), "existing");
            var updateCall = binder.Invoke(update.Expression, update.Imports, update.SubjectCount, [context, existing], token);
            _update = new(Expression.Lambda<Func<IContext, object?, Token, object?>>(Expression.Convert(updateCall, typeof(object)), context, existing, token));
        }
    }

    public ActionElement Element { get; }

    /// <summary>Gets the key of the linked fact a yield maintains.</summary>
    public string LinkKey { get; }

    public void Execute(IContext context, Token token)
    {
        if (_do is not null)
        {
            _do.Invoke(context, token);
            return;
        }

        var existing = context.GetLinked(LinkKey);
        if (existing is null)
        {
            context.InsertLinked(LinkKey, Required(_insert!.Invoke(context, token)));
            return;
        }

        var updated = _update is null ? _insert!.Invoke(context, token) : _update.Invoke(context, existing, token);
        context.UpdateLinked(LinkKey, Required(updated));
    }

    private object Required(object? fact) =>
        fact ?? throw new InvalidOperationException($"Yield produced null: {Element.Expression}");
}
