using DhrTracker.Core.Partnerships;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Themes;

internal sealed class ThemeConfiguration : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> b)
    {
        b.Property(t => t.Name).HasMaxLength(Theme.NameMaxLength).IsRequired();
        b.Property(t => t.Keywords).HasMaxLength(Theme.KeywordsMaxLength).IsRequired();
        b.Property(t => t.Version).IsConcurrencyToken();
        b.HasIndex(t => new { t.PartnershipId, t.Name }).IsUnique();
        b.HasOne(t => t.Partnership).WithMany().HasForeignKey(t => t.PartnershipId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(t => t.Category).WithMany().HasForeignKey(t => t.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Theme>().WithMany().HasForeignKey(t => t.MergedIntoThemeId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(t => t.IsActive);
    }
}
