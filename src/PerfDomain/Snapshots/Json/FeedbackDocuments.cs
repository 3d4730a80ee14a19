using NodaTime;
using PerfDomain.Feedback;

namespace PerfDomain.Snapshots.Json;

#pragma warning disable CA1812 // Instantiated by System.Text.Json.
#pragma warning disable CA2227 // Collection properties are set by System.Text.Json.
internal sealed class CheckInDocument
{
    public string? Id { get; set; }

    public string? EmployeeId { get; set; }

    public LocalDate? Date { get; set; }

    public List<string?>? Participants { get; set; }

    public List<ProgressNoteDocument?>? Progress { get; set; }

    public string? Summary { get; set; }
}

internal sealed class ProgressNoteDocument
{
    public string? KeyResultId { get; set; }

    public decimal? Value { get; set; }

    public int? Confidence { get; set; }
}

internal sealed class FeedbackNoteDocument
{
    public string? Id { get; set; }

    public string? FromId { get; set; }

    public string? AboutId { get; set; }

    public FeedbackDirection? Direction { get; set; }

    public LocalDate? Date { get; set; }

    public string? Text { get; set; }
}
#pragma warning restore CA2227
#pragma warning restore CA1812
