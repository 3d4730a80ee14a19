namespace PerfDomain.Compensation;

/// <summary>The period a pay amount is stated for; amounts of different periods are compared per year.</summary>
public enum PayPeriod
{
    /// <summary>Per year.</summary>
    Annual,

    /// <summary>Per month: 12 a year.</summary>
    Monthly,

    /// <summary>Twice a month: 24 a year.</summary>
    SemiMonthly,

    /// <summary>Every two weeks: 26 a year.</summary>
    BiWeekly,

    /// <summary>Per week: 52 a year.</summary>
    Weekly,

    /// <summary>Per hour: 2,080 a year (40 hours a week for 52 weeks), the usual convention for comparing hourly pay with a yearly range.</summary>
    Hourly,
}
