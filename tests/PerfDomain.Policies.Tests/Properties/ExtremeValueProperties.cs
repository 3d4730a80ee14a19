using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PerfDomain.Policies.Parameters;
using PerfDomain.Policies.Tests.TestSupport;
using PerfDomain.Snapshots;
using PerfDomain.Tests.Snapshots;

namespace PerfDomain.Policies.Tests.Properties;

/// <summary>
/// Evaluation never fails on input that validation accepts: every parameter at its minimum, its maximum
/// or in between, a snapshot moved to either end of the supported dates, and an as-of date anywhere
/// in them, including their first and last day.
/// </summary>
public sealed partial class ExtremeValueProperties
{
    private static readonly Policies.Evaluation.PolicyEngine Engine = TestRuntime.CreateBuilder().AddDefaultPacks().Build();

    public static Arbitrary<ExtremeCase> Cases()
    {
        var wholeNumbers = ParameterBounds.WholeNumbers.Where(b => !b.Key.Contains('*', StringComparison.Ordinal)).OrderBy(b => b.Key, StringComparer.Ordinal).ToList();
        var supported = OrganizationSnapshot.SupportedDates;
        var span = Period.DaysBetween(supported.Start, supported.End);
        var values = Gen.CollectToArray(wholeNumbers.Select(b => Extreme(b.Value.Minimum, b.Value.Maximum)));
        var gen = from numbers in values
                  from shares in Gen.CollectToArray(Enumerable.Range(0, 2).Select(_ => Gen.Elements(1e-9, 0.5, 1.0)))
                  from perReport in Gen.Elements(0.0, 1.0, 100.0)
                  from probation in Gen.Elements(new[] { 1 }, new[] { ParameterBounds.MaxDays }, new[] { 1, 2, ParameterBounds.MaxDays })
                  from seed in Gen.Choose(0, 10_000)
                  from size in Gen.Choose(1, 8)
                  from move in Gen.Elements(Move.None, Move.ToTheStart, Move.ToTheEnd)
                  from asOf in Gen.OneOf(Gen.Constant(0), Gen.Constant(span), Gen.Choose(0, span))
                  select new ExtremeCase(
                      wholeNumbers.Select((b, i) => (b.Key, numbers[i])).ToArray(),
                      shares[0],
                      shares[1],
                      perReport,
                      probation,
                      seed,
                      size,
                      move,
                      supported.Start.PlusDays(asOf));
        return Arb.From(gen);
    }

    [Property(Arbitrary = [typeof(ExtremeValueProperties)], MaxTest = 60)]
    public void Evaluate_AnyAcceptedInput_NeverFails(ExtremeCase input)
    {
        var parameters = PolicyParameters.FromJson(input.ParametersJson());
        if (input.Snapshot() is not { } snapshot)
        {
            return; // Refused by the reader (a 29 February moved to a common year): not accepted input.
        }

        var outcome = Engine.Evaluate(snapshot, input.AsOf, parameters);

        Assert.Empty(outcome.Failures);
        Assert.All(outcome.Decisions, d => Assert.False(string.IsNullOrWhiteSpace(d.Explanation.Reason)));
    }

    [Theory]
    [InlineData(Move.ToTheEnd, true)]
    [InlineData(Move.ToTheStart, true)]
    [InlineData(Move.ToTheEnd, false)]
    [InlineData(Move.ToTheStart, false)]
    public void Evaluate_EveryParameterAtAnExtreme_OnTheFirstAndLastSupportedDays_DoesNotFail(Move move, bool maxima)
    {
        var values = ParameterBounds.WholeNumbers.Where(b => !b.Key.Contains('*', StringComparison.Ordinal)).Select(b => (b.Key, maxima ? b.Value.Maximum : b.Value.Minimum)).ToArray();
        foreach (var asOf in new[] { OrganizationSnapshot.SupportedDates.Start, OrganizationSnapshot.SupportedDates.End })
        {
            var input = new ExtremeCase(values, maxima ? 1.0 : 1e-9, maxima ? 1.0 : 1e-9, maxima ? 100.0 : 0.0, [maxima ? ParameterBounds.MaxDays : 1], 7, 8, move, asOf);
            var snapshot = input.Snapshot();
            Assert.NotNull(snapshot);

            var outcome = Engine.Evaluate(snapshot, input.AsOf, PolicyParameters.FromJson(input.ParametersJson()));

            Assert.Empty(outcome.Failures);
        }
    }

    public enum Move
    {
        None,
        ToTheStart,
        ToTheEnd,
    }

    private static Gen<int> Extreme(int minimum, int maximum) => Gen.OneOf(Gen.Constant(minimum), Gen.Constant(maximum), Gen.Choose(minimum, maximum));

    /// <summary>Parameters at their extremes, a generated organisation, where its dates are moved to, and the as-of date.</summary>
    public sealed record ExtremeCase(
        (string Path, int Value)[] WholeNumbers,
        double TopShare,
        double AtRiskGap,
        double PerReport,
        int[] ProbationReviewDays,
        int Seed,
        int Size,
        Move Move,
        LocalDate AsOf)
    {
        public string ParametersJson()
        {
            var root = new JsonObject();
            foreach (var (path, value) in WholeNumbers)
            {
                Set(root, path, value);
            }

            // The one order between parameters: HR is told no earlier than the skip-level manager.
            var cadence = root["reviewCadence"]!.AsObject();
            cadence["humanResourcesEscalationDays"] = Math.Max((int)cadence["humanResourcesEscalationDays"]!, (int)cadence["skipLevelEscalationDays"]!);
            cadence["probationReviewDays"] = new JsonArray(ProbationReviewDays.Select(d => (JsonNode)d).ToArray());
            Set(root, "$.ratingConsequences.calibrationMaximumTopShare", TopShare);
            Set(root, "$.developmentTriggers.keyResultAtRiskGap", AtRiskGap);
            Set(root, "$.developmentTriggers.minimumConversationsPerReport", PerReport);
            return root.ToJsonString();
        }

        /// <summary>The organisation, its dates moved so that the latest is the last supported day or the earliest the first; null when the reader refuses the result.</summary>
        public OrganizationSnapshot? Snapshot()
        {
            var json = SnapshotWriter.Write(RandomOrganization.Build(Seed, Size));
            if (Move != Move.None)
            {
                var years = DatePattern().Matches(json).Select(m => int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)).ToList();
                var shift = Move == Move.ToTheEnd ? OrganizationSnapshot.SupportedDates.End.Year - years.Max() : OrganizationSnapshot.SupportedDates.Start.Year - years.Min();
                json = DatePattern().Replace(json, m => $"\"{int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) + shift:0000}-{m.Groups["rest"].Value}\"");
            }

            try
            {
                return SnapshotReader.Read(json);
            }
            catch (InvalidSnapshotException)
            {
                return null;
            }
        }

        public override string ToString() =>
            $"parameters {ParametersJson()}; RandomOrganization.Build({Seed}, {Size}) moved {Move}; as of {AsOf:uuuu-MM-dd}";

        private static void Set(JsonObject root, string path, JsonNode value)
        {
            var parts = path[2..].Split('.');
            var section = root[parts[0]] as JsonObject ?? (JsonObject)(root[parts[0]] = new JsonObject());
            section[parts[1]] = value;
        }
    }

    [GeneratedRegex(@"""(?<year>\d{4})-(?<rest>\d{2}-\d{2})""")]
    private static partial Regex DatePattern();
}
