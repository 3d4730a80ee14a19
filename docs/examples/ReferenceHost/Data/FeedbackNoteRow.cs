using NodaTime;
using PerfDomain.Feedback;

namespace ReferenceHost.Data;

/// <summary>A feedback note.</summary>
internal sealed class FeedbackNoteRow
{
    public string TenantId { get; set; } = string.Empty;

    public string Id { get; set; } = string.Empty;

    public string FromId { get; set; } = string.Empty;

    public string AboutId { get; set; } = string.Empty;

    public FeedbackDirection Direction { get; set; }

    public LocalDate Date { get; set; }

    public string Text { get; set; } = string.Empty;
}
