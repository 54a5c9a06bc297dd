using DhrTracker.Core.Identity;

namespace DhrTracker.IntegrationTests.Infrastructure;

/// <summary>Stands in for the signed-in user of a circuit; tests switch it with <see cref="TestDatabase.SignInAs"/>.</summary>
public sealed class TestUser : IUserIdSource
{
    public string? UserId { get; set; }

    public Task<string?> GetUserIdAsync() => Task.FromResult(UserId);
}
