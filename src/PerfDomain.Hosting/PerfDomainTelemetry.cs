namespace PerfDomain.Hosting;

/// <summary>
/// The names under which PerfDomain.Hosting reports what policy evaluation does: an <c>ActivitySource</c>, a
/// <c>Meter</c> and a logger category, all <c>PerfDomain.Policies</c>. The instruments, their units and tags and the
/// log event ids are listed in <c>docs/observability.md</c>.
/// </summary>
/// <remarks>
/// With OpenTelemetry: <c>.WithTracing(t =&gt; t.AddSource(PerfDomainTelemetry.ActivitySourceName))</c> and
/// <c>.WithMetrics(m =&gt; m.AddMeter(PerfDomainTelemetry.MeterName))</c>.
/// </remarks>
public static class PerfDomainTelemetry
{
    /// <summary>The name of the <c>System.Diagnostics.ActivitySource</c>: <c>PerfDomain.Policies</c>.</summary>
    public const string ActivitySourceName = "PerfDomain.Policies";

    /// <summary>The name of the <c>System.Diagnostics.Metrics.Meter</c>: <c>PerfDomain.Policies</c>.</summary>
    public const string MeterName = "PerfDomain.Policies";

    /// <summary>The category of every log message: <c>PerfDomain.Policies</c>.</summary>
    public const string LoggerCategory = "PerfDomain.Policies";
}
