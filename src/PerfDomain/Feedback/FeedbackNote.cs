using Ardalis.GuardClauses;
using NodaTime;
using PerfDomain.Employees;
using PerfDomain.Feedback.Events;

namespace PerfDomain.Feedback;

/// <summary>Feedback from one person about another (or about themselves), in a direction.</summary>
/// <remarks>
/// Self feedback is given by the person it is about; any other direction needs two different
/// people. Whether "downward" and "upward" match the reporting line on the day (the giver above the
/// receiver, or below) is checked by <see cref="Snapshots.OrganizationSnapshot"/>, which knows the
/// reporting lines. Immutable once given; identity is <see cref="Id"/>.
/// </remarks>
public sealed class FeedbackNote : AggregateRoot
{
    private FeedbackNote(FeedbackNoteId id, EmployeeId fromId, EmployeeId aboutId, FeedbackDirection direction, LocalDate date, string text)
    {
        Id = id;
        FromId = fromId;
        AboutId = aboutId;
        Direction = direction;
        Date = date;
        Text = text;
    }

    /// <summary>Gets the note's identifier.</summary>
    public FeedbackNoteId Id { get; }

    /// <summary>Gets who gave the feedback.</summary>
    public EmployeeId FromId { get; }

    /// <summary>Gets whom the feedback is about.</summary>
    public EmployeeId AboutId { get; }

    /// <summary>Gets which way the feedback travels.</summary>
    public FeedbackDirection Direction { get; }

    /// <summary>Gets the day it was given.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the feedback itself.</summary>
    public string Text { get; }

    /// <summary>Gives a feedback note.</summary>
    /// <param name="id">The note's identifier.</param>
    /// <param name="fromId">Who gives it.</param>
    /// <param name="aboutId">Whom it is about.</param>
    /// <param name="direction">Which way it travels.</param>
    /// <param name="date">The day it is given.</param>
    /// <param name="text">The feedback, at most 4,000 characters.</param>
    /// <returns>The note, with a <see cref="FeedbackGiven"/> event recorded.</returns>
    /// <exception cref="DomainRuleViolationException">Self feedback about someone else, or other feedback about oneself (<c>feedback.direction</c>).</exception>
    public static FeedbackNote Give(FeedbackNoteId id, EmployeeId fromId, EmployeeId aboutId, FeedbackDirection direction, LocalDate date, string text)
    {
        Guard.Against.DefaultId(id);
        Guard.Against.DefaultId(fromId);
        Guard.Against.DefaultId(aboutId);
        Guard.Against.EnumOutOfRange(direction);
        Guard.Against.InvalidText(text, 4000);
        if ((direction == FeedbackDirection.Self) != (fromId == aboutId))
        {
            throw new DomainRuleViolationException(
                "feedback.direction",
                direction == FeedbackDirection.Self
                    ? $"Feedback note '{id}' is self feedback, but '{fromId}' gives it about '{aboutId}'."
                    : $"Feedback note '{id}' is {direction} feedback that '{fromId}' gives about themselves; use {FeedbackDirection.Self}.");
        }

        var note = new FeedbackNote(id, fromId, aboutId, direction, date, text);
        note.Record(new FeedbackGiven(id, fromId, aboutId, direction, date));
        return note;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Direction} from {FromId} about {AboutId} on {Date:uuuu-MM-dd}";
}
