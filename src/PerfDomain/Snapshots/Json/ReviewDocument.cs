using NodaTime;
using PerfDomain.Reviews;

namespace PerfDomain.Snapshots.Json;

#pragma warning disable CA1812 // Instantiated by System.Text.Json.
#pragma warning disable CA2227 // Collection properties are set by System.Text.Json.
internal sealed class ReviewDocument
{
    [Id]
    public string? Id { get; set; }

    [Id]
    public string? CycleId { get; set; }

    [Id]
    public string? EmployeeId { get; set; }

    [Id]
    public string? ReviewerId { get; set; }

    public ReviewerRole? Role { get; set; }

    public LocalDate? StartedOn { get; set; }

    public LocalDate? SubmittedOn { get; set; }

    [WholeNumber(int.MinValue, int.MaxValue, "a point of the cycle's rating scale")]
    public int? OverallRating { get; set; }

    public List<CompetencyRatingDocument?>? CompetencyRatings { get; set; }

    public List<CalibrationDocument?>? Calibrations { get; set; }
}

internal sealed class CompetencyRatingDocument
{
    [Id]
    public string? CompetencyId { get; set; }

    [WholeNumber(int.MinValue, int.MaxValue, "a point of the cycle's rating scale")]
    public int? Rating { get; set; }
}

internal sealed class CalibrationDocument
{
    [WholeNumber(int.MinValue, int.MaxValue, "a point of the cycle's rating scale")]
    public int? OriginalRating { get; set; }

    [WholeNumber(int.MinValue, int.MaxValue, "a point of the cycle's rating scale")]
    public int? CalibratedRating { get; set; }

    [Id]
    public string? CalibratedBy { get; set; }

    [Text(2000)]
    public string? Reason { get; set; }

    public LocalDate? CalibratedOn { get; set; }
}
#pragma warning restore CA2227
#pragma warning restore CA1812
