using PerfDomain.Policies.Parameters;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Parameters;

public sealed class PolicyParametersTests
{
    [Fact]
    public void Default_HasTheDocumentedValues()
    {
        var c = PolicyParameters.Default.ReviewCadence;
        var r = PolicyParameters.Default.RatingConsequences;
        var d = PolicyParameters.Default.DevelopmentTriggers;

        Assert.Equal(30, c.CheckInIntervalDays);
        Assert.Equal(14, c.ProbationCheckInIntervalDays);
        Assert.Equal(7, c.ImprovementPlanCheckInIntervalDays);
        Assert.Empty(c.OrgUnitCheckInIntervalDays);
        Assert.Empty(c.EmployeeCheckInIntervalDays);
        Assert.Equal(7, c.OverdueGraceDays);
        Assert.Equal(14, c.SkipLevelEscalationDays);
        Assert.Equal(30, c.HumanResourcesEscalationDays);
        Assert.Equal([30, 60, 90], c.ProbationReviewDays);
        Assert.Equal(7, c.ProbationReviewLeadDays);
        Assert.Equal(90, c.ReviewMinimumTenureDays);
        Assert.Equal(90, c.ReviewOverdueReportingDays);
        Assert.Null(r.RecognitionRatingLabel);
        Assert.Equal(12, r.PromotionMinimumMonthsInRole);
        Assert.Equal(60, r.ImprovementPlanDurationDays);
        Assert.Equal(90, r.FeedbackLookbackDays);
        Assert.Equal(5, r.CalibrationMinimumGroupSize);
        Assert.Equal(0.5, r.CalibrationMaximumTopShare);
        Assert.Equal(0.3, d.KeyResultAtRiskGap);
        Assert.Equal(30, d.OnboardingWindowDays);
        Assert.Equal(90, d.NewManagerWindowDays);
        Assert.Equal(60, d.ManagerConversationWindowDays);
        Assert.Equal(1, d.MinimumConversationsPerReport);
        Assert.Equal(90, d.ReintegrationMinimumLeaveDays);
        Assert.Equal(30, d.ReintegrationWindowDays);
        PolicyParameters.Default.Validate();
    }

    [Fact]
    public void FromJson_PartialFile_KeepsEveryOtherDefault()
    {
        var parameters = PolicyParameters.FromJson("""{ "reviewCadence": { "checkInIntervalDays": 14, "orgUnitCheckInIntervalDays": { "engineering": 10 } } }""");

        Assert.Equal(14, parameters.ReviewCadence.CheckInIntervalDays);
        Assert.Equal(10, parameters.ReviewCadence.OrgUnitCheckInIntervalDays["engineering"]);
        var expected = PolicyParameters.Default with
        {
            ReviewCadence = PolicyParameters.Default.ReviewCadence with { CheckInIntervalDays = 14, OrgUnitCheckInIntervalDays = new Dictionary<string, int> { ["engineering"] = 10 } },
        };
        Assert.Equal(expected.ToJson(), parameters.ToJson());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("\uFEFF{}")]
    [InlineData("""{ "ratingConsequences": {} }""")]
    public void FromJson_EmptyFile_IsTheDefaults(string json)
    {
        Assert.Equal(PolicyParameters.Default.ToJson(), PolicyParameters.FromJson(json).ToJson());
    }

    [Fact]
    public void FromJson_EveryPack_BindsItsValues()
    {
        var parameters = PolicyParameters.FromJson("""
            {
              "reviewCadence": { "probationReviewDays": [14, 45], "employeeCheckInIntervalDays": { "e-1": 5 } },
              "ratingConsequences": { "recognitionRatingLabel": "Exceeds expectations", "calibrationMaximumTopShare": 0.4 },
              "developmentTriggers": { "keyResultAtRiskGap": 0.25, "minimumConversationsPerReport": 0.5 }
            }
            """);

        Assert.Equal([14, 45], parameters.ReviewCadence.ProbationReviewDays);
        Assert.Equal(5, parameters.ReviewCadence.EmployeeCheckInIntervalDays["e-1"]);
        Assert.Equal("Exceeds expectations", parameters.RatingConsequences.RecognitionRatingLabel);
        Assert.Equal(0.4, parameters.RatingConsequences.CalibrationMaximumTopShare);
        Assert.Equal(0.25, parameters.DevelopmentTriggers.KeyResultAtRiskGap);
        Assert.Equal(0.5, parameters.DevelopmentTriggers.MinimumConversationsPerReport);
        Assert.Equal(30, parameters.ReviewCadence.CheckInIntervalDays);
    }

