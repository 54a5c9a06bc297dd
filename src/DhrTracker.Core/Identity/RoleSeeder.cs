using Microsoft.AspNetCore.Identity;

namespace DhrTracker.Core.Identity;

public static class RoleSeeder
{
    /// <summary>Makes sure every role in <see cref="Roles.All"/> exists; safe to run at every start.</summary>
    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                var result = await roles.CreateAsync(new IdentityRole(name));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Could not create role {name}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
                }
            }
        }
    }
}
