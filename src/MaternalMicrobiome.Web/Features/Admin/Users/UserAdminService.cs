using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Features.Admin.Users;

/// <summary>
/// Users and roles, for admins only. One role per account. Admins invite nutritionists and deactivate or reactivate
/// accounts; every ending of access changes the security stamp and signals this instance's circuits, so it is at once.
/// </summary>
public sealed class UserAdminService(
    AppDbContext db,
    UserManager<AppUser> userManager,
    CurrentUser currentUser,
    AuditLog audit,
    TimeProvider clock,
    IValidator<NutritionistInviteRequest> inviteValidator,
    AccountMails mails,
    SessionEndSignal sessionEnds)
{
    public const string CannotDeactivateSelfMessage = "You cannot deactivate your own account.";
    public const string LastAdminMessage = "This is the last active admin: make another admin first.";

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
                select new
                {
                    user.Id, user.Email, user.DisplayName, Role = role != null ? role.Name : null, user.LockoutEnabled, user.LockoutEnd,
                    user.EmailConfirmed, HasPassword = user.PasswordHash != null, user.CreatedAt,
                })
            .ToListAsync(cancellationToken);
        return rows
            .OrderBy(r => r.Email, StringComparer.OrdinalIgnoreCase)
            .Select(r => new UserSummary(r.Id, r.Email ?? string.Empty, r.DisplayName, r.Role ?? "none",
                AccountDeactivation.IsDeactivated(r.LockoutEnabled, r.LockoutEnd, now) ? UserStatus.Deactivated
                : !r.EmailConfirmed && !r.HasPassword ? UserStatus.Invited
                : UserStatus.Active,
                r.CreatedAt))
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
        Succeeded(added);

        // A new security stamp signs the user's open sessions out, so the old role stops at once.
        await userManager.UpdateSecurityStampAsync(user);
        await audit.AddAsync(db, "user.role", "user", user.Id, new { user.Email, Roles = current }, new { user.Email, Roles = new[] { role } }, user.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        sessionEnds.EndSessionsOf(user.Id);
    }

    /// <summary>
    /// Ends the account's sessions everywhere and refuses its log ins until reactivated. Her data and her links stay:
    /// a deactivated nutritionist's clients keep everything, and she reads nothing because she cannot sign in.
    /// </summary>
    public async Task DeactivateAsync(string userId, CancellationToken cancellationToken = default)
    {
        var adminId = await currentUser.RequireAsync(Roles.Admin);
        if (userId == adminId)
        {
            throw new InvalidOperationException(CannotDeactivateSelfMessage);
        }

        var user = await userManager.FindByIdAsync(userId) ?? throw new NotFoundException("That user does not exist.");
        var now = clock.GetUtcNow();
        if (AccountDeactivation.IsDeactivated(user, now))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await userManager.IsInRoleAsync(user, Roles.Admin) && await ActiveAdminCountAsync(now, cancellationToken) <= 1)
        {
            throw new InvalidOperationException(LastAdminMessage);
        }

        Succeeded(await userManager.SetLockoutEnabledAsync(user, true));
        Succeeded(await userManager.SetLockoutEndDateAsync(user, AccountDeactivation.Forever));

        // The new stamp ends her cookies on every instance at the next request; the signal ends this instance's circuits now.
        Succeeded(await userManager.UpdateSecurityStampAsync(user));
        await audit.AddAsync(db, "user.deactivate", "user", user.Id, new { user.Email, Active = true }, new { user.Email, Active = false }, user.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        sessionEnds.EndSessionsOf(user.Id);
    }

    /// <summary>She can sign in again, with the password she had; her data and links are as she left them.</summary>
    public async Task ReactivateAsync(string userId, CancellationToken cancellationToken = default)
    {
        await currentUser.RequireAsync(Roles.Admin);
        var user = await userManager.FindByIdAsync(userId) ?? throw new NotFoundException("That user does not exist.");
        if (!AccountDeactivation.IsDeactivated(user, clock.GetUtcNow()))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Succeeded(await userManager.SetLockoutEndDateAsync(user, null));
        Succeeded(await userManager.SetLockoutEnabledAsync(user, false));
        await audit.AddAsync(db, "user.reactivate", "user", user.Id, new { user.Email, Active = false }, new { user.Email, Active = true }, user.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Makes a nutritionist's account without a password and mails her the link to choose one. An address with an
    /// invitation not yet accepted gets a fresh link; an address already in use gets nothing, and the admin is told.
    /// </summary>
    public async Task<InviteResult> InviteNutritionistAsync(NutritionistInviteRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await currentUser.RequireAsync(Roles.Admin);
        await inviteValidator.ValidateAndThrowAsync(request, cancellationToken);
        var email = request.Email.Trim();

        if (await userManager.FindByEmailAsync(email) is { } existing)
        {
            if (existing.EmailConfirmed || existing.PasswordHash is not null)
            {
                return new InviteResult(InviteOutcome.AlreadyHasAccount, Mailed: false);
            }

            await audit.AddAsync(db, "user.invite-again", "user", existing.Id, null, new { existing.Email }, existing.Id);
            await db.SaveChangesAsync(cancellationToken);
            return new InviteResult(InviteOutcome.InvitedAgain, await mails.SendInvitationAsync(existing));
        }

        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = false,
            DisplayName = request.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            Succeeded(await userManager.CreateAsync(user));
            Succeeded(await userManager.AddToRoleAsync(user, Roles.Nutritionist));
            await audit.AddAsync(db, "user.invite", "user", user.Id, null, new { user.Email, Roles = new[] { Roles.Nutritionist } }, user.Id);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return new InviteResult(InviteOutcome.Invited, await mails.SendInvitationAsync(user));
    }

    private async Task<int> ActiveAdminCountAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var admins = await (
                from user in db.Users.AsNoTracking()
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where role.Name == Roles.Admin
                select new { user.LockoutEnabled, user.LockoutEnd })
            .ToListAsync(cancellationToken);
        return admins.Count(a => !AccountDeactivation.IsDeactivated(a.LockoutEnabled, a.LockoutEnd, now));
    }

    private static void Succeeded(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
