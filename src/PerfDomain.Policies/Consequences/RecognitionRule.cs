using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Consequences;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Policies.Consequences;

/// <summary>Recognition for the top rating of an employee's latest calibrated review, unless already recognised for that cycle.</summary>
[Name(RuleName)]
[Description("Recognition is recommended for the top calibrated rating, unless the employee was recognised for that cycle already.")]
[Tag(ConsequenceRule.Pack)]
[Tag("recognition")]
public sealed class RecognitionRule : ConsequenceRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "consequences.recognition";

    /// <inheritdoc/>
    public override void Define()
    {
        EvaluationDate today = null!;
        ConsequenceParameters parameters = null!;
        RatingFact rating = null!;
        EmployeeFact employee = null!;

        When()
            .Match(() => today)
            .Match(() => parameters)
            .Match(() => rating, r => r.IsLatest, r => EarnsRecognition(r, parameters))
            .Match(() => employee, e => e.Id == rating.EmployeeId, e => e.IsWorking)
            .Not<RecognitionFact>(x => x.EmployeeId == rating.EmployeeId, x => x.CycleId == rating.CycleId, x => x.Kind == RecognitionKind.Recognition);

        Then()
            .Yield(ctx => Make(ctx, rating, parameters));
    }

    internal static bool EarnsRecognition(RatingFact rating, ConsequenceParameters parameters) =>
        parameters.RecognitionRatingLabel is { } label ? string.Equals(rating.Label, label, StringComparison.OrdinalIgnoreCase) : rating.IsTop;

    private Decision Make(IContext context, RatingFact rating, ConsequenceParameters parameters) =>
        Decide(
            context,
            DecisionKind.RecognitionRecommended,
            rating.EmployeeId,
            rating.CycleId,
            null,
            true,
            $"Recognise the calibrated rating '{rating.Label}' ({rating.Rating} of {rating.TopRating}) for cycle {rating.CycleId}.",
            Used("recognitionRatingLabel", parameters.RecognitionRatingLabel ?? "top point"));
}
