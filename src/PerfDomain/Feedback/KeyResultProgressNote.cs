using PerfDomain.Goals;

namespace PerfDomain.Feedback;

/// <summary>Progress on a key result, noted during a check-in.</summary>
/// <param name="KeyResultId">The key result.</param>
/// <param name="Value">The value reported.</param>
/// <param name="Confidence">How confident the owner is of reaching the target, from 0 to 10, if asked.</param>
public sealed record KeyResultProgressNote(KeyResultId KeyResultId, decimal Value, int? Confidence = null);
