using System.CommandLine;
using System.Text.RegularExpressions;

namespace PerfDomain.Cli;

/// <summary>Help and usage-error helpers: optional arguments shown as optional, "did you mean" for a mistyped command or option.</summary>
internal static partial class Usage
{
    /// <summary>
    /// Rewrites the help's list of commands so that optional arguments read <c>[&lt;snapshot&gt;]</c>, as in each
    /// command's own usage line (System.CommandLine 2.0 lists every argument as <c>&lt;name&gt;</c> there), realigned.
    /// </summary>
    /// <param name="help">The help text.</param>
    /// <param name="root">The root command.</param>
    /// <returns>The help text.</returns>
    public static string MarkOptionalArguments(string help, Command root)
    {
        var lines = help.Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimEnd('\r') == "Commands:");
        if (start < 0)
        {
            return help;
        }

        var end = start + 1;
        while (end < lines.Length && lines[end].StartsWith("  ", StringComparison.Ordinal))
        {
            end++;
        }

        var labels = root.Subcommands.Where(c => !c.Hidden).ToDictionary(Plain, Label, StringComparer.Ordinal);
        var rows = new List<(string Label, string Text)>();
        for (var i = start + 1; i < end; i++)
        {
            var row = lines[i].TrimEnd('\r')[2..];
            var label = labels.Keys.Where(l => row.StartsWith(l + " ", StringComparison.Ordinal)).OrderByDescending(l => l.Length).FirstOrDefault();
            if (label is null)
            {
                return help; // A row wrapped or laid out otherwise: leave the help as it is.
            }

            rows.Add((labels[label], row[label.Length..].TrimStart()));
        }

        var width = rows.Max(r => r.Label.Length);
        var eol = lines[start].EndsWith('\r') ? "\r" : string.Empty;
        for (var i = 0; i < rows.Count; i++)
        {
            lines[start + 1 + i] = "  " + rows[i].Label.PadRight(width) + "  " + rows[i].Text + eol;
        }

        return string.Join('\n', lines);
    }

    /// <summary>
    /// Wraps help text to a width: the description of a row (an option or a command) continues under its
    /// column, any other long line under its own indent. System.CommandLine wraps only at the console's
    /// width, and not at all when the help is captured, as here, or piped.
    /// </summary>
    /// <param name="help">The help text.</param>
    /// <param name="width">The width every line should fit in.</param>
    /// <returns>The help text, wrapped.</returns>
    public static string Wrap(string help, int width)
    {
        var output = new System.Text.StringBuilder();
        var lines = help.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var eol = line.EndsWith('\r') ? "\r" : string.Empty;
            line = line.TrimEnd('\r');
            if (line.Length <= width)
            {
                output.Append(line).Append(eol);
            }
            else
            {
                var row = RowPattern().Match(line);
                var column = row.Success ? row.Groups["label"].Length : line.Length - line.TrimStart().Length;
                var text = row.Success ? row.Groups["text"].Value : line.TrimStart();
                var wrapped = Output.TextLayout.Wrap(text, Math.Max(20, width - column));
                output.Append(line[..column]).Append(wrapped[0]).Append(eol);
                foreach (var rest in wrapped.Skip(1))
                {
                    output.Append('\n').Append(new string(' ', column)).Append(rest).Append(eol);
                }
            }

            if (i < lines.Length - 1)
            {
                output.Append('\n');
            }
        }

        return output.ToString();
    }

    /// <summary>Gets a command's name followed by its arguments, optional ones in brackets.</summary>
    /// <param name="command">The command.</param>
    /// <returns>For example <c>explain &lt;employee-id&gt; [&lt;snapshot&gt;]</c>.</returns>
    public static string Label(Command command) =>
        string.Join(' ', command.Arguments.Where(a => !a.Hidden).Select(a => a.Arity.MinimumNumberOfValues == 0 ? $"[<{a.Name}>]" : $"<{a.Name}>").Prepend(command.Name));

    /// <summary>Gets the token a parse error calls unrecognized, if it does.</summary>
    /// <param name="message">The error message.</param>
    /// <returns>The token, or <see langword="null"/>.</returns>
    public static string? UnrecognizedToken(string message) =>
        UnrecognizedPattern().Match(message) is { Success: true } match ? match.Groups["token"].Value : null;

    /// <summary>Gets the subcommand or option of a command whose name is closest to a mistyped token, if one is close.</summary>
    /// <param name="command">The command the token was given to.</param>
    /// <param name="token">The token, such as <c>evalute</c> or <c>--fromat</c>.</param>
    /// <returns>The name, or <see langword="null"/> when nothing is within a third of the token's length (at least 1, at most 3 edits).</returns>
    public static string? DidYouMean(Command command, string token)
    {
        var names = token.StartsWith('-')
            ? command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal))
            : command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name);
        var limit = Math.Clamp(token.Length / 3, 1, 3);
        return names
            .Select(name => (Name: name, Distance: Distance(token, name)))
            .Where(c => c.Distance <= limit && c.Distance > 0)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    /// <summary>Gets the edit distance (insertions, deletions, substitutions, adjacent transpositions) between two names.</summary>
    /// <param name="a">One name.</param>
    /// <param name="b">The other.</param>
    /// <returns>The distance.</returns>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static string Plain(Command command) =>
        string.Join(' ', command.Arguments.Where(a => !a.Hidden).Select(a => $"<{a.Name}>").Prepend(command.Name));

    [GeneratedRegex(@"^(?<label>  \S.*?\s{2,})(?<text>\S.*)$")]
    private static partial Regex RowPattern();

    [GeneratedRegex("Unrecognized (command or )?option '(?<token>[^']+)'")]
    private static partial Regex UnrecognizedPattern();
}
