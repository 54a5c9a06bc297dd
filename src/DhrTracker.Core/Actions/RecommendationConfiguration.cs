using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Actions;

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public const int TextMaxLength = 4000;

    public void Configure(EntityTypeBuilder<Recommendation> b)
    {
        b.ToTable("Recommendations");
        b.Property(r => r.Text).HasMaxLength(TextMaxLength).IsRequired();
        b.Property(r => r.Scope).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => new { r.ReviewId, r.Number }).IsUnique();
        b.HasOne(r => r.Review).WithMany().HasForeignKey(r => r.ReviewId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Themes).WithOne(t => t.Recommendation).HasForeignKey(t => t.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Findings).WithOne(f => f.Recommendation).HasForeignKey(f => f.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.AddressedToAgency).WithMany().HasForeignKey(r => r.AddressedToAgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
