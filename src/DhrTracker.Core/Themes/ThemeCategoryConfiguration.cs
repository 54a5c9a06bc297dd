using DhrTracker.Core.Partnerships;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Themes;

internal sealed class ThemeCategoryConfiguration : IEntityTypeConfiguration<ThemeCategory>
{
    public void Configure(EntityTypeBuilder<ThemeCategory> b)
    {
        b.Property(c => c.Name).HasMaxLength(Theme.NameMaxLength).IsRequired();
        b.HasIndex(c => new { c.PartnershipId, c.Name }).IsUnique();
        b.HasOne(c => c.Partnership).WithMany().HasForeignKey(c => c.PartnershipId).OnDelete(DeleteBehavior.Restrict);
    }
}
