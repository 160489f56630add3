using FluentValidation;
using FluentValidation.Results;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Practice;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Admin.Users;
using MaternalMicrobiome.Web.Features.Notifications;
using MaternalMicrobiome.Web.Mail;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Features.Practice;

/// <summary>
/// Invites, consent and ending a link, for both sides. A nutritionist reads a client only through a link the mother
/// consented to (<see cref="ClientAccess"/> checks it on every read), so ending a link stops access at once.
/// </summary>
public sealed class ClientLinkService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUser currentUser,
    AuditLog audit,
    IValidator<InviteCodeRequest> validator,
    IValidator<InviteEmailRequest> emailValidator,
    MailOutbox mailOutbox,
    MailLinks mailLinks,
    NotificationMails notifications,
    TimeProvider clock)
{
    /// <summary>Enough for a busy practice; stops a script from filling the table with open codes.</summary>
    public const int MaxOpenInvites = 50;

    public const int MaxAccessLogPageSize = 100;

    /// <summary>Invites she may mail per minute and per day: plenty for a practice, too few to spam anyone with.</summary>
    public const int MaxInviteMailsPerMinute = 3;

    public const int MaxInviteMailsPerDay = 30;

    public const string InviteMailAction = "invite.email";

    // One message for unknown, expired, revoked and used codes: it must not tell whether a code exists for someone else.
    private const string InvalidCode = "Invite code: this code is not valid or has expired. Check it with your nutritionist, or ask her for a new one.";

    // ----- The nutritionist's side -----

    public async Task<InviteView> CreateInviteAsync(CancellationToken cancellationToken = default)
    {
        var nutritionistId = await currentUser.RequireAsync(Roles.Nutritionist);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var invite = await NewInviteAsync(db, nutritionistId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ViewOf(invite);
    }

    /// <summary>
    /// A new code, mailed to her client (<see cref="InviteMail"/>): queued once the code is saved. The address is not
    /// kept, and the answer is the same whether or not it has an account; a few mails a minute at most.
    /// </summary>
    public async Task<InviteView> EmailInviteAsync(InviteEmailRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var nutritionistId = await currentUser.RequireAsync(Roles.Nutritionist);
        await emailValidator.ValidateAndThrowAsync(request, cancellationToken);
        var root = mailLinks.BaseOrLog(InviteMail.Kind)
            ?? throw new ValidationException([new ValidationFailure(nameof(InviteEmailRequest.Email), "Client's email: this server cannot send mail links yet. Create a code and pass it on instead.")]);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await CheckInviteMailRateAsync(db, nutritionistId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var link = await NewInviteAsync(db, nutritionistId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        // The audit entry (committed with the code) is what the rate limit counts; it names the invite, never the address.
        await audit.AddAsync(db, InviteMailAction, nameof(ClientLink), link.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var invite = ViewOf(link);
        mailOutbox.Enqueue(MailWork.Ready(InviteMail.Compose(request.Email.Trim(), await NameOfAsync(db, nutritionistId, cancellationToken), invite, root)));
        return invite;
    }

    /// <summary>Her open invites (newest first) and her linked clients (by name).</summary>
    public async Task<PracticeOverview> GetOverviewAsync(CancellationToken cancellationToken = default)
    {
        var nutritionistId = await currentUser.RequireAsync(Roles.Nutritionist);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var invites = (await OpenInvitesAsync(db, nutritionistId, cancellationToken))
            .Where(l => l.IsOpenInvite(now))
            .OrderByDescending(l => l.Id)
            .Select(ViewOf)
            .ToList();
        var clients = await (
                from l in db.ClientLinks.AsNoTracking()
                where l.NutritionistId == nutritionistId && l.MotherId != null && l.ConsentedAt != null && l.EndedAt == null
                join u in db.Users on l.MotherId equals u.Id
                select new { u.Id, u.DisplayName, l.ConsentedAt })
            .ToListAsync(cancellationToken);
        return new PracticeOverview(
            invites,
            clients.Select(c => new LinkedClient(c.Id, c.DisplayName, c.ConsentedAt!.Value)).OrderBy(c => c.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList());
    }

    /// <summary>Withdraws an open invite of hers, so the code no longer works.</summary>
    public async Task RevokeInviteAsync(int inviteId, CancellationToken cancellationToken = default)
    {
        var nutritionistId = await currentUser.RequireAsync(Roles.Nutritionist);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var link = await db.ClientLinks.SingleOrDefaultAsync(l => l.Id == inviteId && l.NutritionistId == nutritionistId, cancellationToken);
        if (link is null || link.MotherId is not null || link.EndedAt is not null)
        {
            throw new NotFoundException("That invite is not open.");
        }

        link.EndedAt = clock.GetUtcNow();
        link.EndedById = nutritionistId;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Ends her link with a client: from now on every read of the client's data is refused.</summary>
    public async Task EndClientLinkAsync(string clientId, CancellationToken cancellationToken = default)
    {
        var nutritionistId = await currentUser.RequireAsync(Roles.Nutritionist);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var link = await ActiveLinks(db).SingleOrDefaultAsync(l => l.NutritionistId == nutritionistId && l.MotherId == clientId, cancellationToken)
            ?? throw new NotFoundException("No such client.");
        await EndAsync(db, link, nutritionistId, cancellationToken);
    }

    // ----- The mother's side -----

    /// <summary>Who invites her and what they would see; nothing is shared until she consents.</summary>
    public async Task<InvitePreview> PreviewAsync(InviteCodeRequest request, CancellationToken cancellationToken = default)
    {
        var motherId = await currentUser.RequireAsync(Roles.Mother);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var link = await FindOpenInviteAsync(db, request, cancellationToken);
        var name = await NameOfAsync(db, link.NutritionistId, cancellationToken);
        var current = await CurrentLinkAsync(db, motherId, cancellationToken);
        return new InvitePreview(link.InviteCode, name, link.ExpiresAt, current is null ? null : await NameOfAsync(db, current.NutritionistId, cancellationToken));
    }

    /// <summary>Her consent: the invite becomes her link, and the nutritionist can read her data from now on.</summary>
    public async Task<MyLink> ConsentAsync(InviteCodeRequest request, CancellationToken cancellationToken = default)
    {
        var motherId = await currentUser.RequireAsync(Roles.Mother);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var link = await FindOpenInviteAsync(db, request, cancellationToken);
        if (await CurrentLinkAsync(db, motherId, cancellationToken) is { } current)
        {
            var currentName = await NameOfAsync(db, current.NutritionistId, cancellationToken);
            throw new ValidationException([new ValidationFailure(nameof(InviteCodeRequest.Code),
                $"Invite code: you already share your data with {currentName}. End that link first (below), then enter this code again.")]);
        }

        // The conditional update claims the invite atomically: of two mothers redeeming one code at once, one wins.
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.ClientLinks
            .Where(l => l.Id == link.Id && l.MotherId == null && l.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.MotherId, motherId).SetProperty(l => l.ConsentedAt, now), cancellationToken);
        if (claimed != 1)
        {
            throw new ValidationException([new ValidationFailure(nameof(InviteCodeRequest.Code), InvalidCode)]);
        }

        await audit.AddAsync(db, "link.consent", nameof(ClientLink), link.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null, motherId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new MyLink(link.Id, await NameOfAsync(db, link.NutritionistId, cancellationToken), now);
    }

    /// <summary>Her current link, or null when she shares with no one.</summary>
    public async Task<MyLink?> GetMyLinkAsync(CancellationToken cancellationToken = default)
    {
        var motherId = await currentUser.RequireAsync(Roles.Mother);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var link = await CurrentLinkAsync(db, motherId, cancellationToken);
        return link is null
            ? null
            : new MyLink(link.Id, await NameOfAsync(db, link.NutritionistId, cancellationToken), link.ConsentedAt!.Value, await IsDeactivatedAsync(db, link.NutritionistId, cancellationToken));
    }

    /// <summary>She stops sharing: her nutritionist's next read is refused.</summary>
    public async Task EndMyLinkAsync(CancellationToken cancellationToken = default)
    {
        var motherId = await currentUser.RequireAsync(Roles.Mother);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var link = await ActiveLinks(db).FirstOrDefaultAsync(l => l.MotherId == motherId, cancellationToken)
            ?? throw new NotFoundException("You are not sharing your data with a nutritionist.");
        await EndAsync(db, link, motherId, cancellationToken);
    }

    /// <summary>"Who viewed my data": every read of her data by a nutritionist, newest first, a page at a time.</summary>
    public async Task<Paged<AccessLogRow>> GetAccessLogAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var motherId = await currentUser.RequireAsync(Roles.Mother);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var reads = db.AuditEntries.AsNoTracking().Where(a => a.SubjectUserId == motherId && a.Action == ClientAccess.ReadAction);
        var total = await reads.CountAsync(cancellationToken);
        var size = Math.Clamp(pageSize, 1, MaxAccessLogPageSize);

        // Ids grow with time, and SQLite cannot order by a DateTimeOffset column. She knows her nutritionist by the name
        // she consented to, not by a login email; a deleted account falls back to the name the audit kept.
        var rows = await reads.OrderByDescending(a => a.Id)
            .Skip(Math.Max(0, page) * size)
            .Take(size)
            .Select(a => new AccessLogRow(
                a.Id, a.At, db.Users.Where(u => u.Id == a.ActorId).Select(u => u.DisplayName).FirstOrDefault() ?? a.ActorName, a.EntityKey))
            .ToListAsync(cancellationToken);
        return new Paged<AccessLogRow>(rows, total);
    }

    private async Task<ClientLink> NewInviteAsync(AppDbContext db, string nutritionistId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var open = (await OpenInvitesAsync(db, nutritionistId, cancellationToken)).Count(l => l.IsOpenInvite(now));
        if (open >= MaxOpenInvites)
        {
            throw new ValidationException([new ValidationFailure("Invite", $"You have {MaxOpenInvites} open invites. Revoke some you no longer need first.")]);
        }

        // Codes are unique for ever (a unique index); a collision is astronomically rare, but cheap to step around.
        string code;
        do
        {
            code = InviteCodes.NewCode();
        }
        while (await db.ClientLinks.AnyAsync(l => l.InviteCode == code, cancellationToken));

        var link = new ClientLink { NutritionistId = nutritionistId, InviteCode = code, CreatedAt = now, ExpiresAt = now + InviteCodes.Lifetime };
        db.ClientLinks.Add(link);
        return link;
    }

    private static InviteView ViewOf(ClientLink link) => new(link.Id, link.InviteCode, link.CreatedAt, link.ExpiresAt);

    // Counted from the audit, so every instance behind a load balancer counts the same mails. SQLite cannot compare
    // DateTimeOffset columns: her latest entries (ids grow with time) are checked in memory.
    private async Task CheckInviteMailRateAsync(AppDbContext db, string nutritionistId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var recent = await db.AuditEntries.AsNoTracking()
            .Where(a => a.ActorId == nutritionistId && a.Action == InviteMailAction)
            .OrderByDescending(a => a.Id)
            .Take(MaxInviteMailsPerDay)
            .Select(a => a.At)
            .ToListAsync(cancellationToken);
        var problem = recent.Count(at => at > now.AddMinutes(-1)) >= MaxInviteMailsPerMinute
            ? $"Client's email: you have mailed {MaxInviteMailsPerMinute} invites in the last minute. Wait a minute, then send the next."
            : recent.Count(at => at > now.AddDays(-1)) >= MaxInviteMailsPerDay
                ? $"Client's email: you have mailed {MaxInviteMailsPerDay} invites today, the most for one day. Create a code and pass it on instead, or mail it tomorrow."
                : null;
        if (problem is not null)
        {
            throw new ValidationException([new ValidationFailure(nameof(InviteEmailRequest.Email), problem)]);
        }
    }

    private static IQueryable<ClientLink> ActiveLinks(AppDbContext db) =>
        db.ClientLinks.Where(l => l.MotherId != null && l.ConsentedAt != null && l.EndedAt == null);

    private static Task<ClientLink?> CurrentLinkAsync(AppDbContext db, string motherId, CancellationToken cancellationToken) =>
        ActiveLinks(db).AsNoTracking().OrderByDescending(l => l.Id).FirstOrDefaultAsync(l => l.MotherId == motherId, cancellationToken);

    // SQLite cannot compare DateTimeOffset columns, so expiry is checked in memory on the few unredeemed invites.
    private static Task<List<ClientLink>> OpenInvitesAsync(AppDbContext db, string nutritionistId, CancellationToken cancellationToken) =>
        db.ClientLinks.AsNoTracking().Where(l => l.NutritionistId == nutritionistId && l.MotherId == null && l.EndedAt == null).ToListAsync(cancellationToken);

    private async Task<ClientLink> FindOpenInviteAsync(AppDbContext db, InviteCodeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        var code = InviteCodes.Normalize(request.Code);
        var link = await db.ClientLinks.AsNoTracking().SingleOrDefaultAsync(l => l.InviteCode == code, cancellationToken);
        return link is not null && link.IsOpenInvite(clock.GetUtcNow()) && !await IsDeactivatedAsync(db, link.NutritionistId, cancellationToken)
            ? link
            : throw new ValidationException([new ValidationFailure(nameof(InviteCodeRequest.Code), InvalidCode)]);
    }

    /// <summary>A deactivated nutritionist's invite codes are not valid while she is: she could not see the new client.</summary>
    private async Task<bool> IsDeactivatedAsync(AppDbContext db, string userId, CancellationToken cancellationToken)
    {
        var lockout = await db.Users.Where(u => u.Id == userId).Select(u => new { u.LockoutEnabled, u.LockoutEnd }).SingleOrDefaultAsync(cancellationToken);
        return lockout is not null && AccountDeactivation.IsDeactivated(lockout.LockoutEnabled, lockout.LockoutEnd, clock.GetUtcNow());
    }

    private static async Task<string> NameOfAsync(AppDbContext db, string userId, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? "a nutritionist";

    private async Task EndAsync(AppDbContext db, ClientLink link, string endedById, CancellationToken cancellationToken)
    {
        link.EndedAt = clock.GetUtcNow();
        link.EndedById = endedById;
        await audit.AddAsync(db, "link.end", nameof(ClientLink), link.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null, link.MotherId);
        await db.SaveChangesAsync(cancellationToken);

        // The other side hears of it by mail (queued, so ending never waits for the SMTP server).
        var endedByMother = endedById == link.MotherId;
        notifications.LinkEnded(endedByMother ? link.NutritionistId : link.MotherId!, endedById, toNutritionist: endedByMother);
    }
}
