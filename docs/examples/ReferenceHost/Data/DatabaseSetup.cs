using Microsoft.EntityFrameworkCore;
using PerfDomain.Snapshots;
using ReferenceHost.Tenants;

namespace ReferenceHost.Data;

/// <summary>
/// At start-up: creates the schema if there is none, seeds a fresh database with the sample
/// organisation (configurable), then builds every tenant's partition from its rows.
/// </summary>
internal sealed class DatabaseSetup(IServiceScopeFactory scopes, TenantPolicies tenants, IConfiguration configuration, IHostEnvironment environment) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HrisDbContext>();

            // A reference host keeps it short; a product runs EF Core migrations here instead.
            await db.Database.EnsureCreatedAsync(cancellationToken);
            if (configuration["ReferenceHost:SeedTenant"] is { Length: > 0 } tenant && !await db.Employees.AnyAsync(cancellationToken))
            {
                var file = Path.Combine(environment.ContentRootPath, configuration["ReferenceHost:SeedFile"] ?? "sample-organization.json");
                var path = File.Exists(file) ? file : Path.Combine(AppContext.BaseDirectory, Path.GetFileName(file));
                AggregateRows.AddSnapshot(db, tenant, SnapshotReader.ReadFile(path));
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        await tenants.WarmUpAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
