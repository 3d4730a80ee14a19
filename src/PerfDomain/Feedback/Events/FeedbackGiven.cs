using NodaTime;
using PerfDomain.Employees;

namespace PerfDomain.Feedback.Events;

/// <summary>A feedback note was given.</summary>
/// <param name="FeedbackNoteId">The note.</param>
/// <param name="FromId">Who gave it.</param>
/// <param name="AboutId">Whom it is about.</param>
/// <param name="Direction">Which way it travels.</param>
/// <param name="OccurredOn">The day it was given.</param>
public sealed record FeedbackGiven(FeedbackNoteId FeedbackNoteId, EmployeeId FromId, EmployeeId AboutId, FeedbackDirection Direction, LocalDate OccurredOn) : IDomainEvent;
