using PerfDomain.Policies.Packs;

namespace PerfDomain.Authoring.Example.Pack;

/// <summary>Base of the pack's rules: one place for the pack's name and version.</summary>
public abstract class EngineeringRule : PolicyRule
{
    /// <inheritdoc/>
    public override string PackName => EngineeringPromotionPack.Name;

    /// <inheritdoc/>
    public override string PackVersion => EngineeringPromotionPack.Version;
}
