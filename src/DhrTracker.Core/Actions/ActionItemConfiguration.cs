using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Actions;

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public const int TextMaxLength = 4000;
    public const int NameMaxLength = 150;

    public void Configure(EntityTypeBuilder<ActionItem> b)
    {
        b.ToTable("Actions");
        b.Property(a => a.Description).HasMaxLength(TextMaxLength).IsRequired();
        b.Property(a => a.LeadOfficer).HasMaxLength(NameMaxLength).IsRequired();
        b.Property(a => a.LeadOfficerEmail).HasMaxLength(256);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Rag).HasConversion<string>().HasMaxLength(10);
        b.Property(a => a.Outcome).HasMaxLength(TextMaxLength);
        b.Property(a => a.CancelReason).HasMaxLength(TextMaxLength);
        b.Property(a => a.CompletedByUserId).HasMaxLength(450);
        b.Property(a => a.SignedOffByUserId).HasMaxLength(450);
        b.Property(a => a.StatusSetByUserId).HasMaxLength(450);
        b.Property(a => a.RagSetByUserId).HasMaxLength(450);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasIndex(a => new { a.RecommendationId, a.Number }).IsUnique();
        b.HasIndex(a => new { a.OwnerAgencyId, a.TargetDate });
        b.HasIndex(a => new { a.ReviewId, a.Status });
        // Restrict, not cascade: a review's plan is its history and SQL Server refuses two cascade paths anyway.
        b.HasOne(a => a.Recommendation).WithMany(r => r.Actions).HasForeignKey(a => a.RecommendationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.Review).WithMany().HasForeignKey(a => a.ReviewId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.OwnerAgency).WithMany().HasForeignKey(a => a.OwnerAgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Updates).WithOne().HasForeignKey(u => u.ActionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Evidence).WithOne().HasForeignKey(e => e.ActionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.TargetRevisions).WithOne().HasForeignKey(r => r.ActionId).OnDelete(DeleteBehavior.Restrict);
    }
}
