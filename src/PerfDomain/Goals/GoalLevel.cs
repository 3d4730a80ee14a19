namespace PerfDomain.Goals;

/// <summary>Who owns an objective; objectives cascade from the organisation to teams to individuals.</summary>
public enum GoalLevel
{
    /// <summary>An objective of one employee.</summary>
    Individual = 0,

    /// <summary>An objective of an organisational unit.</summary>
    Team = 1,

    /// <summary>An objective of the whole organisation.</summary>
    Organization = 2,
}
