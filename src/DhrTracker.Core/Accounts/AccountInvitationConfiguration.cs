using DhrTracker.Core.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Accounts;

internal sealed class AccountInvitationConfiguration : IEntityTypeConfiguration<AccountInvitation>
{
    public void Configure(EntityTypeBuilder<AccountInvitation> b)
    {
        b.ToTable("AccountInvitations");
        b.Property(i => i.UserId).HasMaxLength(450);
        b.Property(i => i.InvitedByUserId).HasMaxLength(450);
        b.Property(i => i.TokenHash).HasMaxLength(64);
        b.HasIndex(i => i.TokenHash).IsUnique();
        b.HasIndex(i => i.UserId);
        b.HasOne<AppUser>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
