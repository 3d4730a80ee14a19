using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace ReferenceHost.Tests;

/// <summary>
/// The reference host over a SQLite file in a temporary folder, on a fake clock at the sample's
/// reference date. <see cref="Start"/> makes a new host on the same file: a restart.
/// </summary>
internal sealed class HostFixture : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reference-host-").FullName;

    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 11, 16, 9, 0));

    public string DatabasePath => Path.Combine(_folder, "hris.db");

    public WebApplicationFactory<Program> Start() =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("ConnectionStrings:Hris", $"Data Source={DatabasePath}");
            host.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
        });

    public void Dispose()
    {
        // SQLite keeps pooled connections open on the file.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