    [Fact]
    public void ToJson_RoundTripsThroughFromJson()
    {
        var json = PolicyParameters.Default.ToJson();

        Assert.Equal(json, PolicyParameters.FromJson(json).ToJson());
    }

    [Theory]
    [InlineData("""{ "reviewCadence": { "checkInIntervalDays": -1 } }""", "$.reviewCadence.checkInIntervalDays")]
    [InlineData("""{ "reviewCadence": { "checkInIntervalDays": 0 } }""", "$.reviewCadence.checkInIntervalDays")]
    [InlineData("""{ "reviewCadence": { "probationCheckInIntervalDays": 0 } }""", "$.reviewCadence.probationCheckInIntervalDays")]
    [InlineData("""{ "reviewCadence": { "improvementPlanCheckInIntervalDays": -7 } }""", "$.reviewCadence.improvementPlanCheckInIntervalDays")]
    [InlineData("""{ "reviewCadence": { "orgUnitCheckInIntervalDays": { "engineering": 0 } } }""", "$.reviewCadence.orgUnitCheckInIntervalDays.engineering")]
    [InlineData("""{ "reviewCadence": { "employeeCheckInIntervalDays": { "e-1": -3 } } }""", "$.reviewCadence.employeeCheckInIntervalDays.e-1")]
    [InlineData("""{ "reviewCadence": { "overdueGraceDays": -1 } }""", "$.reviewCadence.overdueGraceDays")]
    [InlineData("""{ "reviewCadence": { "skipLevelEscalationDays": -1 } }""", "$.reviewCadence.skipLevelEscalationDays")]
    [InlineData("""{ "reviewCadence": { "humanResourcesEscalationDays": 13 } }""", "$.reviewCadence.humanResourcesEscalationDays")]
    [InlineData("""{ "reviewCadence": { "probationReviewDays": [30, 30, 90] } }""", "$.reviewCadence.probationReviewDays[1]")]
    [InlineData("""{ "reviewCadence": { "probationReviewDays": [30, 90, 60] } }""", "$.reviewCadence.probationReviewDays[2]")]
    [InlineData("""{ "reviewCadence": { "probationReviewDays": [0, 30] } }""", "$.reviewCadence.probationReviewDays[0]")]
    [InlineData("""{ "reviewCadence": { "probationReviewLeadDays": -1 } }""", "$.reviewCadence.probationReviewLeadDays")]
    [InlineData("""{ "reviewCadence": { "reviewMinimumTenureDays": -1 } }""", "$.reviewCadence.reviewMinimumTenureDays")]
    [InlineData("""{ "reviewCadence": { "reviewOverdueReportingDays": -1 } }""", "$.reviewCadence.reviewOverdueReportingDays")]
    [InlineData("""{ "reviewCadence": null }""", "$.reviewCadence")]
    [InlineData("""{ "ratingConsequences": { "recognitionRatingLabel": " " } }""", "$.ratingConsequences.recognitionRatingLabel")]
    [InlineData("""{ "ratingConsequences": { "promotionMinimumMonthsInRole": -1 } }""", "$.ratingConsequences.promotionMinimumMonthsInRole")]
    [InlineData("""{ "ratingConsequences": { "improvementPlanDurationDays": 0 } }""", "$.ratingConsequences.improvementPlanDurationDays")]
    [InlineData("""{ "ratingConsequences": { "feedbackLookbackDays": 0 } }""", "$.ratingConsequences.feedbackLookbackDays")]
    [InlineData("""{ "ratingConsequences": { "calibrationMinimumGroupSize": 1 } }""", "$.ratingConsequences.calibrationMinimumGroupSize")]
    [InlineData("""{ "ratingConsequences": { "calibrationMaximumTopShare": 0 } }""", "$.ratingConsequences.calibrationMaximumTopShare")]
    [InlineData("""{ "ratingConsequences": { "calibrationMaximumTopShare": 1.5 } }""", "$.ratingConsequences.calibrationMaximumTopShare")]
    [InlineData("""{ "ratingConsequences": { "calibrationMaximumTopShare": -0.1 } }""", "$.ratingConsequences.calibrationMaximumTopShare")]
    [InlineData("""{ "developmentTriggers": { "keyResultAtRiskGap": 0 } }""", "$.developmentTriggers.keyResultAtRiskGap")]
    [InlineData("""{ "developmentTriggers": { "keyResultAtRiskGap": 1.01 } }""", "$.developmentTriggers.keyResultAtRiskGap")]
    [InlineData("""{ "developmentTriggers": { "onboardingWindowDays": 0 } }""", "$.developmentTriggers.onboardingWindowDays")]
    [InlineData("""{ "developmentTriggers": { "newManagerWindowDays": -1 } }""", "$.developmentTriggers.newManagerWindowDays")]
    [InlineData("""{ "developmentTriggers": { "managerConversationWindowDays": 0 } }""", "$.developmentTriggers.managerConversationWindowDays")]
    [InlineData("""{ "developmentTriggers": { "minimumConversationsPerReport": -1 } }""", "$.developmentTriggers.minimumConversationsPerReport")]
    [InlineData("""{ "developmentTriggers": { "reintegrationMinimumLeaveDays": 0 } }""", "$.developmentTriggers.reintegrationMinimumLeaveDays")]
    [InlineData("""{ "developmentTriggers": { "reintegrationWindowDays": 0 } }""", "$.developmentTriggers.reintegrationWindowDays")]
    public void FromJson_InvalidValue_IsRejectedNamingTheParameter(string json, string path)
    {
        var ex = Assert.Throws<InvalidParametersException>(() => PolicyParameters.FromJson(json));

        Assert.Equal(path, ex.Path);
        Assert.StartsWith(path + ": ", ex.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(ex.Reason));
    }

