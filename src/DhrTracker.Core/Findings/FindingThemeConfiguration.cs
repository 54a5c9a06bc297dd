using DhrTracker.Core.Themes;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Findings;

internal sealed class FindingThemeConfiguration : IEntityTypeConfiguration<FindingTheme>
{
    public void Configure(EntityTypeBuilder<FindingTheme> b)
    {
        b.HasKey(t => new { t.FindingId, t.ThemeId });
        b.HasOne<Theme>().WithMany().HasForeignKey(t => t.ThemeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(t => t.ThemeId);
    }
}
