using System.Collections;
using PerfDomain.Policies.Facts;

namespace PerfDomain.Policies.Decisions;

/// <summary>
/// The facts an explanation cites, described on first read rather than when the rule fired: most decisions of a large
/// batch are counted, filtered or compared by kind and employee, and only some are shown or written with their facts.
/// </summary>
/// <remarks>
/// Facts are immutable records, so describing them later gives what describing them at the firing would have. Two
/// threads reading at once may both describe; they describe alike and one list wins.
/// </remarks>
internal sealed class DeferredFactReferences(IExplainableFact[] facts) : IReadOnlyList<FactReference>
{
    private FactReference[]? _described;

    public int Count => facts.Length;

    public FactReference this[int index] => Described[index];

    public IEnumerator<FactReference> GetEnumerator() => ((IEnumerable<FactReference>)Described).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private FactReference[] Described
    {
        get
        {
            if (Volatile.Read(ref _described) is { } described)
            {
                return described;
            }

            var fresh = Array.ConvertAll(facts, f => f.Describe());
            return Interlocked.CompareExchange(ref _described, fresh, null) ?? fresh;
        }
    }
}
