using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Files;

internal sealed class StoredFileContentConfiguration : IEntityTypeConfiguration<StoredFileContent>
{
    public void Configure(EntityTypeBuilder<StoredFileContent> b)
    {
        b.ToTable("StoredFileContents");
        b.HasKey(c => c.FileId);
        b.Property(c => c.Bytes).IsRequired();
    }
}
