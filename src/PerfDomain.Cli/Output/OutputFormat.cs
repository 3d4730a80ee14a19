namespace PerfDomain.Cli.Output;

/// <summary>What <c>--format</c> asks for.</summary>
internal enum OutputFormat
{
    /// <summary>Aligned lines for a terminal.</summary>
    Table,

    /// <summary>One indented JSON document (docs/decision-format.md).</summary>
    Json,

    /// <summary>JSON Lines: a header line, then one decision per line (docs/decision-format.md#json-lines).</summary>
    JsonLines,
}
