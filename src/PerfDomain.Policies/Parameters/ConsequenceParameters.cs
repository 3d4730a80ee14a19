namespace PerfDomain.Policies.Parameters;

/// <summary>The parameters of the rating-consequences pack.</summary>
public sealed record ConsequenceParameters
{
    /// <summary>
    /// Gets the label of the rating that earns a recognition recommendation, or <see langword="null"/>
    /// (the default) for the top point of each cycle's scale. A label must exist on the cycle's scale.
    /// </summary>
    public string? RecognitionRatingLabel { get; init; }

    /// <summary>Gets how many months in role promotion readiness needs (12).</summary>
    public int PromotionMinimumMonthsInRole { get; init; } = 12;

    /// <summary>Gets how long a recommended improvement plan lasts, in days (60).</summary>
    public int ImprovementPlanDurationDays { get; init; } = 60;

    /// <summary>Gets how far back documented feedback must exist before corrective action, in days (90): "no surprises".</summary>
    public int FeedbackLookbackDays { get; init; } = 90;

    /// <summary>Gets the smallest group of a manager's ratings in a cycle that calibration analysis looks at (5).</summary>
    public int CalibrationMinimumGroupSize { get; init; } = 5;

    /// <summary>Gets the largest share of a group at the top point before calibration review is advised (0.5).</summary>
    public double CalibrationMaximumTopShare { get; init; } = 0.5;

    /// <summary>Gets the smallest group of a manager's calibrated ratings in a cycle, all at the top point, that HR is asked to review (5).</summary>
    public int CalibrationDistributionMinimumGroupSize { get; init; } = 5;
}
