namespace DhrTracker.Core.Common;

/// <summary>
/// An editable aggregate. <see cref="Version"/> is renewed on every save by
/// <see cref="Data.VersioningInterceptor"/> and checked as a concurrency token, because SQLite
/// cannot generate a rowversion: a second writer holding an old version gets a conflict, not a silent overwrite.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
    DateTime CreatedUtc { get; set; }
    DateTime UpdatedUtc { get; set; }
}
