namespace PerfDomain.Rules.Diagnostics;

/// <summary>A fact of a blocking pattern's type, with how close it came to matching.</summary>
public sealed class CandidateFact
{
    internal CandidateFact(object fact, int satisfiedConditions, int totalConditions, IReadOnlyList<string> failedConditions)
    {
        Fact = fact;
        SatisfiedConditions = satisfiedConditions;
        TotalConditions = totalConditions;
        FailedConditions = failedConditions;
    }

    /// <summary>Gets the fact.</summary>
    public object Fact { get; }

    /// <summary>Gets the number of the pattern's conditions the fact satisfies (for joins: with the best partial match).</summary>
    public int SatisfiedConditions { get; }

    /// <summary>Gets the number of the pattern's conditions.</summary>
    public int TotalConditions { get; }

    /// <summary>Gets the conditions the fact fails, as text.</summary>
    public IReadOnlyList<string> FailedConditions { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Fact} ({SatisfiedConditions}/{TotalConditions}){(FailedConditions.Count > 0 ? " fails " + string.Join("; ", FailedConditions) : string.Empty)}";
}
