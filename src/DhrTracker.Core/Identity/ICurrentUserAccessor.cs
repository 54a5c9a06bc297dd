namespace DhrTracker.Core.Identity;

/// <summary>The signed-in user's id as the host knows it (circuit, HTTP request, command line).</summary>
public interface IUserIdSource
{
    Task<string?> GetUserIdAsync();
}
