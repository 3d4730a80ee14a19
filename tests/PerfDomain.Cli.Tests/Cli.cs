using System.Text.Json;

namespace PerfDomain.Cli.Tests;

/// <summary>Runs the real tool in-process and captures what it writes.</summary>
internal static class Cli
{
    // One directory per test run, removed when the test host exits.
    private static readonly Lazy<string> TempRoot = new(() =>
    {
        var root = Path.Combine(Path.GetTempPath(), "perfdomain-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a leftover temporary directory is harmless.
            }
        };
        return root;
    });

    public static string SamplePath { get; } = Path.Combine(AppContext.BaseDirectory, "samples", "sample-organization.json");

    public static CliResult Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Writes a file into a fresh temporary directory and returns its path.</summary>
    public static string TempFile(string name, string content) => TempBytes(name, new System.Text.UTF8Encoding(false).GetBytes(content));

    /// <summary>Writes a file of bytes into a fresh temporary directory and returns its path.</summary>
    public static string TempBytes(string name, byte[] content)
    {
        var directory = Path.Combine(TempRoot.Value, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>The sample with one change made to its JSON.</summary>
    public static string SampleWith(string name, Action<System.Text.Json.Nodes.JsonObject> change)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(SamplePath))!.AsObject();
        change(root);
        return TempFile(name, root.ToJsonString());
    }
}

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Gets the single line on standard error, failing unless there is exactly one and no stack trace.</summary>
    public string ErrorLine
    {
        get
        {
            var lines = Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var line = Assert.Single(lines);
            Assert.DoesNotContain("   at ", Stderr, StringComparison.Ordinal);
            Assert.Equal(string.Empty, Stdout);
            return line;
        }
    }

    public JsonDocument Json() => JsonDocument.Parse(Stdout);
}
