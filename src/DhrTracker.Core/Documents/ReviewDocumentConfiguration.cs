using DhrTracker.Core.Reviews;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Documents;

internal sealed class ReviewDocumentConfiguration : IEntityTypeConfiguration<ReviewDocument>
{
    public const int TitleMaxLength = 200;

    public void Configure(EntityTypeBuilder<ReviewDocument> b)
    {
        b.ToTable("ReviewDocuments");
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(d => d.Title).HasMaxLength(TitleMaxLength).IsRequired();
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasIndex(d => d.ReviewId);
        b.HasOne<Review>().WithMany().HasForeignKey(d => d.ReviewId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.Versions).WithOne(v => v.Document).HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
