using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DhrTracker.Core.Documents;

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> b)
    {
        b.ToTable("DocumentVersions");
        b.HasIndex(v => new { v.DocumentId, v.Number }).IsUnique();
        b.HasOne(v => v.File).WithMany().HasForeignKey(v => v.FileId).OnDelete(DeleteBehavior.Restrict);
    }
}
