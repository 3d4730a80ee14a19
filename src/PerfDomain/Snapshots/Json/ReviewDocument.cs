using NodaTime;
using PerfDomain.Reviews;

namespace PerfDomain.Snapshots.Json;

#pragma warning disable CA1812 // Instantiated by System.Text.Json.
#pragma warning disable CA2227 // Collection properties are set by System.Text.Json.
internal sealed class ReviewDocument
{
    public string? Id { get; set; }

    public string? CycleId { get; set; }

    public string? EmployeeId { get; set; }

    public string? ReviewerId { get; set; }

    public ReviewerRole? Role { get; set; }

    public LocalDate? StartedOn { get; set; }

    public LocalDate? SubmittedOn { get; set; }

    public int? OverallRating { get; set; }

    public List<CompetencyRatingDocument?>? CompetencyRatings { get; set; }

    public List<CalibrationDocument?>? Calibrations { get; set; }
}

internal sealed class CompetencyRatingDocument
{
    public string? CompetencyId { get; set; }

    public int? Rating { get; set; }
}

internal sealed class CalibrationDocument
{
    public int? OriginalRating { get; set; }

    public int? CalibratedRating { get; set; }

    public string? CalibratedBy { get; set; }

    public string? Reason { get; set; }

    public LocalDate? CalibratedOn { get; set; }
}
#pragma warning restore CA2227
#pragma warning restore CA1812
