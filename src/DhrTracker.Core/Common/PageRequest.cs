namespace DhrTracker.Core.Common;

/// <summary>One page of a server-side grid: zero-based page, size capped by the service, optional sort.</summary>
public sealed record PageRequest(int Page = 0, int PageSize = 25, string? SortBy = null, bool Descending = false)
{
    public const int MaxPageSize = 100;

    public int Skip => Math.Max(0, Page) * Take;
    public int Take => Math.Clamp(PageSize, 1, MaxPageSize);
}
