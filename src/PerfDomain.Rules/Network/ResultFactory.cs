using System.Collections;

namespace PerfDomain.Rules.Network;

/// <summary>Creates the typed collections and groups of query aggregations.</summary>
internal interface IResultFactory
{
    IList NewList();

    IList NewList(int capacity);

    object NewGroup(object? key, IList elements);
}

internal sealed class ResultFactory<TKey, TElement> : IResultFactory
{
    public IList NewList() => new List<TElement>();

    public IList NewList(int capacity) => new List<TElement>(capacity);

    public object NewGroup(object? key, IList elements) => new Grouping<TKey, TElement>(key is TKey k ? k : default!, (List<TElement>)elements);
}
