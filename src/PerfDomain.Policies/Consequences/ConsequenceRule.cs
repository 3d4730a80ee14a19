using PerfDomain.Policies.Packs;

namespace PerfDomain.Policies.Consequences;

/// <summary>Base of the rules of the rating-consequences pack.</summary>
/// <remarks>
/// Fairness guards hold for every rule of the pack: consequences come only from calibrated manager
/// ratings (<see cref="Facts.RatingFact"/>), never while the employee is on leave, and corrective
/// action never without documented feedback before it.
/// </remarks>
public abstract class ConsequenceRule : PolicyRule
{
    /// <summary>The pack's name.</summary>
    public const string Pack = "rating-consequences";

    /// <summary>The pack's version.</summary>
    public const string Version = "1.0.0";

    /// <inheritdoc/>
    public override string PackName => Pack;

    /// <inheritdoc/>
    public override string PackVersion => Version;
}
