using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Actions;

internal sealed class ActionUpdateConfiguration : IEntityTypeConfiguration<ActionUpdate>
{
    public void Configure(EntityTypeBuilder<ActionUpdate> b)
    {
        b.ToTable("ActionUpdates");
        b.Property(u => u.Text).HasMaxLength(ActionItemConfiguration.TextMaxLength).IsRequired();
        b.Property(u => u.ByUserId).HasMaxLength(450);
        b.HasIndex(u => new { u.ActionId, u.Date });
    }
}
