using PerfDomain.Policies.Parameters;

namespace PerfDomain.Policies.Tests.Parameters;

/// <summary>
/// The parameter file's structural problems are found in the text itself (<see cref="ParameterJson.Diagnose"/>), not
/// recognised in System.Text.Json's messages.
/// </summary>
public sealed class ParameterJsonTests
{
    [Theory]
    [InlineData("""{ "reviewCadence": { "checkinIntervalDays": 14 } }""", "$.reviewCadence", "unknown parameter 'checkinIntervalDays'; the review cadence has the parameters checkInIntervalDays, ")]
    [InlineData("""{ "cadence": {} }""", "$", "unknown parameter 'cadence'; a parameter file has the sections reviewCadence, ratingConsequences, developmentTriggers and rewards")]
    [InlineData("""{ "reviewCadence": [] }""", "$.reviewCadence", "expected an object (the review cadence: ")]
    [InlineData("""{ "reviewCadence": { "orgUnitCheckInIntervalDays": [1] } }""", "$.reviewCadence.orgUnitCheckInIntervalDays", "expected an object of ids to ")]
    [InlineData("""{ "reviewCadence": { "probationReviewDays": 30 } }""", "$.reviewCadence.probationReviewDays", "expected an array of ")]
    [InlineData("""{ "reviewCadence": { "checkInIntervalDays": 14, "x": 1 }, "y": 2 }""", "$.reviewCadence", "unknown parameter 'x'")]
    public void Diagnose_FindsTheFirstStructuralProblem(string json, string path, string reason)
    {
        var found = ParameterJson.Diagnose(json);

        Assert.NotNull(found);
        Assert.Equal(path, found.Value.Path);
        Assert.StartsWith(reason, found.Value.Reason, StringComparison.Ordinal);

        var error = Assert.Throws<InvalidParametersException>(() => PolicyParameters.FromJson(json));
        Assert.Equal(path, error.Path);
        Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "reviewCadence": { "checkInIntervalDays": "x" } }""")]
    [InlineData("""{ "reviewCadence": { "orgUnitCheckInIntervalDays": { "u-1": null } } }""")]
    [InlineData("""{}""")]
    public void Diagnose_LeavesValuesToTheConverters(string json)
    {
        Assert.Null(ParameterJson.Diagnose(json));
    }

    [Fact]
    public void LoneSurrogateCharacter_IsAnInvalidParametersException_NotAnArgumentException()
    {
        var error = Assert.Throws<InvalidParametersException>(() => PolicyParameters.FromJson("{ \"reviewCadence\": { \"" + '\uD800' + "\": 1 } }"));

        Assert.Equal("$", error.Path);
        Assert.Equal("malformed JSON: the text holds an unpaired surrogate character (U+D800 to U+DFFF without its pair) after 22 bytes of UTF-8.", error.Reason);
    }

    [Fact]
    public void NameWithAnUnpairedSurrogateEscape_IsAnInvalidParametersException()
    {
        var error = Assert.Throws<InvalidParametersException>(() => PolicyParameters.FromJson("""{ "reviewCadence": { "\ud800": 1 } }"""));

        Assert.Equal("$.reviewCadence", error.Path);
        Assert.False(string.IsNullOrWhiteSpace(error.Reason));
    }

    [Fact]
    public void MembersLeftOut_KeepTheRecordsDefaults_NotTheirTypes()
    {
        // Source-generated metadata would give them 0 and null; the reader writes the file over the defaults.
        var read = PolicyParameters.FromJson("""{ "reviewCadence": { "checkInIntervalDays": 21 }, "developmentTriggers": {} }""");

        Assert.Equal(PolicyParameters.Default with { ReviewCadence = PolicyParameters.Default.ReviewCadence with { CheckInIntervalDays = 21 } }, read);
    }
}
