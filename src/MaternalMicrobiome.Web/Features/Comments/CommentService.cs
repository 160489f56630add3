using System.Security.Claims;
using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Practice;
using MaternalMicrobiome.Web.Application;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Features.Comments;

/// <summary>
/// Comments between a mother and her nutritionist on her days, plans and entries. The mother passes no client id and
/// comments with her current nutritionist; a nutritionist passes her linked client's id and only ever sees threads
/// whose NutritionistId is her own, so a nutritionist linked later does not read an earlier one's conversation.
/// Comment text is health data: it is never logged.
/// </summary>
public sealed class CommentService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUser currentUser,
    ClientAccess clientAccess,
    IValidator<CommentRequest> validator,
    TimeProvider clock)
{
    public const string EndedByClientReason = "This client has ended the link, so you can no longer read or add comments on her data.";

    public const string EndedByYouReason = "You have ended the link with this client, so you can no longer read or add comments on her data.";

    public const string NoNutritionistReason = "Comments open once you link with a nutritionist: they are a conversation with her.";

    /// <summary>The threads on one day, plan or entry, and whether the caller may comment there.</summary>
    public async Task<CommentThreadsView> GetThreadsAsync(string? clientId, CommentTarget target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var side = await SideAsync(clientId, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var threads = await ThreadsAsync(db, side, On(Visible(db, side), target), cancellationToken);
        return new CommentThreadsView(side.NutritionistId is not null, side.NutritionistId is null ? NoNutritionistReason : null, threads);
    }

    /// <summary>Whether the caller may comment on the client's (or her own) data, and why not.</summary>
    public async Task<(bool CanComment, string? Reason)> CanCommentAsync(string? clientId, CancellationToken cancellationToken = default)
    {
        var side = await SideAsync(clientId, cancellationToken);
        return side.NutritionistId is null ? (false, NoNutritionistReason) : (true, null);
    }

    /// <summary>All of the signed-in mother's threads: those with unread comments first, then the most recently active.</summary>
    public async Task<IReadOnlyList<CommentThreadView>> GetMyThreadsAsync(CancellationToken cancellationToken = default)
    {
        var side = await SideAsync(null, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var threads = await ThreadsAsync(db, side, Visible(db, side), cancellationToken);
        return threads
            .OrderByDescending(t => t.UnreadCount > 0)
            .ThenByDescending(t => t.Comments.Max(c => c.Id))
            .ToList();
    }

    /// <summary>Starts a thread; returns its id.</summary>
    public async Task<int> AddAsync(string? clientId, CommentTarget target, CommentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(request);
        var side = await SideAsync(clientId, cancellationToken);
        var nutritionistId = side.NutritionistId ?? throw new AccessDeniedException(NoNutritionistReason);
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var date = await CheckTargetAsync(db, side.MotherId, target, cancellationToken);
        var comment = new Comment
        {
            MotherId = side.MotherId,
            NutritionistId = nutritionistId,
            AuthorId = side.UserId,
            Subject = target.Subject,
            Date = date,
            MealPlanId = target.Subject == CommentSubject.Plan ? target.MealPlanId : null,
            MealEntryId = target.Subject == CommentSubject.Entry ? target.MealEntryId : null,
            Text = request.Text.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return comment.Id;
    }

    /// <summary>Answers a thread; returns the reply's id.</summary>
    public async Task<int> ReplyAsync(string? clientId, int threadId, CommentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var side = await SideAsync(clientId, cancellationToken);
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var thread = await FindThreadAsync(db, side, threadId, cancellationToken);

        // A mother answers only her current nutritionist: an ended link's nutritionist would never read it.
        if (thread.NutritionistId != side.NutritionistId)
        {
            throw new AccessDeniedException("This conversation was with a nutritionist you are no longer linked with.");
        }

        var reply = new Comment
        {
            MotherId = thread.MotherId,
            NutritionistId = thread.NutritionistId,
            AuthorId = side.UserId,
            Subject = thread.Subject,
            Date = thread.Date,
            MealPlanId = thread.MealPlanId,
            MealEntryId = thread.MealEntryId,
            ParentId = thread.Id,
            Text = request.Text.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Comments.Add(reply);
        await db.SaveChangesAsync(cancellationToken);
        return reply.Id;
    }

    /// <summary>Marks a thread resolved, or opens it again; either side may.</summary>
    public async Task SetResolvedAsync(string? clientId, int threadId, bool resolved, CancellationToken cancellationToken = default)
    {
        var side = await SideAsync(clientId, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var thread = await FindThreadAsync(db, side, threadId, cancellationToken);
        thread.ResolvedAt = resolved ? clock.GetUtcNow() : null;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Opening threads marks the other side's comments in them read.</summary>
    public async Task MarkReadAsync(string? clientId, IReadOnlyCollection<int> threadIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(threadIds);
        var side = await SideAsync(clientId, cancellationToken);
        if (threadIds.Count == 0)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var unread = await Visible(db, side)
            .Where(c => (threadIds.Contains(c.Id) || (c.ParentId != null && threadIds.Contains(c.ParentId.Value))) && c.AuthorId != side.UserId && c.ReadAt == null)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        unread.ForEach(c => c.ReadAt = now);
        await db.SaveChangesAsync(cancellationToken);
        if (unread.Count > 0 && ReadChanged is { } changed)
        {
            await changed();
        }
    }

    /// <summary>
    /// Raised after comments were marked read. The service is scoped to the circuit, so the menu's badge, which lives
    /// as long as the circuit, hears the page that read them and updates at once instead of at the next page load.
    /// </summary>
    public event Func<Task>? ReadChanged;

    /// <summary>
    /// How many comments wait for the signed-in user, for the menu's badge: a mother's on her data, a nutritionist's on
    /// her threads with clients she is still linked with. Anyone else has none.
    /// </summary>
    public async Task<int> UnreadCountAsync(CancellationToken cancellationToken = default)
    {
        var principal = await currentUser.GetPrincipalAsync();
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (principal.Identity?.IsAuthenticated != true || userId is null)
        {
            return 0;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (principal.IsInRole(Roles.Mother))
        {
            return await db.Comments.CountAsync(c => c.MotherId == userId && c.AuthorId != userId && c.ReadAt == null, cancellationToken);
        }

        if (principal.IsInRole(Roles.Nutritionist))
        {
            return await db.Comments.CountAsync(
                c => c.NutritionistId == userId && c.AuthorId != userId && c.ReadAt == null
                    && db.ClientLinks.Any(l => l.NutritionistId == userId && l.MotherId == c.MotherId && l.ConsentedAt != null && l.EndedAt == null),
                cancellationToken);
        }

        return 0;
    }

    /// <summary>
    /// Who is commenting on whose data. The mother's side carries her current nutritionist (null when she has none);
    /// the nutritionist's side is checked against a consented, unended link.
    /// </summary>
    private async Task<CommentSide> SideAsync(string? clientId, CancellationToken cancellationToken)
    {
        if (clientId is null)
        {
            var motherId = await currentUser.RequireAsync(Roles.Mother);
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            return new CommentSide(motherId, await ClientAccess.NutritionistOfAsync(db, motherId, cancellationToken), motherId, IsNutritionist: false);
        }

        string nutritionistId;
        try
        {
            nutritionistId = await clientAccess.RequireLinkedNutritionistAsync(clientId, cancellationToken);
        }
        catch (NotFoundException)
        {
            // A client page left open after the link ended: say so, rather than "no such client". Only a
            // nutritionist who was linked learns this; anyone else still gets not found.
            if (await EndedLinkReasonAsync(clientId, cancellationToken) is { } reason)
            {
                throw new AccessDeniedException(reason);
            }

            throw;
        }

        return new CommentSide(clientId, nutritionistId, nutritionistId, IsNutritionist: true);
    }

    private async Task<string?> EndedLinkReasonAsync(string clientId, CancellationToken cancellationToken)
    {
        var nutritionistId = await currentUser.RequireAsync(Roles.Nutritionist);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var endedBy = await db.ClientLinks
            .Where(l => l.NutritionistId == nutritionistId && l.MotherId == clientId && l.ConsentedAt != null && l.EndedAt != null)
            .OrderByDescending(l => l.Id)
            .Select(l => new { l.EndedById })
            .FirstOrDefaultAsync(cancellationToken);
        return endedBy switch
        {
            null => null,
            { EndedById: var by } when by == nutritionistId => EndedByYouReason,
            _ => EndedByClientReason,
        };
    }

    private static IQueryable<Comment> Visible(AppDbContext db, CommentSide side) =>
        db.Comments.Where(c => c.MotherId == side.MotherId && (!side.IsNutritionist || c.NutritionistId == side.UserId));

    /// <summary>Replies carry their thread's subject, so one filter finds first comments and replies alike.</summary>
    private static IQueryable<Comment> On(IQueryable<Comment> comments, CommentTarget target) => target.Subject switch
    {
        CommentSubject.Entry => comments.Where(c => c.Subject == CommentSubject.Entry && c.MealEntryId == target.MealEntryId),
        CommentSubject.Plan => comments.Where(c => c.Subject == CommentSubject.Plan && c.MealPlanId == target.MealPlanId),
        _ => comments.Where(c => c.Subject == CommentSubject.Day && c.Date == target.Date),
    };

    private static async Task<Comment> FindThreadAsync(AppDbContext db, CommentSide side, int threadId, CancellationToken cancellationToken) =>
        await Visible(db, side).SingleOrDefaultAsync(c => c.Id == threadId && c.ParentId == null, cancellationToken)
        ?? throw new NotFoundException("That conversation does not exist.");

    /// <summary>The entry or plan must be hers; returns the date the thread is filed under.</summary>
    private async Task<DateOnly> CheckTargetAsync(AppDbContext db, string motherId, CommentTarget target, CancellationToken cancellationToken)
    {
        switch (target.Subject)
        {
            case CommentSubject.Entry:
                return await db.MealEntries.Where(e => e.Id == target.MealEntryId && e.UserId == motherId).Select(e => (DateOnly?)e.Date).SingleOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundException("That entry does not exist.");
            case CommentSubject.Plan:
                return await db.MealPlans.Where(p => p.Id == target.MealPlanId && p.MotherId == motherId).Select(p => (DateOnly?)p.WeekStart).SingleOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundException("That plan does not exist.");
            case CommentSubject.Day when LoggingWindow.Contains(target.Date, LocalDate.Today(clock, null)):
                return target.Date;
            case CommentSubject.Day:
                throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(CommentTarget.Date), "Date must be within the last 5 years and at most a year ahead.")]);
            default:
                throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(CommentTarget.Subject), "Choose a day, a plan or an entry to comment on.")]);
        }
    }

    private static async Task<List<CommentThreadView>> ThreadsAsync(AppDbContext db, CommentSide side, IQueryable<Comment> comments, CancellationToken cancellationToken)
    {
        // Ids grow with time, and SQLite cannot order by a DateTimeOffset column.
        var all = await comments.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var authorIds = all.Select(c => c.AuthorId).Distinct().ToList();
        var names = await db.Users.Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var entryIds = all.Where(c => c.MealEntryId != null).Select(c => c.MealEntryId!.Value).Distinct().ToList();
        var entryNames = entryIds.Count == 0
            ? []
            : await db.MealEntries.Where(e => entryIds.Contains(e.Id)).Select(e => new { e.Id, e.Food!.Name }).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        var replies = all.Where(c => c.ParentId != null).ToLookup(c => c.ParentId!.Value);

        return all.Where(c => c.ParentId == null).Select(root => new CommentThreadView(
            root.Id,
            root.Subject,
            root.Date,
            root.MealPlanId,
            root.MealEntryId,
            root.MealEntryId is { } entryId ? entryNames.GetValueOrDefault(entryId) : null,
            root.ResolvedAt is not null,
            replies[root.Id].Prepend(root).Select(c => new CommentView(
                c.Id,
                c.AuthorId == side.UserId ? "You" : names.GetValueOrDefault(c.AuthorId) ?? "Former member",
                c.AuthorId == side.UserId,
                c.Text,
                c.CreatedAt,
                c.AuthorId != side.UserId && c.ReadAt == null)).ToList())).ToList();
    }
}
