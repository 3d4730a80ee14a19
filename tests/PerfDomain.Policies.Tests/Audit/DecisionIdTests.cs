using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfDomain.Policies.Audit;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Tests.TestSupport;

namespace PerfDomain.Policies.Tests.Audit;

public sealed class DecisionIdTests
{
    private static readonly Lazy<Decision> WithTwoFacts = new(() => SampleOrganization.Evaluate().Decisions.First(d => d.Explanation.Facts.Count > 1));

    [Fact]
    public void Of_EveryDecisionOfTheSample_IsWellFormedAndDistinct()
    {
        var decisions = SampleOrganization.Evaluate().Decisions;

        var ids = decisions.Select(DecisionId.Of).ToList();

        Assert.All(ids, id => Assert.True(DecisionId.IsWellFormed(id.Value), id.Value));
        Assert.Equal(decisions.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Of_TheSameRecommendationOnAnotherDay_KeepsItsId_ThoughItsDueDateAndReasonMove()
    {
        var before = SampleOrganization.Evaluate(SampleOrganization.ReferenceDate);
        var after = SampleOrganization.Evaluate(SampleOrganization.ReferenceDate.PlusDays(3));
        var overdue = before.Decisions.First(d => d.Kind == DecisionKind.CheckInOverdue);
        var later = after.Decisions.Single(d => d.Kind == overdue.Kind && d.EmployeeId == overdue.EmployeeId);

        Assert.NotEqual(overdue.Explanation.Reason, later.Explanation.Reason);
        Assert.Equal(DecisionId.Of(overdue), DecisionId.Of(later));
    }

    [Fact]
    public void Of_AnotherPackVersionOrFactOrSubject_GivesAnotherId()
    {
        var decision = SampleOrganization.Evaluate().Decisions.First(d => d.Explanation.Facts.Count > 1);
        var id = DecisionId.Of(decision);
        var facts = decision.Explanation.Facts;

        Assert.NotEqual(id, DecisionId.Of(decision with { Explanation = decision.Explanation with { PackVersion = "9.9.9" } }));
        Assert.NotEqual(id, DecisionId.Of(decision with { Subject = "day 30" }));
        Assert.NotEqual(id, DecisionId.Of(decision with { Explanation = decision.Explanation with { Facts = [.. facts.Reverse()] } }));
        Assert.NotEqual(id, DecisionId.Of(decision with { Explanation = decision.Explanation with { Facts = [facts[0] with { Id = facts[0].Id + "x" }, .. facts.Skip(1)] } }));
        Assert.Equal(id, DecisionId.Of(decision with { Explanation = decision.Explanation with { Reason = "Another sentence." }, DueOn = null }));
    }

    [Property(MaxTest = 200)]
    public void Of_AnySubjectAndFactIds_IsTheHashOfTheIdentityWrittenAsOneString(string? subject, NonEmptyArray<string?> factIds, PositiveInt repeat)
    {
        // Unicode, lone surrogates and long fields (past the first buffer) included.
        var decision = WithTwoFacts.Value;
        var longId = string.Concat(Enumerable.Repeat(factIds.Get[0] ?? "\ud83d", 1 + (repeat.Get % 300)));
        var facts = factIds.Get.Select((id, i) => decision.Explanation.Facts[i % 2] with { Id = i == 0 ? longId : id! }).ToList();
        var changed = decision with { Subject = subject, Explanation = decision.Explanation with { Facts = facts } };

        Assert.Equal(AsOneString(changed), DecisionId.Of(changed).Value);
    }

    [Theory]
    [InlineData("d-0123456789abcdef01234567", true)]
    [InlineData("d-0123456789ABCDEF01234567", false)]
    [InlineData("d-0123456789abcdef0123456", false)]
    [InlineData("x-0123456789abcdef01234567", false)]
    [InlineData(null, false)]
    public void IsWellFormed_AcceptsOnlyThePrefixAnd24LowerCaseHexDigits(string? text, bool expected) =>
        Assert.Equal(expected, DecisionId.IsWellFormed(text));

    // The definition (docs/decision-format.md): the identity as one length-prefixed string, UTF-8, SHA-256, 96 bits.
    private static string AsOneString(Decision decision)
    {
        var identity = new StringBuilder();
        string?[] fields = [decision.Kind.Name, decision.Explanation.Rule, decision.Explanation.Pack, decision.Explanation.PackVersion,
            decision.EmployeeId.Value, decision.CycleId?.Value, decision.Subject, .. decision.Explanation.Facts.SelectMany(f => new[] { f.Type, f.Id })];
        foreach (var field in fields)
        {
            identity.Append(field is null ? "-;" : $"{field.Length}:{field};");
        }

        return "d-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity.ToString()))[..12]);
    }
}
