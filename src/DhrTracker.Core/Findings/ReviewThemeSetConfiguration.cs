using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Findings;

internal sealed class ReviewThemeSetConfiguration : IEntityTypeConfiguration<ReviewThemeSet>
{
    public void Configure(EntityTypeBuilder<ReviewThemeSet> b)
    {
        b.HasKey(s => s.ReviewId);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasOne(s => s.Review).WithOne().HasForeignKey<ReviewThemeSet>(s => s.ReviewId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Themes).WithOne().HasForeignKey(k => k.ReviewId).OnDelete(DeleteBehavior.Cascade);
    }
}
