namespace PerfDomain.Rules.Diagnostics;

/// <summary>The diagnosis of one alternative of a rule (a rule without <c>Or</c> has one).</summary>
public sealed class WhyNotBranch
{
    internal WhyNotBranch(
        int index,
        IReadOnlyList<string> elements,
        int? blockingElementIndex,
        int partialMatches,
        IReadOnlyList<CandidateFact> closestFacts,
        string explanation)
    {
        Index = index;
        Elements = elements;
        BlockingElementIndex = blockingElementIndex;
        PartialMatches = partialMatches;
        ClosestFacts = closestFacts;
        Explanation = explanation;
    }

    /// <summary>Gets the alternative's position (0 for a rule without <c>Or</c>).</summary>
    public int Index { get; }

    /// <summary>Gets the alternative's elements, in matching order.</summary>
    public IReadOnlyList<string> Elements { get; }

    /// <summary>Gets the position of the first element with no match, or <see langword="null"/> when the alternative matches.</summary>
    public int? BlockingElementIndex { get; }

    /// <summary>Gets the first element with no match, or <see langword="null"/> when the alternative matches.</summary>
    public string? BlockingElement => BlockingElementIndex is { } i ? Elements[i] : null;

    /// <summary>Gets the number of partial matches of the elements before the blocking one (or of all elements when it matches).</summary>
    public int PartialMatches { get; }

    /// <summary>
    /// Gets the facts closest to matching the blocking element, best first: for a pattern or exists, facts of its
    /// type ranked by how many of its conditions they satisfy; for a not, the facts that block it.
    /// </summary>
    public IReadOnlyList<CandidateFact> ClosestFacts { get; }

    /// <summary>Gets a one-line explanation.</summary>
    public string Explanation { get; }

    /// <inheritdoc />
    public override string ToString() => Explanation;
}