    [Theory]
    [InlineData("""{ "reviewCadence": { "checkinIntervalDays": 14 } }""", "$.reviewCadence", "checkinIntervalDays")]
    [InlineData("""{ "reviewcadence": { } }""", "$", "reviewcadence")]
    [InlineData("""{ "developmentTriggers": { "keyResultAtRiskGap": 0.3, "atRiskGap": 0.2 } }""", "$.developmentTriggers", "atRiskGap")]
    public void FromJson_UnknownParameter_IsRejectedNamingIt(string json, string path, string name)
    {
        var ex = Assert.Throws<InvalidParametersException>(() => PolicyParameters.FromJson(json));

        Assert.Equal(path, ex.Path);
        Assert.Contains($"unknown parameter '{name}'", ex.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "reviewCadence": { "checkInIntervalDays": 14 """)]
    [InlineData("""{ "reviewCadence": { "checkInIntervalDays": } }""")]
    [InlineData("not json")]
    public void FromJson_MalformedJson_IsRejectedWithTheLine(string json)
    {
        var ex = Assert.Throws<InvalidParametersException>(() => PolicyParameters.FromJson(json));

        Assert.Contains("(line 1)", ex.Reason, StringComparison.Ordinal);
        Assert.IsType<System.Text.Json.JsonException>(ex.InnerException, exactMatch: false);
    }

    [Fact]
    public void FromJson_StringWhereANumberBelongs_IsRejectedAtThatPath()
    {
        var ex = Assert.Throws<InvalidParametersException>(() => PolicyParameters.FromJson("""{ "reviewCadence": { "checkInIntervalDays": "14" } }"""));

        Assert.Equal("$.reviewCadence.checkInIntervalDays", ex.Path);
    }

    [Fact]
    public void Evaluate_RecognitionLabelNotOnTheScale_IsRejected()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Build();
        var parameters = PolicyParameters.FromJson("""{ "ratingConsequences": { "recognitionRatingLabel": "Superstar" } }""");

        var ex = Assert.Throws<InvalidParametersException>(() => DefaultEngine.Evaluate(snapshot, D(2026, 3, 1), parameters));

        Assert.Equal("$.ratingConsequences.recognitionRatingLabel", ex.Path);
        Assert.Contains("'Superstar'", ex.Reason, StringComparison.Ordinal);
        Assert.Throws<InvalidParametersException>(() => DefaultEngine.CreatePartition(snapshot, D(2026, 3, 1), parameters));
        Assert.Throws<InvalidParametersException>(() => DefaultEngine.Explain(snapshot, D(2026, 3, 1), new Employees.EmployeeId("e-1"), parameters));
    }

    [Fact]
    public void Evaluate_RecognitionLabelOnTheScaleInAnotherCase_IsAccepted()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Build();

        DefaultEngine.Evaluate(snapshot, D(2026, 3, 1), PolicyParameters.FromJson("""{ "ratingConsequences": { "recognitionRatingLabel": "outstanding" } }"""));
    }

    [Fact]
    public void Evaluate_InvalidParametersBuiltInCode_AreRejected()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Build();
        var parameters = WithCadence(c => c with { CheckInIntervalDays = -30 });

        var ex = Assert.Throws<InvalidParametersException>(() => DefaultEngine.Evaluate(snapshot, D(2026, 3, 1), parameters));

        Assert.Equal("$.reviewCadence.checkInIntervalDays", ex.Path);
        Assert.Throws<InvalidParametersException>(() => TestRuntime.CreateBuilder().AddDefaultPacks().UseParameters(parameters));
    }

    [Fact]
    public void FromJson_Null_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => PolicyParameters.FromJson((string)null!));
    }

    [Fact]
    public void FromJson_DocumentThatIsNull_IsRefused_AsASnapshotIs()
    {
        var expected = "$: must not be null; a parameter file is an object of sections, and {} keeps every default.";

        Assert.Equal(expected, Assert.Throws<InvalidParametersException>(() => PolicyParameters.FromJson("null")).Message);
        Assert.Equal(expected, Assert.Throws<InvalidParametersException>(() => PolicyParameters.FromJson(" null "u8)).Message);
    }

    [Theory]
    [InlineData("""{"reviewCadence":{"checkInIntervalDays":14},"reviewCadence":{}}""", "$.reviewCadence: the member 'reviewCadence' appears more than once (line 1).")]
    [InlineData("""{"reviewCadence":{"checkInIntervalDays":14,"checkInIntervalDays":20}}""", "$.reviewCadence.checkInIntervalDays: the member 'checkInIntervalDays' appears more than once (line 1).")]
    [InlineData("""{"reviewCadence":{"orgUnitCheckInIntervalDays":{"u-eng":14,"u-eng":20}}}""", "$.reviewCadence.orgUnitCheckInIntervalDays.u-eng: the member 'u-eng' appears more than once (line 1).")]
    public void FromJson_RepeatedMember_IsRefused_AsASnapshotIs(string json, string expected)
    {
        Assert.Equal(expected, Assert.Throws<InvalidParametersException>(() => PolicyParameters.FromJson(json)).Message);
        Assert.Equal(expected, Assert.Throws<InvalidParametersException>(() => PolicyParameters.FromJson(System.Text.Encoding.UTF8.GetBytes(json))).Message);
    }

    [Fact]
    public void FromJson_Utf8Bytes_WithOrWithoutAByteOrderMark_AreTheSameParameters()
    {
        var json = """{ "reviewCadence": { "checkInIntervalDays": 14 } }""";
        byte[] marked = [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(json)];

        Assert.Equal(PolicyParameters.FromJson(json).ToJson(), PolicyParameters.FromJson(marked).ToJson());
        Assert.Equal(PolicyParameters.FromJson(json).ToJson(), PolicyParameters.FromJson(System.Text.Encoding.UTF8.GetBytes(json)).ToJson());
        Assert.Equal(14, PolicyParameters.FromJson(marked).ReviewCadence.CheckInIntervalDays);
    }

    [Theory]
    [InlineData(false, false, "UTF-16 (little-endian)")]
    [InlineData(true, false, "UTF-16 (big-endian)")]
    [InlineData(false, true, "UTF-32 (little-endian)")]
    [InlineData(true, true, "UTF-32 (big-endian)")]
    public void FromJson_OtherEncoding_IsRefusedNamingIt(bool bigEndian, bool utf32, string named)
    {
        System.Text.Encoding encoding = utf32 ? new System.Text.UTF32Encoding(bigEndian, byteOrderMark: false) : new System.Text.UnicodeEncoding(bigEndian, byteOrderMark: false);
        var text = encoding.GetBytes("""{ "reviewCadence": { "checkInIntervalDays": 14 } }""");
        byte[] marked = [.. encoding.GetPreamble(), .. text];

        foreach (var bytes in new[] { text, marked })
        {
            var error = Assert.Throws<InvalidParametersException>(() => PolicyParameters.FromJson(bytes));
            Assert.Equal($"$: the text is {named}; a parameter file must be UTF-8 (with or without a byte order mark): save the file as UTF-8.", error.Message);
        }
    }
}
