using System.Text.Json;
using FsCheck.Xunit;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Snapshots;
using PerfDomain.Testing.Generation;
using PerfDomain.Testing.Generators;

namespace PerfDomain.Policies.Tests.Decisions;

/// <summary>The decisions of evaluating generated organisations read back equal through the decision format, in both forms.</summary>
[Properties(Arbitrary = [typeof(OrganizationArbitraries)], MaxTest = 25)]
public sealed class DecisionJsonProperties
{
    private static readonly PolicyEngine Engine = PolicyEngine.CreateBuilder().AddDefaultPacks().Build();

    [Property]
    public void Evaluation_WrittenAndRead_IsEqual(OrganizationSnapshot snapshot)
    {
        RoundTrip(DecisionDocument.FromOutcome(snapshot, Engine.Packs, Engine.Evaluate(snapshot, snapshot.ReferenceDate!.Value)));
    }

    [Property]
    public void EvaluationAsOfAnEarlierDay_WrittenAndRead_IsEqual(OrganizationSnapshot snapshot, ushort daysBack)
    {
        var asOf = snapshot.ReferenceDate!.Value.PlusDays(-(daysBack % 420));

        RoundTrip(DecisionDocument.FromOutcome(snapshot, Engine.Packs, Engine.Evaluate(snapshot, asOf)));
    }

    private static void RoundTrip(DecisionDocument document)
    {
        var json = DecisionJsonTests.Write(document, lines: false);
        var lines = DecisionJsonTests.Write(document, lines: true);

        Assert.Equal(document, DecisionJsonTests.Read(json, lines: false));
        Assert.Equal(document, DecisionJsonTests.Read(lines, lines: true));
        Assert.All(document.Decisions, d => Assert.Equal(d, JsonSerializer.Deserialize<Decision>(JsonSerializer.Serialize(d))));
    }

    [Fact]
    public async Task LargeEvaluation_ManyChunks_ReadsBackEqual_SyncAndAsync()
    {
        var snapshot = SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Employees = 400, Seed = 3 });
        var document = DecisionDocument.FromOutcome(snapshot, Engine.Packs, Engine.Evaluate(snapshot, snapshot.ReferenceDate!.Value));
        using var json = new MemoryStream();
        using var lines = new MemoryStream();

        await DecisionJson.WriteAsync(json, document);
        await DecisionJson.WriteLinesAsync(lines, document);

        Assert.True(json.Length > 10 * 64 * 1024, $"{json.Length} bytes");
        json.Position = 0;
        lines.Position = 0;
        Assert.Equal(document, await DecisionJson.ReadAsync(json));
        Assert.Equal(document, await DecisionJson.ReadLinesAsync(lines));
        Assert.Equal(document, DecisionJson.Read(new MemoryStream(json.ToArray())));
    }
}
