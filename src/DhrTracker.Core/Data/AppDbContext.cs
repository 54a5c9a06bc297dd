using DhrTracker.Core.Accounts;
using DhrTracker.Core.Actions;
using DhrTracker.Core.Agencies;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Documents;
using DhrTracker.Core.Files;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Identity;
using DhrTracker.Core.National;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Partnerships;
using DhrTracker.Core.People;
using DhrTracker.Core.Reminders;
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
    public DbSet<ReviewPause> ReviewPauses => Set<ReviewPause>();
    public DbSet<ReviewEvent> ReviewEvents => Set<ReviewEvent>();
    public DbSet<ParallelProceeding> ParallelProceedings => Set<ParallelProceeding>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<AuditChange> AuditChanges => Set<AuditChange>();
    public DbSet<Victim> Victims => Set<Victim>();
    public DbSet<Perpetrator> Perpetrators => Set<Perpetrator>();
    public DbSet<Relationship> Relationships => Set<Relationship>();
    public DbSet<Circumstances> Circumstances => Set<Circumstances>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<ReviewAgency> ReviewAgencies => Set<ReviewAgency>();
    public DbSet<PanelMembership> PanelMemberships => Set<PanelMembership>();
    public DbSet<ReviewDocument> ReviewDocuments => Set<ReviewDocument>();
    public DbSet<DocumentVersion> DocumentVersions => Set<DocumentVersion>();
    public DbSet<Letters.LetterTemplate> LetterTemplates => Set<Letters.LetterTemplate>();
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<StoredFileContent> StoredFileContents => Set<StoredFileContent>();
    public DbSet<Recommendation> Recommendations => Set<Recommendation>();
    public DbSet<ActionItem> Actions => Set<ActionItem>();
    public DbSet<ActionUpdate> ActionUpdates => Set<ActionUpdate>();
    public DbSet<ActionEvidence> ActionEvidence => Set<ActionEvidence>();
    public DbSet<ActionTargetRevision> ActionTargetRevisions => Set<ActionTargetRevision>();
    public DbSet<ActionHistoryEntry> ActionHistory => Set<ActionHistoryEntry>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<AccountInvitation> AccountInvitations => Set<AccountInvitation>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<NationalIncident> NationalIncidents => Set<NationalIncident>();
    public DbSet<NationalVictim> NationalVictims => Set<NationalVictim>();
    public DbSet<NationalPerpetrator> NationalPerpetrators => Set<NationalPerpetrator>();
    public DbSet<NationalDataSet> NationalDataSets => Set<NationalDataSet>();

    /// <summary>
    /// New audit entries are linked into the hash chain inside the same transaction as the change
    /// they describe (one is opened when the caller has none), so a rolled-back change leaves no link.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var appended = ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (appended.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var owned = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await AuditChain.LinkAsync(this, appended, cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (owned is not null)
        {
            await owned.CommitAsync(cancellationToken);
        }

        return saved;
    }

    // Nothing in the product saves synchronously; routing it through the async path keeps one chain rule.
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
