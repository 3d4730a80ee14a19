using NodaTime;

namespace PerfDomain;

/// <summary>
/// Something that happened in the performance-management lifecycle, named in the past tense
/// (<c>CheckInRecorded</c>, <c>RatingCalibrated</c>). Hosts persist these as they see fit.
/// </summary>
/// <remarks>Implementations are immutable records.</remarks>
public interface IDomainEvent
{
    /// <summary>Gets the calendar date on which the change took effect.</summary>
    LocalDate OccurredOn { get; }
}
