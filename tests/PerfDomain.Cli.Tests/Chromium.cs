using System.Diagnostics;

namespace PerfDomain.Cli.Tests;

/// <summary>Runs Debian's headless Chromium (installed by .ci/run) on a page, without network or profile of its own.</summary>
internal static class Chromium
{
    private static readonly Lazy<string?> Executable = new(() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .SelectMany(dir => new[] { "chromium", "chromium-browser" }.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists));

    /// <summary>Gets the browser's path, failing the test with what to do when it is not installed (it never passes silently without it).</summary>
    public static string Path_ => Executable.Value
        ?? throw new Xunit.Sdk.XunitException("Chromium is not installed, so the HTML report cannot be checked in a real browser: run 'apt-get update && apt-get install -y chromium' (.ci/run does this when it is missing).");

    /// <summary>Runs the browser headless with these arguments and the page's file URL last; returns standard output and error.</summary>
    public static (string Stdout, string Stderr) Run(string page, params string[] arguments)
    {
        var profile = Directory.CreateTempSubdirectory("perfdomain-chromium-");
        try
        {
            var start = new ProcessStartInfo(Path_)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            string[] common =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--enable-logging=stderr", "--v=0", $"--user-data-dir={profile.FullName}",
            ];
            foreach (var argument in common.Concat(arguments).Append(new Uri(page).AbsoluteUri))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
            {
                process.Kill(entireProcessTree: true);
                throw new Xunit.Sdk.XunitException($"Chromium did not finish within 120 s on {page}.");
            }

            return (stdout, stderr.GetAwaiter().GetResult());
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A leftover profile in the temporary directory is harmless.
            }
        }
    }
}
