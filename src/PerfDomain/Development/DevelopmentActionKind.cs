namespace PerfDomain.Development;

/// <summary>The kinds of action a development plan is made of.</summary>
public enum DevelopmentActionKind
{
    /// <summary>A course, workshop or certification.</summary>
    Training = 0,

    /// <summary>Regular coaching by the manager or a coach.</summary>
    Coaching = 1,

    /// <summary>Work beyond the current role, to grow into the next.</summary>
    StretchAssignment = 2,

    /// <summary>Guidance from a more experienced colleague.</summary>
    Mentoring = 3,
}
