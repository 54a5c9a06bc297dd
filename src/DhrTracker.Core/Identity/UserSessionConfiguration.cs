using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Identity;

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> b)
    {
        b.ToTable("UserSessions");
        b.Property(s => s.UserId).HasMaxLength(450);
        b.Property(s => s.EndReason).HasMaxLength(100);
        b.Property(s => s.IpAddress).HasMaxLength(45);
        b.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.UserId, s.EndedUtc });
    }
}
