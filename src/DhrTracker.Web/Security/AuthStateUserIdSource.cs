using System.Security.Claims;
using DhrTracker.Core.Identity;
using Microsoft.AspNetCore.Components.Authorization;

namespace DhrTracker.Web.Security;

/// <summary>The user of the current circuit (or request), as the revalidating state provider keeps it.</summary>
internal sealed class AuthStateUserIdSource(AuthenticationStateProvider authState) : IUserIdSource
{
    public async Task<string?> GetUserIdAsync()
    {
        var state = await authState.GetAuthenticationStateAsync();
        return state.User.Identity?.IsAuthenticated == true ? state.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
    }
}
