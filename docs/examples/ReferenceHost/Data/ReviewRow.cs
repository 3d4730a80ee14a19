using NodaTime;
using PerfDomain.Reviews;

namespace ReferenceHost.Data;

/// <summary>A review; its calibrations are in calibrations, its competency ratings a JSON column.</summary>
internal sealed class ReviewRow
{
    public string TenantId { get; set; } = string.Empty;

    public string Id { get; set; } = string.Empty;

    public string CycleId { get; set; } = string.Empty;

    public string EmployeeId { get; set; } = string.Empty;

    public string ReviewerId { get; set; } = string.Empty;

    public ReviewerRole Role { get; set; }

    public LocalDate StartedOn { get; set; }

    public LocalDate? SubmittedOn { get; set; }

    public int? OverallRating { get; set; }

    public string CompetencyRatingsJson { get; set; } = string.Empty;
}
