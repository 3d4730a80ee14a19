using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace ReferenceHost.Data;

/// <summary>
/// The HRIS database: one table per kind of record, every row keyed by tenant first. Dates are
/// stored as ISO text (sortable, and the same on SQLite and PostgreSQL), enums by name.
/// </summary>
internal sealed class HrisDbContext(DbContextOptions<HrisDbContext> options) : DbContext(options)
{
    public DbSet<OrgUnitRow> OrgUnits => Set<OrgUnitRow>();

    public DbSet<EmployeeRow> Employees => Set<EmployeeRow>();

    public DbSet<EmployeeHistoryRow> EmployeeHistory => Set<EmployeeHistoryRow>();

    public DbSet<CycleRow> Cycles => Set<CycleRow>();

    public DbSet<CycleRecordRow> CycleRecords => Set<CycleRecordRow>();

    public DbSet<ObjectiveRow> Objectives => Set<ObjectiveRow>();

    public DbSet<CheckInRow> CheckIns => Set<CheckInRow>();

    public DbSet<FeedbackNoteRow> FeedbackNotes => Set<FeedbackNoteRow>();

    public DbSet<ReviewRow> Reviews => Set<ReviewRow>();

    public DbSet<CalibrationRow> Calibrations => Set<CalibrationRow>();

    public DbSet<DevelopmentPlanRow> DevelopmentPlans => Set<DevelopmentPlanRow>();

    public DbSet<RecognitionRow> Recognitions => Set<RecognitionRow>();

    public DbSet<ImprovementPlanRow> ImprovementPlans => Set<ImprovementPlanRow>();

    public DbSet<OutboxMessageRow> Outbox => Set<OutboxMessageRow>();

    public DbSet<DecisionAuditRow> DecisionAudit => Set<DecisionAuditRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateText>();
        configurationBuilder.Properties<Instant>().HaveConversion<InstantText>();
        configurationBuilder.Properties<Period>().HaveConversion<PeriodText>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OrgUnitRow>().ToTable("org_units").HasKey(r => new { r.TenantId, r.Id });
        modelBuilder.Entity<EmployeeRow>().ToTable("employees").HasKey(r => new { r.TenantId, r.Id });
        modelBuilder.Entity<EmployeeHistoryRow>().ToTable("employee_history").HasKey(r => new { r.TenantId, r.EmployeeId, r.Seq });
        modelBuilder.Entity<CycleRow>().ToTable("cycles").HasKey(r => new { r.TenantId, r.Id });
        modelBuilder.Entity<CycleRecordRow>().ToTable("cycle_records").HasKey(r => new { r.TenantId, r.CycleId, r.EmployeeId });
        modelBuilder.Entity<ObjectiveRow>().ToTable("objectives").HasKey(r => new { r.TenantId, r.Id });
        modelBuilder.Entity<CheckInRow>().ToTable("check_ins").HasKey(r => new { r.TenantId, r.Id });
        modelBuilder.Entity<FeedbackNoteRow>().ToTable("feedback_notes").HasKey(r => new { r.TenantId, r.Id });
        modelBuilder.Entity<ReviewRow>().ToTable("reviews").HasKey(r => new { r.TenantId, r.Id });
        modelBuilder.Entity<CalibrationRow>().ToTable("calibrations").HasKey(r => new { r.TenantId, r.ReviewId, r.Seq });
        modelBuilder.Entity<DevelopmentPlanRow>().ToTable("development_plans").HasKey(r => new { r.TenantId, r.Id });
        modelBuilder.Entity<RecognitionRow>().ToTable("recognitions").HasKey(r => new { r.TenantId, r.Id });
        modelBuilder.Entity<ImprovementPlanRow>().ToTable("improvement_plans").HasKey(r => new { r.TenantId, r.Id });
        modelBuilder.Entity<OutboxMessageRow>(e =>
        {
            e.ToTable("outbox");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).ValueGeneratedOnAdd();
            e.HasIndex(r => r.DispatchedAt);
        });
        modelBuilder.Entity<DecisionAuditRow>(e =>
        {
            e.ToTable("decision_audit");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).ValueGeneratedOnAdd();
            e.HasIndex(r => new { r.TenantId, r.DecisionKey });
        });
    }

    private sealed class LocalDateText() : ValueConverter<LocalDate, string>(
        d => LocalDatePattern.Iso.Format(d), s => LocalDatePattern.Iso.Parse(s).Value);

    private sealed class InstantText() : ValueConverter<Instant, string>(
        i => InstantPattern.ExtendedIso.Format(i), s => InstantPattern.ExtendedIso.Parse(s).Value);

    private sealed class PeriodText() : ValueConverter<Period, string>(
        p => PeriodPattern.Roundtrip.Format(p), s => PeriodPattern.Roundtrip.Parse(s).Value);
}
