using DhrTracker.Core.Themes;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Actions;

internal sealed class RecommendationThemeConfiguration : IEntityTypeConfiguration<RecommendationTheme>
{
    public void Configure(EntityTypeBuilder<RecommendationTheme> b)
    {
        b.ToTable("RecommendationThemes");
        b.HasKey(t => new { t.RecommendationId, t.ThemeId });
        b.HasOne<Theme>().WithMany().HasForeignKey(t => t.ThemeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(t => t.ThemeId);
    }
}
