namespace PerfDomain.Reviews;

/// <summary>A rating of one competency in a review.</summary>
/// <param name="CompetencyId">The competency.</param>
/// <param name="Rating">The rating, a point of the cycle's scale.</param>
public sealed record CompetencyRating(CompetencyId CompetencyId, int Rating);
