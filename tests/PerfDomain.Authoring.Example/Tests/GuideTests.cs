using System.Text.RegularExpressions;

namespace PerfDomain.Authoring.Example.Tests;

/// <summary>Keeps docs/authoring-policies.md honest: every code block is copied from the file it names.</summary>
public sealed partial class GuideTests
{
    [Fact]
    public void EveryCodeBlockIsInTheNamedFile()
    {
        var root = RepositoryRoot();
        var guide = Normalise(File.ReadAllText(Path.Combine(root, "docs", "authoring-policies.md")));
        var project = Path.Combine(root, "tests", "PerfDomain.Authoring.Example");

        var blocks = CodeBlock().Matches(guide);

        Assert.NotEmpty(blocks);
        foreach (Match block in blocks)
        {
            var file = block.Groups["file"].Value;
            var code = block.Groups["code"].Value;
            Assert.True(block.Groups["file"].Success, $"a {block.Groups["lang"].Value} block names no file: {code[..Math.Min(80, code.Length)]}");
            var source = Normalise(File.ReadAllText(Path.Combine(project, file)));
            Assert.True(source.Contains(code, StringComparison.Ordinal), $"the block from {file} is not in that file any more:\n{code}");
        }
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PerfDomain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PerfDomain.sln not found above " + AppContext.BaseDirectory);
    }

    // A csharp or xml block, optionally preceded by <!-- from: FILE --> on the line before.
    [GeneratedRegex(@"(?:<!-- from: (?<file>[^ ]+) -->\n)?```(?<lang>csharp|xml)\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();
}
