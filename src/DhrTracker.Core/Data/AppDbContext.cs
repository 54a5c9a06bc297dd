using DhrTracker.Core.Audit;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Partnerships;
using DhrTracker.Core.Reviews;
using DhrTracker.Core.Themes;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace DhrTracker.Core.Data;

/// <summary>The one context: Identity, case data, audit trail and data-protection keys share a database and a transaction.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Partnership> Partnerships => Set<Partnership>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<ThemeCategory> ThemeCategories => Set<ThemeCategory>();
    public DbSet<Theme> Themes => Set<Theme>();
    public DbSet<Finding> Findings => Set<Finding>();
    public DbSet<FindingTheme> FindingThemes => Set<FindingTheme>();
    public DbSet<ReviewThemeSet> ReviewThemeSets => Set<ReviewThemeSet>();
    public DbSet<ReviewKeyTheme> ReviewKeyThemes => Set<ReviewKeyTheme>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
