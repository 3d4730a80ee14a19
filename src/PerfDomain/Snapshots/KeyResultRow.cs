using NodaTime;
using PerfDomain.Goals;

namespace PerfDomain.Snapshots;

/// <summary>
/// A key result as a host stores it, for <see cref="SnapshotBuilder.AddObjective"/>: the
/// <c>keyResults</c> item of an objective in the snapshot format.
/// </summary>
/// <param name="Id">The key result's id, unique in the snapshot.</param>
/// <param name="Description">What is measured (at most 500 characters).</param>
/// <param name="Start">The value when the goal was set.</param>
/// <param name="Target">The value to reach; not equal to <paramref name="Start"/>.</param>
/// <param name="Unit">The unit of the values (at most 50 characters).</param>
/// <param name="Current">The latest value reported; <see langword="null"/> for <paramref name="Start"/>.</param>
/// <param name="LastUpdatedOn">The day of the latest value, if one was reported.</param>
/// <remarks>An immutable value; equality compares every member.</remarks>
public sealed record KeyResultRow(
    KeyResultId Id,
    string Description,
    decimal Start,
    decimal Target,
    string Unit,
    decimal? Current = null,
    LocalDate? LastUpdatedOn = null);
