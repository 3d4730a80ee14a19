namespace PerfDomain.Consequences;

/// <summary>The kinds of recognition and reward.</summary>
public enum RecognitionKind
{
    /// <summary>Public or personal acknowledgement of good work.</summary>
    Recognition = 0,

    /// <summary>Eligibility for a performance bonus.</summary>
    BonusEligibility = 1,

    /// <summary>Nomination for promotion.</summary>
    PromotionNomination = 2,
}
