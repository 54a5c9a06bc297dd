using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Panel;

internal sealed class PanelMembershipConfiguration : IEntityTypeConfiguration<PanelMembership>
{
    public void Configure(EntityTypeBuilder<PanelMembership> b)
    {
        b.ToTable("PanelMemberships");
        b.Property(p => p.UserId).HasMaxLength(450).IsRequired();
        b.Property(p => p.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => new { p.ReviewId, p.UserId }).IsUnique();

        // The access rule looks memberships up by user on every request.
        b.HasIndex(p => p.UserId);
        b.HasOne<Review>().WithMany(r => r.Panel).HasForeignKey(p => p.ReviewId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.Agency).WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
