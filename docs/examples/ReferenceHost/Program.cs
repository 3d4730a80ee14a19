using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using ReferenceHost.Data;
using ReferenceHost.Endpoints;
using ReferenceHost.Tenants;

var builder = WebApplication.CreateBuilder(args);

// Time comes from an injected clock (tests use NodaTime.Testing's FakeClock).
builder.Services.AddSingleton<IClock>(SystemClock.Instance);

// SQLite by default (a file, nothing to install); PostgreSQL with Database:Provider=Postgres.
var connectionString = builder.Configuration.GetConnectionString("Hris") ?? "Data Source=hris.db";
builder.Services.AddDbContext<HrisDbContext>(options => _ = builder.Configuration["Database:Provider"] switch
{
    "Postgres" or "PostgreSQL" => options.UseNpgsql(connectionString),
    _ => options.UseSqlite(connectionString),
});

// One engine, parameters per tenant from PerfDomain:Parameters and PerfDomain:Tenants:<tenant>:Parameters.
builder.Services.AddPerfDomainPolicies();
builder.Services.AddSingleton<TenantPolicies>();
builder.Services.AddHostedService<DatabaseSetup>();
builder.Services.ConfigureHttpJsonOptions(o =>
{
    // Dates as ISO text and enums by name, as in the library's own JSON.
    o.SerializerOptions.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
});

var app = builder.Build();
app.MapHrisEndpoints();
app.Run();
