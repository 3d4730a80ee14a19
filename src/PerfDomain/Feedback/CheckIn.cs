using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using NodaTime;
using PerfDomain.Employees;
using PerfDomain.Feedback.Events;

namespace PerfDomain.Feedback;

/// <summary>
/// A regular conversation between an employee and their manager (and whoever else took part),
/// with the progress noted on the employee's key results.
/// </summary>
/// <remarks>Immutable once recorded; identity is <see cref="Id"/>.</remarks>
public sealed class CheckIn : AggregateRoot
{
    private CheckIn(CheckInId id, EmployeeId employeeId, LocalDate date, IReadOnlyList<EmployeeId> participants, IReadOnlyList<KeyResultProgressNote> progress, string? summary)
    {
        Id = id;
        EmployeeId = employeeId;
        Date = date;
        Participants = participants;
        Progress = progress;
        Summary = summary;
    }

    /// <summary>Gets the check-in's identifier.</summary>
    public CheckInId Id { get; }

    /// <summary>Gets the employee checked in with.</summary>
    public EmployeeId EmployeeId { get; }

    /// <summary>Gets the day it took place.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets everyone who took part other than the employee (usually their manager), in the order given.</summary>
    public IReadOnlyList<EmployeeId> Participants { get; }

    /// <summary>Gets the progress noted on key results.</summary>
    public IReadOnlyList<KeyResultProgressNote> Progress { get; }

    /// <summary>Gets a short summary of the conversation, if one was written.</summary>
    public string? Summary { get; }

    /// <summary>Records a check-in.</summary>
    /// <param name="id">The check-in's identifier.</param>
    /// <param name="employeeId">The employee checked in with.</param>
    /// <param name="date">The day it took place.</param>
    /// <param name="participants">Everyone else who took part: at least one, distinct, not the employee.</param>
    /// <param name="progress">Progress noted on key results, at most one note per key result; confidence, when given, from 0 to 10.</param>
    /// <param name="summary">A short summary, or <see langword="null"/>.</param>
    /// <returns>The check-in, with a <see cref="CheckInRecorded"/> event recorded.</returns>
    /// <exception cref="ArgumentException">The participants or the progress notes break the rules above.</exception>
    public static CheckIn Record(CheckInId id, EmployeeId employeeId, LocalDate date, IEnumerable<EmployeeId> participants, IEnumerable<KeyResultProgressNote>? progress = null, string? summary = null)
    {
        Guard.Against.DefaultId(id);
        Guard.Against.DefaultId(employeeId);
        Guard.Against.Null(participants);
        var others = participants.ToList();
        foreach (var participant in others)
        {
            Guard.Against.DefaultId(participant, nameof(participants));
        }

        if (others.Count == 0)
        {
            throw new ArgumentException($"Check-in '{id}' needs at least one participant besides employee '{employeeId}'.", nameof(participants));
        }

        if (others.Contains(employeeId))
        {
            throw new ArgumentException($"Check-in '{id}' lists employee '{employeeId}' among the other participants.", nameof(participants));
        }

        if (others.Distinct().Count() != others.Count)
        {
            throw new ArgumentException($"Check-in '{id}' lists a participant twice.", nameof(participants));
        }

        var notes = progress?.ToList() ?? [];
        foreach (var note in notes)
        {
            Guard.Against.Null(note, nameof(progress));
            Guard.Against.DefaultId(note.KeyResultId, nameof(progress));
        }

        if (notes.Select(n => n.KeyResultId).Distinct().Count() != notes.Count)
        {
            throw new ArgumentException($"Check-in '{id}' notes progress on one key result twice.", nameof(progress));
        }

        if (notes.Find(n => n.Confidence is < 0 or > 10) is { } bad)
        {
            throw new ArgumentException($"Check-in '{id}' gives key result '{bad.KeyResultId}' a confidence of {bad.Confidence}; confidence runs from 0 to 10.", nameof(progress));
        }

        if (summary is not null)
        {
            Guard.Against.InvalidText(summary, 4000);
        }

        var checkIn = new CheckIn(id, employeeId, date, new ReadOnlyCollection<EmployeeId>(others), new ReadOnlyCollection<KeyResultProgressNote>(notes), summary);
        checkIn.Record(new CheckInRecorded(id, employeeId, date));
        return checkIn;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {EmployeeId} on {Date:uuuu-MM-dd}";
}
