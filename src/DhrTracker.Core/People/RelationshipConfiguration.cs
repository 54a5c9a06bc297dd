using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.People;

internal sealed class RelationshipConfiguration : IEntityTypeConfiguration<Relationship>
{
    public void Configure(EntityTypeBuilder<Relationship> b)
    {
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(40);
        b.HasIndex(r => new { r.VictimId, r.PerpetratorId }).IsUnique();
        b.HasIndex(r => r.ReviewId);
        b.Property(r => r.Version).IsConcurrencyToken();

        // Restrict, not cascade: a person still in a relationship cannot be removed (the service
        // refuses first; the database backs it up). It also avoids SQL Server's multiple cascade paths.
        b.HasOne<Reviews.Review>().WithMany().HasForeignKey(r => r.ReviewId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Victim>().WithMany().HasForeignKey(r => r.VictimId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Perpetrator>().WithMany().HasForeignKey(r => r.PerpetratorId).OnDelete(DeleteBehavior.Restrict);
    }
}
