using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Packs;

namespace PerfDomain.Authoring.Example.Pack;

/// <summary>The engineering promotion pack: its name, version and how to make it.</summary>
public static class EngineeringPromotionPack
{
    /// <summary>The pack's name, as in every explanation.</summary>
    public const string Name = "engineering-promotion";

    /// <summary>The pack's semantic version, as in every explanation.</summary>
    public const string Version = "1.0.0";

    /// <summary>Makes the pack with its parameters, validated first.</summary>
    /// <param name="parameters">The parameters; <see langword="null"/> for the defaults.</param>
    /// <returns>The pack.</returns>
    public static PolicyPack Create(EngineeringPromotionParameters? parameters = null)
    {
        var values = parameters ?? new EngineeringPromotionParameters();
        values.Validate();
        return new PolicyPack(
            Name,
            Version,
            "Promotion readiness and growth plans for senior engineers.",
            [typeof(EngineeringPromotionReadinessRule), typeof(EngineeringGrowthPlanRule)],
            [values]);
    }

    /// <summary>Makes an engine with the built-in packs and this one.</summary>
    /// <param name="parameters">The pack's parameters; <see langword="null"/> for the defaults.</param>
    /// <returns>The engine.</returns>
    public static PolicyEngine Engine(EngineeringPromotionParameters? parameters = null) =>
        PolicyEngine.CreateBuilder().AddDefaultPacks().AddPack(Create(parameters)).Build();
}
