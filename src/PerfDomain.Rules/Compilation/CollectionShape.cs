using System.Diagnostics.CodeAnalysis;
using System.Collections;
using System.Linq.Expressions;

namespace PerfDomain.Rules.Compilation;

/// <summary>What a collecting query makes of the facts it collected: a sorted collection (<c>OrderBy</c>/<c>ThenBy</c>) or a keyed lookup (<c>ToLookup</c>).</summary>
[RequiresDynamicCode(RuntimeCode.Message)]
[RequiresUnreferencedCode(RuntimeCode.Message)]
internal abstract class CollectionShape
{
    /// <summary>Gets the type of the shaped value.</summary>
    public abstract Type ResultType { get; }

    public static CollectionShape Sorted(Type sourceType, (ExpressionElement Key, bool Descending)[] keys) =>
        (CollectionShape)Activator.CreateInstance(typeof(SortedShape<>).MakeGenericType(sourceType), [keys])!;

    public static CollectionShape Lookup(Type sourceType, ExpressionElement key, ExpressionElement element, Type resultType)
    {
        var arguments = resultType.GetGenericArguments();
        return (CollectionShape)Activator.CreateInstance(typeof(LookupShape<,,>).MakeGenericType(sourceType, arguments[0], arguments[1]), [key, element])!;
    }

    /// <summary>Shapes the collected values, in fact order.</summary>
    public abstract object Apply(IList collected);

    protected static Func<TSource, TResult> Compile<TSource, TResult>(ExpressionElement element)
    {
        var subject = Expression.Parameter(typeof(TSource), "item");
        var lambda = element.Expression;
        Expression body = lambda.Parameters.Count == 0 ? lambda.Body : Expression.Invoke(lambda, Expression.Convert(subject, lambda.Parameters[0].Type));
        return Expression.Lambda<Func<TSource, TResult>>(Expression.Convert(body, typeof(TResult)), subject).Compile();
    }

    [RequiresDynamicCode(RuntimeCode.Message)]
    [RequiresUnreferencedCode(RuntimeCode.Message)]
    private sealed class SortedShape<TSource>((ExpressionElement Key, bool Descending)[] keys) : CollectionShape
    {
        private readonly (Func<TSource, object?> Key, bool Descending)[] _keys =
            keys.Select(k => (Compile<TSource, object?>(k.Key), k.Descending)).ToArray();

        public override Type ResultType => typeof(IEnumerable<TSource>);

        public override object Apply(IList collected)
        {
            IEnumerable<TSource> items = (List<TSource>)collected;
            IOrderedEnumerable<TSource>? ordered = null;
            foreach (var (key, descending) in _keys)
            {
                ordered = (ordered, descending) switch
                {
                    (null, false) => items.OrderBy(key, Comparer<object?>.Default),
                    (null, true) => items.OrderByDescending(key, Comparer<object?>.Default),
                    (_, false) => ordered.ThenBy(key, Comparer<object?>.Default),
                    _ => ordered.ThenByDescending(key, Comparer<object?>.Default),
                };
            }

            return ordered!.ToList();
        }
    }

    [RequiresDynamicCode(RuntimeCode.Message)]
    [RequiresUnreferencedCode(RuntimeCode.Message)]
    private sealed class LookupShape<TSource, TKey, TElement>(ExpressionElement key, ExpressionElement element) : CollectionShape
    {
        private readonly Func<TSource, TKey> _key = Compile<TSource, TKey>(key);
        private readonly Func<TSource, TElement> _element = Compile<TSource, TElement>(element);

        public override Type ResultType => typeof(NRules.RuleModel.IKeyedLookup<TKey, TElement>);

        public override object Apply(IList collected) => new KeyedLookup<TKey, TElement>(((List<TSource>)collected).ToLookup(_key, _element));
    }
}
