using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Findings;

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> b)
    {
        b.Property(f => f.Type).HasConversion<string>().HasMaxLength(40);
        b.Property(f => f.AgencyName).HasMaxLength(Finding.AgencyMaxLength);
        b.Property(f => f.Narrative).HasMaxLength(Finding.NarrativeMaxLength).IsRequired();
        b.Property(f => f.PeriodOrEvent).HasMaxLength(Finding.PeriodMaxLength);
        b.Property(f => f.CreatedByUserId).HasMaxLength(450);
        b.Property(f => f.Version).IsConcurrencyToken();
        b.HasOne(f => f.Review).WithMany().HasForeignKey(f => f.ReviewId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(f => f.Themes).WithOne(t => t.Finding).HasForeignKey(t => t.FindingId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(f => f.ReviewId);
        // Register agencies are retired, never deleted (ADR 0388): a finding keeps the one it names.
        b.HasOne(f => f.Agency).WithMany().HasForeignKey(f => f.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(f => f.AgencyId);
    }
}
