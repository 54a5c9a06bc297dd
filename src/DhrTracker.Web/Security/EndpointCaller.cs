using Microsoft.AspNetCore.Components.Authorization;

namespace DhrTracker.Web.Security;

/// <summary>
/// Core reads the caller through the authentication state provider, which outside a Blazor circuit
/// (a plain download endpoint) knows nobody until it is told who the request is from.
/// </summary>
public static class EndpointCaller
{
    public static void TellCore(this AuthenticationStateProvider authState, HttpContext http)
    {
        if (authState is IHostEnvironmentAuthenticationStateProvider host)
        {
            host.SetAuthenticationState(Task.FromResult(new AuthenticationState(http.User)));
        }
    }
}
