using NodaTime;
using PerfDomain.Feedback;

namespace PerfDomain.Snapshots.Json;

#pragma warning disable CA1812 // Instantiated by System.Text.Json.
#pragma warning disable CA2227 // Collection properties are set by System.Text.Json.
internal sealed class CheckInDocument
{
    [Id]
    public string? Id { get; set; }

    [Id]
    public string? EmployeeId { get; set; }

    public LocalDate? Date { get; set; }

    public List<string?>? Participants { get; set; }

    public List<ProgressNoteDocument?>? Progress { get; set; }

    [Text(4000)]
    public string? Summary { get; set; }
}

internal sealed class ProgressNoteDocument
{
    [Id]
    public string? KeyResultId { get; set; }

    public decimal? Value { get; set; }

    [WholeNumber(0, 10)]
    public int? Confidence { get; set; }
}

internal sealed class FeedbackNoteDocument
{
    [Id]
    public string? Id { get; set; }

    [Id]
    public string? FromId { get; set; }

    [Id]
    public string? AboutId { get; set; }

    public FeedbackDirection? Direction { get; set; }

    public LocalDate? Date { get; set; }

    [Text(4000)]
    public string? Text { get; set; }
}
#pragma warning restore CA2227
#pragma warning restore CA1812
