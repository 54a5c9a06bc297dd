using DhrTracker.Core.Partnerships;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Letters;

internal sealed class LetterTemplateConfiguration : IEntityTypeConfiguration<LetterTemplate>
{
    public const int TextMaxLength = 20000;

    public void Configure(EntityTypeBuilder<LetterTemplate> b)
    {
        b.ToTable("LetterTemplates");
        b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(t => t.Text).HasMaxLength(TextMaxLength).IsRequired();
        b.Property(t => t.Version).IsConcurrencyToken();
        b.HasIndex(t => new { t.PartnershipId, t.Kind }).IsUnique();
        b.HasOne<Partnership>().WithMany().HasForeignKey(t => t.PartnershipId).OnDelete(DeleteBehavior.Cascade);
    }
}
