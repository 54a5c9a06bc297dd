using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DhrTracker.Core.Audit;

/// <summary>Names the fields a change touched, for the audit row. Values are never written: they may be sensitive.</summary>
public static class ChangedFields
{
    private static readonly HashSet<string> Bookkeeping = ["Version", "UpdatedUtc", "CreatedUtc"];

    public static string Of(EntityEntry entry)
    {
        entry.DetectChanges();
        return string.Join(", ", entry.Properties
            .Where(p => p.IsModified && !Bookkeeping.Contains(p.Metadata.Name)
                && !Equals(p.OriginalValue, p.CurrentValue))
            .Select(p => p.Metadata.Name));
    }
}
