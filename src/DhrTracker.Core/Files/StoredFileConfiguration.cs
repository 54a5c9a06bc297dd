using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Files;

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> b)
    {
        b.ToTable("StoredFiles");
        b.Property(f => f.FileName).HasMaxLength(FileRules.MaxFileNameLength).IsRequired();
        b.Property(f => f.ContentType).HasMaxLength(100).IsRequired();
        b.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        b.Property(f => f.UploadedByUserId).HasMaxLength(450);
        b.HasOne<StoredFileContent>().WithOne().HasForeignKey<StoredFileContent>(c => c.FileId).OnDelete(DeleteBehavior.Cascade);
    }
}
