using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Application;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Features.Admin.Users;

/// <summary>Users and roles, for admins only. One role per account.</summary>
public sealed class UserAdminService(AppDbContext db, UserManager<AppUser> userManager, CurrentUser currentUser, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.RequireAsync(Roles.Admin);
        var now = clock.GetUtcNow();
        var rows = await (
                from user in db.Users.AsNoTracking()
                join userRole in db.UserRoles on user.Id equals userRole.UserId into userRoles
                from userRole in userRoles.DefaultIfEmpty()
                join role in db.Roles on userRole.RoleId equals role.Id into roles
                from role in roles.DefaultIfEmpty()
                select new { user.Id, user.Email, user.DisplayName, Role = role != null ? role.Name : null, user.LockoutEnd, user.CreatedAt })
            .ToListAsync(cancellationToken);
        return rows
            .OrderBy(r => r.Email, StringComparer.OrdinalIgnoreCase)
            .Select(r => new UserSummary(r.Id, r.Email ?? string.Empty, r.DisplayName, r.Role ?? "none", r.LockoutEnd > now, r.CreatedAt))
            .ToList();
    }

    public async Task SetRoleAsync(string userId, string role, CancellationToken cancellationToken = default)
    {
        var adminId = await currentUser.RequireAsync(Roles.Admin);
        if (!Roles.All.Contains(role))
        {
            throw new ArgumentException($"Unknown role '{role}'.", nameof(role));
        }

        if (userId == adminId && role != Roles.Admin)
        {
            throw new InvalidOperationException("You cannot remove your own admin role.");
        }

        var user = await userManager.FindByIdAsync(userId) ?? throw new NotFoundException("That user does not exist.");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var current = await userManager.GetRolesAsync(user);
        var removed = await userManager.RemoveFromRolesAsync(user, current);
        var added = removed.Succeeded ? await userManager.AddToRoleAsync(user, role) : removed;
        if (!added.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", added.Errors.Select(e => e.Description)));
        }

        // A new security stamp signs the user's open sessions out, so the old role stops at once.
        await userManager.UpdateSecurityStampAsync(user);
        await audit.AddAsync(db, "user.role", "user", user.Id, new { user.Email, Roles = current }, new { user.Email, Roles = new[] { role } }, user.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
