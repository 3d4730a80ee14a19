using NodaTime;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Parameters;
using PerfDomain.Snapshots;

namespace PerfDomain.Policies.Tests.TestSupport;

/// <summary>The bundled sample organisation (docs/samples), read once, and its evaluations with their records.</summary>
internal static class SampleOrganization
{
    private static readonly Lazy<OrganizationSnapshot> LazySnapshot = new(() => SnapshotReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "samples", "sample-organization.json")));

    public static OrganizationSnapshot Snapshot => LazySnapshot.Value;

    public static LocalDate ReferenceDate => Snapshot.ReferenceDate!.Value;

    public static PolicyEngine Engine { get; } = PolicyEngine.CreateBuilder().AddDefaultPacks().Build();

    /// <summary>Evaluates the sample and records the evaluation.</summary>
    public static DecisionDocument Evaluate(LocalDate? asOf = null, PolicyParameters? parameters = null)
    {
        var outcome = Engine.Evaluate(Snapshot, asOf ?? ReferenceDate, parameters);
        return DecisionDocument.FromEvaluation(Snapshot, Engine, outcome, parameters);
    }
}
