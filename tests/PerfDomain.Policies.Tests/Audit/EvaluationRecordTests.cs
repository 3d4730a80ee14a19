using System.Text;
using PerfDomain.Policies.Audit;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Parameters;
using PerfDomain.Policies.Tests.Decisions;
using PerfDomain.Policies.Tests.TestSupport;

namespace PerfDomain.Policies.Tests.Audit;

public sealed class EvaluationRecordTests
{
    private static readonly Lazy<DecisionDocument> Recorded = new(() => SampleOrganization.Evaluate());

    [Fact]
    public void FromEvaluation_RecordsWhatTheEvaluationRanOn()
    {
        var record = Recorded.Value.Record!;

        Assert.Equal(SampleOrganization.ReferenceDate, record.AsOf);
        Assert.Equal(["review-cadence@1.0.0", "rating-consequences@1.0.0", "development-triggers@1.0.0", "rewards@1.0.0"], record.Packs.Select(p => p.ToString()));
        Assert.Equal(Fingerprints.Of(SampleOrganization.Snapshot), record.SnapshotFingerprint);
        Assert.Equal(Fingerprints.Of(PolicyParameters.Default), record.ParameterFingerprint);
        Assert.Equal(RuleRuntime.PerfDomain, record.Runtime);
        Assert.Equal(EvaluationRecord.CurrentVersion, record.PerfDomainVersion);
        Assert.DoesNotContain("+", record.PerfDomainVersion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DecisionJson_WithARecord_ReadsBackEqual(bool lines)
    {
        var document = Recorded.Value;

        var read = RoundTrip(document, lines);

        Assert.Equal(document.Record, read.Record);
        Assert.Equal(document, read);
    }

    [Fact]
    public void Reproducing_TheRecordedInputs_GivesTheSameDecisionsAndIds()
    {
        var again = SampleOrganization.Evaluate();

        Assert.Equal(Recorded.Value.Record, again.Record);
        Assert.Equal(Recorded.Value.Decisions.Select(DecisionId.Of), again.Decisions.Select(DecisionId.Of));
    }

    [Fact]
    public void Read_ADecisionWhoseIdIsNotItsOwn_ThrowsAtTheId()
    {
        var json = Encoding.UTF8.GetString(Write(Recorded.Value, lines: false));
        var first = DecisionId.Of(Recorded.Value.Decisions[0]).Value;
        var tampered = json.Replace($"\"id\": \"{first}\"", "\"id\": \"d-000000000000000000000000\"", StringComparison.Ordinal);

        var error = Assert.Throws<DecisionFormatException>(() => DecisionJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(tampered))));

        Assert.Equal("$.decisions[0].id", error.Path);
        Assert.Equal($"is \"d-000000000000000000000000\", but the decision's kind, rule, pack, employee, cycle, subject and facts give \"{first}\": the decision was changed after it was written.", error.Reason);
    }

    [Theory]
    [InlineData("\"runtime\": \"perfdomain\"", "\"runtime\": \"drools\"", "$.record.runtime", "is \"drools\"; expected \"perfdomain\" or \"nrules\".")]
    [InlineData("\"parameterFingerprint\": \"sha256:", "\"parameterFingerprint\": \"md5:", "$.record.parameterFingerprint", "\"md5:")]
    [InlineData("\"perfDomainVersion\": ", "\"perfDomainVersion\": 1, \"x\": ", "$.record.perfDomainVersion", "expected PerfDomain's version as a string, found the number 1.")]
    [InlineData("\"record\": {", "\"record\": [], \"y\": {", "$.record", "expected the evaluation's record (or null) as an object, found an array.")]
    public void Read_ABadRecord_ThrowsAtItsPath(string text, string replacement, string path, string reason)
    {
        var json = Encoding.UTF8.GetString(Write(Recorded.Value, lines: false)).Replace(text, replacement, StringComparison.Ordinal);

        var error = Assert.Throws<DecisionFormatException>(() => DecisionJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        Assert.Equal(path, error.Path);
        Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ADocumentWithoutIdsOrRecord_IsAccepted()
    {
        var document = new DecisionDocument(Recorded.Value.Organization, Recorded.Value.AsOf, Recorded.Value.Packs, Recorded.Value.Decisions);
        var json = Encoding.UTF8.GetString(Write(document, lines: false));
        var old = string.Join('\n', json.Split('\n').Where(l => !l.TrimStart().StartsWith("\"id\": \"d-", StringComparison.Ordinal) && !l.Contains("\"record\": null", StringComparison.Ordinal)));

        Assert.Equal(document, DecisionJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(old))));
    }

    [Fact]
    public void Constructor_ARecordOfAnotherEvaluation_Throws()
    {
        var document = Recorded.Value;

        var error = Assert.Throws<ArgumentException>(() => new DecisionDocument(document.Organization, document.AsOf.PlusDays(1), document.Packs, document.Decisions, document.Record));

        Assert.Equal("record", error.ParamName);
    }

    private static byte[] Write(DecisionDocument document, bool lines) => DecisionJsonTests.Write(document, lines);

    private static DecisionDocument RoundTrip(DecisionDocument document, bool lines) => DecisionJsonTests.Read(Write(document, lines), lines);
}
