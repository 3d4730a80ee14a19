namespace PerfDomain.Policies.Fairness;

/// <summary>Which test gave a group's p-value against the most favoured group.</summary>
public enum SignificanceTest
{
    /// <summary>No test: the group is the most favoured one, or its figures are suppressed.</summary>
    None = 0,

    /// <summary>Fisher's exact test (two-sided), used when any expected cell of the 2×2 table is below 5.</summary>
    FisherExact = 1,

    /// <summary>The two-proportion z-test with a pooled proportion (two-sided), used otherwise.</summary>
    TwoProportionZ = 2,
}
