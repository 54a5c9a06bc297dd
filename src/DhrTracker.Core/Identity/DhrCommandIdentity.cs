namespace DhrTracker.Core.Identity;

/// <summary>
/// The <c>dhr</c> command's identity: the installation itself acting as an installation-wide
/// Administrator. It has no account row, so nobody can sign in as it; <see cref="CurrentUserLoader"/>
/// recognises it only when the host registered this source (the command line does, the web app never).
/// Audit rows it writes carry <see cref="UserId"/>, which says the change came from the command.
/// </summary>
public sealed class DhrCommandIdentity : IUserIdSource
{
    public const string UserId = "dhr-command";

    public static readonly CurrentUser User = new(UserId, "dhr command", new HashSet<string> { Roles.Administrator }, null);

    public Task<string?> GetUserIdAsync() => Task.FromResult<string?>(UserId);
}
