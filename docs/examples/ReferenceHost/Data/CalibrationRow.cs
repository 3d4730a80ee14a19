using NodaTime;

namespace ReferenceHost.Data;

/// <summary>One calibration of a review's overall rating, in order (Seq).</summary>
internal sealed class CalibrationRow
{
    public string TenantId { get; set; } = string.Empty;

    public string ReviewId { get; set; } = string.Empty;

    public int Seq { get; set; }

    public int OriginalRating { get; set; }

    public int CalibratedRating { get; set; }

    public string CalibratedBy { get; set; } = string.Empty;

    public string? Reason { get; set; }

    public LocalDate CalibratedOn { get; set; }
}
