using NodaTime;

namespace ReferenceHost.Data;

/// <summary>A check-in; participants and progress notes are JSON columns.</summary>
internal sealed class CheckInRow
{
    public string TenantId { get; set; } = string.Empty;

    public string Id { get; set; } = string.Empty;

    public string EmployeeId { get; set; } = string.Empty;

    public LocalDate Date { get; set; }

    public string ParticipantsJson { get; set; } = string.Empty;

    public string ProgressJson { get; set; } = string.Empty;

    public string? Summary { get; set; }
}
