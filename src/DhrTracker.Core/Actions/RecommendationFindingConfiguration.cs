using DhrTracker.Core.Findings;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Actions;

internal sealed class RecommendationFindingConfiguration : IEntityTypeConfiguration<RecommendationFinding>
{
    public void Configure(EntityTypeBuilder<RecommendationFinding> b)
    {
        b.ToTable("RecommendationFindings");
        b.HasKey(f => new { f.RecommendationId, f.FindingId });
        // Restrict: findings are never deleted, and a second cascade path would be refused by SQL Server.
        b.HasOne<Finding>().WithMany().HasForeignKey(f => f.FindingId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(f => f.FindingId);
    }
}
