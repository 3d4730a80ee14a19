using Ardalis.GuardClauses;

namespace PerfDomain.Snapshots;

/// <summary>
/// Limits that <see cref="SnapshotReader"/> enforces while it reads, so that a hostile or broken
/// snapshot fails early, at the place where it goes over a limit, in bounded memory.
/// </summary>
/// <remarks>
/// <para>
/// Every limit is checked as the JSON streams in: going over one stops the read with an
/// <see cref="InvalidSnapshotException"/> whose path is the first value past the limit and whose
/// reason names the limit, for example
/// <c>$.employees[1000]: the snapshot has more than 1,000 employees, the most this reader accepts (its MaxEmployees limit).</c>
/// </para>
/// <para>
/// The defaults accept any snapshot this library can write (no limit on size or counts; strings up
/// to 10,000 characters, far above what the domain accepts in any text field); a service that
/// reads snapshots from others should set <see cref="MaxBytes"/> and <see cref="MaxEmployees"/>.
/// Whatever the limits, the reader holds one element of a collection as text at a time, never the
/// whole document, and nests at most 32 levels deep.
/// </para>
/// <para>Instances are immutable and thread-safe; set the limits with an object initialiser.</para>
/// </remarks>
public sealed class SnapshotReaderOptions
{
    /// <summary>The default <see cref="MaxStringLength"/>: 10,000 characters.</summary>
    public const int DefaultMaxStringLength = 10_000;

    private readonly long _maxBytes = long.MaxValue;
    private readonly int _maxEmployees = int.MaxValue;
    private readonly int _maxArrayLength = int.MaxValue;
    private readonly int _maxStringLength = DefaultMaxStringLength;

    /// <summary>Gets the options with every default: no limit on size or counts, strings up to 10,000 characters.</summary>
    public static SnapshotReaderOptions Default { get; } = new();

    /// <summary>
    /// Gets the most UTF-8 bytes a snapshot may have; the reader reads at most one byte more from
    /// its input. The default, <see cref="long.MaxValue"/>, sets no limit.
    /// </summary>
    /// <exception cref="ArgumentException">The value is zero or negative.</exception>
    public long MaxBytes
    {
        get => _maxBytes;
        init => _maxBytes = Guard.Against.NegativeOrZero(value);
    }

    /// <summary>
    /// Gets the most employees a snapshot may have; the reader stops at the first one past it,
    /// after reading only that far. The default, <see cref="int.MaxValue"/>, sets no limit.
    /// </summary>
    /// <exception cref="ArgumentException">The value is negative.</exception>
    public int MaxEmployees
    {
        get => _maxEmployees;
        init => _maxEmployees = Guard.Against.Negative(value);
    }

    /// <summary>
    /// Gets the most items any other array may have: each top-level collection (org units, cycles,
    /// cycle records, objectives, check-ins, feedback notes, reviews, development plans,
    /// recognitions, improvement plans) and each array inside an element (histories, key results,
    /// participants…). The default, <see cref="int.MaxValue"/>, sets no limit.
    /// </summary>
    /// <exception cref="ArgumentException">The value is negative.</exception>
    public int MaxArrayLength
    {
        get => _maxArrayLength;
        init => _maxArrayLength = Guard.Against.Negative(value);
    }

    /// <summary>
    /// Gets the most characters (UTF-16 code units) a string or member name may have. It also bounds
    /// the memory a single value takes while it is read: a string, number or run of whitespace is
    /// refused once six bytes per allowed character (the longest escape) have been read without
    /// reaching its end, so even one of many megabytes is never held whole. The default is
    /// <see cref="DefaultMaxStringLength"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The value is zero or negative.</exception>
    public int MaxStringLength
    {
        get => _maxStringLength;
        init => _maxStringLength = Guard.Against.NegativeOrZero(value);
    }
}
