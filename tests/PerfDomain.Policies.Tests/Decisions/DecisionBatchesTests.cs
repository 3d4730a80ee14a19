using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Decisions.Json;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Testing.Generation;

namespace PerfDomain.Policies.Tests.Decisions;

/// <summary>Decisions formatted in batches on several threads: the text one writer writes, byte for byte, in both forms.</summary>
public sealed class DecisionBatchesTests
{
    private static readonly Lazy<DecisionDocument> Large = new(() =>
    {
        var engine = PolicyEngine.CreateBuilder().AddDefaultPacks().Build();
        var snapshot = SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Employees = 400, Seed = 3 });
        return DecisionDocument.FromEvaluation(snapshot, engine, engine.Evaluate(snapshot, snapshot.ReferenceDate!.Value));
    });

    public static TheoryData<int, bool> Counts()
    {
        var data = new TheoryData<int, bool>();
        foreach (var count in new[] { 0, 1, 2, DecisionBatches.BatchSize, DecisionBatches.BatchSize + 1, (4 * DecisionBatches.BatchSize) + 1, 5 * DecisionBatches.BatchSize, int.MaxValue })
        {
            data.Add(count, false);
            data.Add(count, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Counts))]
    public async Task Write_AnyNumberOfDecisions_IsWhatOneWriterWrites(int count, bool lines)
    {
        var large = Large.Value;
        Assert.True(large.Decisions.Count > 6 * DecisionBatches.BatchSize, $"{large.Decisions.Count} decisions");
        var document = new DecisionDocument(large.Organization, large.AsOf, large.Packs, [.. large.Decisions.Take(count)], large.Record);
        var expected = OneWriter(document, lines);
        using var sync = new MemoryStream();
        using var async = new MemoryStream();

        if (lines)
        {
            DecisionJson.WriteLines(sync, document);
            await DecisionJson.WriteLinesAsync(async, document);
        }
        else
        {
            DecisionJson.Write(sync, document);
            await DecisionJson.WriteAsync(async, document);
        }

        Assert.Equal(expected, sync.ToArray());
        Assert.Equal(expected, async.ToArray());
    }

    // The document as one writer writes it, decision after decision: the form before batches.
    private static byte[] OneWriter(DecisionDocument document, bool lines)
    {
        using var writer = new DecisionWriter(lines);
        var json = writer.Json;
        json.WriteStartObject();
        writer.WriteHeader("evaluation", document.Organization, document.AsOf, document.Packs);
        writer.WriteRecord(document.Record);
        if (lines)
        {
            json.WriteNumber("decisionCount", document.Decisions.Count);
            json.WriteEndObject();
            writer.EndLine();
        }
        else
        {
            json.WriteStartArray("decisions");
        }

        foreach (var decision in document.Decisions)
        {
            writer.WriteDecision(decision);
            if (lines)
            {
                writer.EndLine();
            }
        }

        if (!lines)
        {
            json.WriteEndArray();
            json.WriteEndObject();
            writer.EndDocument();
        }

        using var text = new MemoryStream();
        writer.WriteChunk(text);
        return text.ToArray();
    }
}
