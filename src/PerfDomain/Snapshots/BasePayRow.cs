using NodaTime;
using PerfDomain.Compensation;

namespace PerfDomain.Snapshots;

/// <summary>
/// A change of base pay as a host stores it, for <see cref="SnapshotBuilder.AddCompensation"/>: the
/// <c>basePay</c> item of an employee's compensation in the snapshot format.
/// </summary>
/// <param name="EffectiveOn">The first day of this pay; each row of one employee later than the one before.</param>
/// <param name="Amount">The amount per <paramref name="Period"/>: above 0, at most <see cref="PayRange.MaxAmount"/>.</param>
/// <param name="Currency">The ISO 4217 code of a currency in circulation (<c>EUR</c>), the same as the grade's range; checked by <see cref="SnapshotBuilder.Build"/>.</param>
/// <param name="Period">The period the amount is for.</param>
/// <param name="GradeId">The grade, one added with <see cref="SnapshotBuilder.AddPayRange"/>.</param>
/// <remarks>An immutable value; equality compares every member.</remarks>
public sealed record BasePayRow(LocalDate EffectiveOn, decimal Amount, string Currency, PayPeriod Period, GradeId GradeId);
