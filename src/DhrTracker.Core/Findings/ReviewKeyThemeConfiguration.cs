using DhrTracker.Core.Themes;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Findings;

internal sealed class ReviewKeyThemeConfiguration : IEntityTypeConfiguration<ReviewKeyTheme>
{
    public void Configure(EntityTypeBuilder<ReviewKeyTheme> b)
    {
        b.HasKey(k => new { k.ReviewId, k.ThemeId });
        b.HasOne<Theme>().WithMany().HasForeignKey(k => k.ThemeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(k => k.ThemeId);
    }
}
