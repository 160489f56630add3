using System.Globalization;
using System.Text;
using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Planning;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Suggestions;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Today;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Features.Plans;

/// <summary>
/// Weekly meal plans. A mother reads her own plans and those her nutritionist shared with her (a nutritionist's draft
/// stays hers until shared); she edits the plans she wrote, accepts plans and logs planned meals. A nutritionist
/// linked to the mother with consent creates, edits and shares her plans, and every read is audited. Anyone else is
/// answered "not found". Templates belong to their author alone. A nutritionist plans with her recipe library too:
/// a library food put in a client's plan (directly or through a template) is copied into the client's own foods
/// (<see cref="LibraryCopies"/>).
/// </summary>
public sealed class MealPlanService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUser currentUser,
    ClientAccess clientAccess,
    IValidator<NewPlanRequest> newPlanValidator,
    IValidator<MealEntryRequest> entryValidator,
    IValidator<ApplyTemplateRequest> applyTemplateValidator,
    IValidator<MealNoteRequest> mealNoteValidator,
    CatalogIndex catalogIndex,
    CatalogVersion catalogVersion,
    MealLogService mealLog,
    TimeProvider clock)
{
    private const string NotFoundMessage = "That plan does not exist.";

    /// <summary>What the editor's "Save as template" adds to the plan's title.</summary>
    public const string TemplateSuffix = " (template)";

    /// <summary>The plans of the signed-in mother (<paramref name="clientId"/> null) or of a nutritionist's client.</summary>
    public async Task<IReadOnlyList<PlanSummary>> ListAsync(string? clientId, CancellationToken cancellationToken = default)
    {
        var motherId = await clientAccess.RequireReadAsync(clientId, "plans", cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plans = await WithFoods(db.MealPlans.AsNoTracking())
            .Where(p => p.MotherId == motherId && !p.IsTemplate && (clientId != null || p.Status != MealPlanStatus.Draft || p.AuthorId == motherId))
            .OrderByDescending(p => p.WeekStart).ThenByDescending(p => p.Id)
            .ToListAsync(cancellationToken);
        var targets = await MotherTargets.LoadAsync(db, motherId, cancellationToken);
        var names = await NamesAsync(db, plans.Select(p => p.AuthorId), cancellationToken);
        return plans
            .Select(p => new PlanSummary(
                p.Id, p.Title, p.WeekStart, names.GetValueOrDefault(p.AuthorId, "someone"), p.Status, p.Entries.Count,
                PlanScorer.ScoreDays(p, targets.For, targets.StageOn).Select(s => s.Overall).ToList()))
            .ToList();
    }

    /// <summary>The caller's own templates.</summary>
    public async Task<IReadOnlyList<TemplateSummary>> ListTemplatesAsync(CancellationToken cancellationToken = default)
    {
        var caller = await CallerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.MealPlans.AsNoTracking()
            .Where(p => p.IsTemplate && p.AuthorId == caller.UserId)
            .OrderBy(p => p.Title).ThenBy(p => p.Id)
            .Select(p => new TemplateSummary(p.Id, p.Title, p.Entries.Count, p.WeekStart))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Deletes one of the caller's own templates; plans made from it keep their copies of its foods.</summary>
    public async Task DeleteTemplateAsync(int templateId, CancellationToken cancellationToken = default)
    {
        var caller = await CallerAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var deleted = await db.MealPlans.Where(p => p.Id == templateId && p.IsTemplate && p.AuthorId == caller.UserId).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            throw new NotFoundException("That template does not exist.");
        }
    }

    /// <summary>The Monday after today where the mother lives: the week a new plan is most likely for.</summary>
    public async Task<DateOnly> NextMondayAsync(string? clientId, CancellationToken cancellationToken = default)
    {
        var motherId = clientId ?? await currentUser.RequireAsync(Roles.Mother);
        if (clientId is not null)
        {
            await RequireLinkedAsync(clientId, cancellationToken);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return PlanWeek.NextMonday(await TodayOfAsync(db, motherId, cancellationToken));
    }

    /// <summary>Creates a plan for the signed-in mother, or for a nutritionist's client; returns its id.</summary>
    public async Task<int> CreateAsync(string? clientId, NewPlanRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var authorId = clientId is null
            ? await currentUser.RequireAsync(Roles.Mother)
            : await RequireLinkedAsync(clientId, cancellationToken);
        var motherId = clientId ?? authorId;
        await newPlanValidator.ValidateAndThrowAsync(request, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var template = request.TemplateId is { } templateId ? await TemplateForAsync(db, templateId, authorId, cancellationToken) : null;
        var (entries, copiesMade) = template is null ? ([], 0) : await EntriesForAsync(db, template, motherId, _ => true, cancellationToken);
        var now = clock.GetUtcNow();
        var plan = new MealPlan
        {
            MotherId = motherId, AuthorId = authorId, Title = request.Title.Trim(), WeekStart = request.WeekStart,
            Status = MealPlanStatus.Draft, CreatedAt = now, UpdatedAt = now,
            Entries = entries,
            MealNotes = template?.MealNotes.Select(CopyNote).ToList() ?? [],
        };
        db.MealPlans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        await CatalogChangedAsync(copiesMade, cancellationToken);
        return plan.Id;
    }

    /// <summary>A plan with its day scores and plan-versus-actual adherence.</summary>
    public async Task<PlanView> GetAsync(int planId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (plan, caller) = await OpenAsync(db, planId, write: false, cancellationToken);
        var motherId = plan.MotherId!;
        var targets = await MotherTargets.LoadAsync(db, motherId, cancellationToken);
        var today = LocalDate.Today(clock, targets.Profile.TimeZoneId);
        var planned = PlanScorer.ScoreDays(plan, targets.For, targets.StageOn);

        // Her real log of the week (and the 6 days before it, for the rolling plant window), scored up to today.
        var lastActual = plan.DateOf(PlanScorer.Days - 1) < today ? plan.DateOf(PlanScorer.Days - 1) : today;
        var logged = await MotherEntries.BetweenAsync(db, motherId, plan.WeekStart.AddDays(1 - DayScorer.PlantWindowDays), lastActual, cancellationToken);
        var eaten = logged.Select(e => new ConsumedFood(e.Food!, e.Grams, e.Date)).ToList();
        var actual = Enumerable.Range(0, PlanScorer.Days)
            .Select(d => plan.DateOf(d))
            .Select(date => date <= today ? DayScorer.Score(date, eaten, targets.For(date), targets.StageOn(date)) : null)
            .ToList();

        var names = await NamesAsync(db, [plan.AuthorId], cancellationToken);
        var canEdit = !caller.IsMother || plan.AuthorId == caller.UserId;
        return new PlanView(
            plan.Id,
            plan.Title,
            plan.WeekStart,
            plan.Status,
            names.GetValueOrDefault(plan.AuthorId, "someone"),
            caller.IsMother ? null : motherId,
            plan.Version,
            canEdit,
            CanShare: !caller.IsMother && plan.Status == MealPlanStatus.Draft,
            CanAccept: caller.IsMother && plan.Status != MealPlanStatus.Accepted,
            today,
            targets.Profile.Units,
            plan.Entries
                .OrderBy(e => e.DayIndex).ThenBy(e => e.Slot).ThenBy(e => e.Id)
                .Select(e => new PlannedEntryView(e.Id, e.DayIndex, e.Slot, e.FoodId, e.Food!.Name, e.Quantity, e.Grams, e.Note, e.LoggedEntryId is not null))
                .ToList(),
            plan.MealNotes.OrderBy(n => n.DayIndex).ThenBy(n => n.Slot).Select(n => new PlannedMealNoteView(n.DayIndex, n.Slot, n.Text)).ToList(),
            planned,
            PlanAdherence.Compare(plan, planned, actual));
    }

    /// <summary>Foods that would close the gaps of one planned day, within her diet, exclusions and pregnancy safety.</summary>
    public async Task<IReadOnlyList<Suggestion>> GetSuggestionsAsync(int planId, int dayIndex, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (plan, _) = await OpenAsync(db, planId, write: false, cancellationToken);
        CheckDay(dayIndex);
        var targets = await MotherTargets.LoadAsync(db, plan.MotherId!, cancellationToken);
        var date = plan.DateOf(dayIndex);
        return GapCloser.Suggest(
            date,
            PlanScorer.Consumed(plan),
            await catalogIndex.GetSuggestionPoolAsync(cancellationToken),
            targets.For(date),
            targets.StageOn(date),
            targets.Profile.Preferences);
    }

    /// <summary>
    /// Plans a food. A nutritionist may plan a food of her library: the client receives her own copy of it (one per
    /// version of the library food), which is what the plan holds.
    /// </summary>
    public async Task AddEntryAsync(int planId, Guid version, PlannedEntryRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = await CallerAsync();
        var copiesMade = 0;
        await EditEntriesAsync(planId, version, async (db, plan) =>
        {
            CheckDay(request.DayIndex);
            var asLogged = request.ToMealEntryRequest(plan.DateOf(request.DayIndex));
            await entryValidator.ValidateAndThrowAsync(asLogged, cancellationToken);
            var viewer = new FoodViewer(plan.MotherId, caller.IsMother ? null : caller.UserId);
            var (food, quantity, grams) = await FoodQuantities.ResolveAsync(
                db, viewer, request.FoodId, request.Unit, request.Amount, request.PortionDescription, cancellationToken);
            var entry = new PlannedEntry
            {
                DayIndex = request.DayIndex, Slot = request.Slot, FoodId = food.Id, Unit = quantity.Unit, Amount = quantity.Amount,
                PortionDescription = quantity.PortionDescription, Grams = grams,
                Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            };
            copiesMade = await UseClientCopiesAsync(db, viewer, [(entry, food)], cancellationToken);
            plan.Entries.Add(entry);
        }, cancellationToken);
        await CatalogChangedAsync(copiesMade, cancellationToken);
    }

    public Task RemoveEntryAsync(int planId, Guid version, int entryId, CancellationToken cancellationToken = default) =>
        EditEntriesAsync(planId, version, (db, plan) =>
        {
            var entry = plan.Entries.SingleOrDefault(e => e.Id == entryId) ?? throw new NotFoundException("That planned food does not exist.");
            db.PlannedEntries.Remove(entry);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Copies one day's planned foods onto another day of the same plan; returns how many were copied.</summary>
    public async Task<int> CopyDayAsync(int planId, Guid version, int fromDay, int toDay, CancellationToken cancellationToken = default)
    {
        var copied = 0;
        await EditEntriesAsync(planId, version, (_, plan) =>
        {
            CheckDay(fromDay);
            CheckDay(toDay);
            var copies = plan.Entries.Where(e => e.DayIndex == fromDay).OrderBy(e => e.Slot).ThenBy(e => e.Id).Select(Copy).ToList();
            copies.ForEach(c => c.DayIndex = toDay);
            plan.Entries.AddRange(copies);
            copied = copies.Count;
            return Task.CompletedTask;
        }, cancellationToken);
        return copied;
    }

    /// <summary>Copies one meal (its foods, and its note where the target meal has none) to another day; returns how many foods.</summary>
    public async Task<int> CopyMealAsync(int planId, Guid version, int fromDay, MealSlot slot, int toDay, CancellationToken cancellationToken = default)
    {
        var copied = 0;
        await EditEntriesAsync(planId, version, (_, plan) =>
        {
            CheckDay(fromDay);
            CheckDay(toDay);
            CheckSlot(slot);
            var copies = plan.Entries.Where(e => e.DayIndex == fromDay && e.Slot == slot).OrderBy(e => e.Id).Select(Copy).ToList();
            copies.ForEach(c => c.DayIndex = toDay);
            plan.Entries.AddRange(copies);
            CopyNotes(plan, plan.MealNotes.Where(n => n.DayIndex == fromDay && n.Slot == slot), toDay);
            copied = copies.Count;
            return Task.CompletedTask;
        }, cancellationToken);
        return copied;
    }

    /// <summary>
    /// Moves one meal to another day or meal of the plan (the editor's drag and "Move to…"); returns how many foods
    /// moved. Its foods go after the target meal's, with their grams and notes; its note goes with them, joined after
    /// the target's own note when both have one. A meal with a food already logged from the plan stays where it is: that
    /// food belongs to the day she ate it. Moving a meal onto itself changes nothing.
    /// </summary>
    public async Task<int> MoveMealAsync(
        int planId, Guid version, int fromDay, MealSlot slot, int toDay, MealSlot toSlot, CancellationToken cancellationToken = default)
    {
        var moved = 0;
        await EditEntriesAsync(planId, version, (db, plan) =>
        {
            CheckDay(fromDay);
            CheckDay(toDay);
            CheckSlot(slot);
            CheckSlot(toSlot);
            if (fromDay == toDay && slot == toSlot)
            {
                return Task.CompletedTask;
            }

            var foods = plan.Entries.Where(e => e.DayIndex == fromDay && e.Slot == slot).OrderBy(e => e.Id).ToList();
            if (foods.Any(e => e.LoggedEntryId is not null))
            {
                throw FoodQuantities.Invalid(nameof(PlannedEntryRequest.DayIndex),
                    $"Part of this {slot.ToString().ToLowerInvariant()} is already logged on {plan.DateOf(fromDay).ToString("dddd d MMM", CultureInfo.InvariantCulture)}, so it stays there: copy it instead.");
            }

            MoveNote(db, plan, fromDay, slot, toDay, toSlot);

            // New rows (not a changed day) put the moved foods after the target meal's own, in the editor's order by id.
            var copies = foods.Select(Copy).ToList();
            copies.ForEach(c => (c.DayIndex, c.Slot) = (toDay, toSlot));
            db.PlannedEntries.RemoveRange(foods);
            plan.Entries.AddRange(copies);
            moved = copies.Count;
            return Task.CompletedTask;
        }, cancellationToken);
        return moved;
    }

    /// <summary>Puts one day of one of the caller's templates onto a day of the plan; returns how many foods.</summary>
    public async Task<int> ApplyTemplateDayAsync(int planId, Guid version, int templateId, int templateDay, int toDay, CancellationToken cancellationToken = default)
    {
        var copied = 0;
        var copiesMade = 0;
        await EditEntriesAsync(planId, version, async (db, plan) =>
        {
            CheckDay(templateDay);
            CheckDay(toDay);
            var caller = await CallerAsync();
            var template = await TemplateForAsync(db, templateId, caller.UserId, cancellationToken);
            (var copies, copiesMade) = await EntriesForAsync(db, template, plan.MotherId!, e => e.DayIndex == templateDay, cancellationToken);
            copies.ForEach(c => c.DayIndex = toDay);
            plan.Entries.AddRange(copies);
            CopyNotes(plan, template.MealNotes.Where(n => n.DayIndex == templateDay), toDay);
            copied = copies.Count;
        }, cancellationToken);
        await CatalogChangedAsync(copiesMade, cancellationToken);
        return copied;
    }

    /// <summary>
    /// Applies one of the caller's templates to a week of a client (a nutritionist, linked) or of her own (a mother) in
    /// one action: the caller's plan of that week for that mother is filled, or a new draft is created.
    /// </summary>
    public async Task<ApplyTemplateResult> ApplyTemplateAsync(ApplyTemplateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // The request's shape first: a malformed client id is "choose a client", not a look-up.
        await applyTemplateValidator.ValidateAndThrowAsync(request, cancellationToken);
        var authorId = request.ClientId is null
            ? await currentUser.RequireAsync(Roles.Mother)
            : await RequireLinkedAsync(request.ClientId, cancellationToken);
        var motherId = request.ClientId ?? authorId;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var template = await TemplateForAsync(db, request.TemplateId, authorId, cancellationToken);
        var (entries, copiesMade) = await EntriesForAsync(db, template, motherId, _ => true, cancellationToken);
        var now = clock.GetUtcNow();

        var plan = await db.MealPlans.AsTracking().Include(p => p.Entries).Include(p => p.MealNotes)
            .Where(p => p.MotherId == motherId && p.AuthorId == authorId && !p.IsTemplate && p.WeekStart == request.WeekStart)
            .OrderByDescending(p => p.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            plan = new MealPlan
            {
                MotherId = motherId, AuthorId = authorId, Title = PlanTitleOf(template), WeekStart = request.WeekStart,
                Status = MealPlanStatus.Draft, CreatedAt = now, UpdatedAt = now, Entries = entries,
                MealNotes = template.MealNotes.Select(CopyNote).ToList(),
            };
            db.MealPlans.Add(plan);
            await db.SaveChangesAsync(cancellationToken);
            await CatalogChangedAsync(copiesMade, cancellationToken);
            return new ApplyTemplateResult(plan.Id, entries.Count, Created: true);
        }

        plan.Entries.AddRange(entries);
        foreach (var day in Enumerable.Range(0, PlanScorer.Days))
        {
            CopyNotes(plan, template.MealNotes.Where(n => n.DayIndex == day), day);
        }

        // As any change of hers to a plan the mother accepted: she accepts again what she will follow.
        if (plan.Status == MealPlanStatus.Accepted && request.ClientId is not null)
        {
            plan.Status = MealPlanStatus.Shared;
        }

        plan.Version = Guid.NewGuid();
        plan.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new PlanConflictException(PlanConflictException.DefaultMessage, e);
        }

        await CatalogChangedAsync(copiesMade, cancellationToken);
        return new ApplyTemplateResult(plan.Id, entries.Count, Created: false);
    }

    /// <summary>Writes the note on one meal of a day; empty text removes it.</summary>
    public Task SetMealNoteAsync(int planId, Guid version, MealNoteRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return EditEntriesAsync(planId, version, async (db, plan) =>
        {
            await mealNoteValidator.ValidateAndThrowAsync(request, cancellationToken);
            var text = string.IsNullOrWhiteSpace(request.Text) ? null : request.Text.Trim();
            var note = plan.MealNotes.SingleOrDefault(n => n.DayIndex == request.DayIndex && n.Slot == request.Slot);
            if (note is not null && text is null)
            {
                db.PlannedMealNotes.Remove(note);
            }
            else if (note is not null)
            {
                note.Text = text!;
            }
            else if (text is not null)
            {
                plan.MealNotes.Add(new PlannedMealNote { DayIndex = request.DayIndex, Slot = request.Slot, Text = text });
            }
        }, cancellationToken);
    }

    /// <summary>Linked clients a nutritionist can apply a template to; a mother plans for herself, so none.</summary>
    public async Task<IReadOnlyList<PlanClient>> ListPlanClientsAsync(CancellationToken cancellationToken = default)
    {
        var caller = await CallerAsync();
        if (caller.IsMother)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = await db.ClientLinks.AsNoTracking()
            .Where(l => l.NutritionistId == caller.UserId && l.MotherId != null && l.ConsentedAt != null && l.EndedAt == null)
            .Select(l => l.MotherId!)
            .Distinct()
            .ToListAsync(cancellationToken);
        var names = await NamesAsync(db, ids, cancellationToken);
        return ids.Select(id => new PlanClient(id, names.GetValueOrDefault(id, "client")))
            .OrderBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The nutritionist hands her draft to the mother (Draft → Shared).</summary>
    public Task ShareAsync(int planId, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(planId, version, (plan, caller) =>
        {
            if (caller.IsMother)
            {
                throw new AccessDeniedException("Only a nutritionist shares a plan; accept your own plan instead.");
            }

            if (plan.Status == MealPlanStatus.Draft)
            {
                plan.Status = MealPlanStatus.Shared;
            }
        }, cancellationToken);

    /// <summary>The mother accepts a shared plan, or her own draft (→ Accepted).</summary>
    public Task AcceptAsync(int planId, Guid version, CancellationToken cancellationToken = default) =>
        ChangeAsync(planId, version, (plan, caller) =>
        {
            if (!caller.IsMother)
            {
                throw new AccessDeniedException("Only the mother can accept her plan.");
            }

            plan.Status = MealPlanStatus.Accepted;
        }, cancellationToken);

    /// <summary>
    /// Copies the plan's foods into a new template of the caller's own; returns the template's id. A nutritionist's
    /// template holds her library recipes, not the client's copies of them, so it serves every client.
    /// </summary>
    public async Task<int> SaveAsTemplateAsync(int planId, string title, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (plan, caller) = await OpenAsync(db, planId, write: false, cancellationToken);
        await newPlanValidator.ValidateAndThrowAsync(new NewPlanRequest { Title = title, WeekStart = plan.WeekStart }, cancellationToken);
        var sourceKeys = caller.IsMother ? [] : plan.Entries.Select(e => e.Food!.LibrarySourceKey).OfType<string>().Distinct().ToList();
        var library = sourceKeys.Count == 0
            ? []
            : await db.Foods.Where(f => f.OwnerId == caller.UserId && sourceKeys.Contains(f.Key)).ToDictionaryAsync(f => f.Key, f => f.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var template = new MealPlan
        {
            MotherId = null, AuthorId = caller.UserId, Title = title.Trim(), WeekStart = plan.WeekStart, IsTemplate = true,
            Status = MealPlanStatus.Draft, CreatedAt = now, UpdatedAt = now,
            Entries = plan.Entries.OrderBy(e => e.DayIndex).ThenBy(e => e.Slot).ThenBy(e => e.Id).Select(e =>
            {
                var copy = Copy(e);
                copy.FoodId = e.Food!.LibrarySourceKey is { } key && library.TryGetValue(key, out var libraryId) ? libraryId : e.FoodId;
                return copy;
            }).ToList(),
            MealNotes = plan.MealNotes.Select(CopyNote).ToList(),
        };
        db.MealPlans.Add(template);
        await db.SaveChangesAsync(cancellationToken);
        return template.Id;
    }

    /// <summary>Logs one planned food to her log on its planned date; returns the logged entry's id.</summary>
    public async Task<int> LogEntryAsync(int planId, int entryId, CancellationToken cancellationToken = default)
    {
        var logged = await LogAsync(planId, e => e.Id == entryId, cancellationToken);
        return logged.Count == 1 ? logged[0] : throw new NotFoundException("That planned food does not exist.");
    }

    /// <summary>"Log this meal": logs every planned food of a day's meal not logged yet; returns how many.</summary>
    public async Task<int> LogMealAsync(int planId, int dayIndex, MealSlot slot, CancellationToken cancellationToken = default) =>
        (await LogAsync(planId, e => e.DayIndex == dayIndex && e.Slot == slot && e.LoggedEntryId is null, cancellationToken)).Count;

    /// <summary>What to buy for the plan: foods summed over the week, recipes expanded, by aisle.</summary>
    public async Task<ShoppingListView> GetShoppingListAsync(int planId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (plan, _) = await OpenAsync(db, planId, write: false, cancellationToken, withPortions: true);
        var units = await db.MotherProfiles.Where(p => p.UserId == plan.MotherId).Select(p => p.Units).SingleOrDefaultAsync(cancellationToken);
        var have = await db.ShoppingTicks.Where(t => t.MealPlanId == plan.Id).Select(t => t.FoodId).ToListAsync(cancellationToken);
        return new ShoppingListView(plan.Id, plan.Title, plan.WeekStart, units, ShoppingList.Build(PlanScorer.Consumed(plan)), have.ToHashSet());
    }

    /// <summary>Ticks (or unticks) "already have" on one food of the plan's shopping list; remembered per plan and food.</summary>
    public async Task SetHaveAsync(int planId, int foodId, bool have, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (plan, _) = await OpenAsync(db, planId, write: true, cancellationToken, withPortions: true);
        if (ShoppingList.Build(PlanScorer.Consumed(plan)).Items.All(i => i.FoodId != foodId))
        {
            throw new NotFoundException("That food is not on this shopping list.");
        }

        var tick = await db.ShoppingTicks.AsTracking().SingleOrDefaultAsync(t => t.MealPlanId == planId && t.FoodId == foodId, cancellationToken);
        if (have && tick is null)
        {
            db.ShoppingTicks.Add(new ShoppingTick { MealPlanId = planId, FoodId = foodId, TickedAt = clock.GetUtcNow() });
        }
        else if (!have && tick is not null)
        {
            db.ShoppingTicks.Remove(tick);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (have)
        {
            // Ticked at the same moment elsewhere (her phone and her laptop): the tick is there, which is what she wanted.
        }
    }

    /// <summary>The shopping list as CSV: aisle, food, grams and the household quantity.</summary>
    public async Task<string> ExportShoppingCsvAsync(int planId, CancellationToken cancellationToken = default)
    {
        var view = await GetShoppingListAsync(planId, cancellationToken);
        var rows = view.List.Items.Select(i => new ShoppingCsvRow(
            ShopAisles.Label(i.Aisle), i.Name, Math.Round(i.Grams, 1), ShoppingQuantity.Describe(i, view.Units), view.Have.Contains(i.FoodId) ? "yes" : string.Empty));
        var builder = new StringBuilder();
        await using (var writer = new StringWriter(builder, CultureInfo.InvariantCulture))
        await using (var csv = new SafeCsvWriter(writer))
        {
            await csv.WriteRecordsAsync(rows, cancellationToken);
        }

        return builder.ToString();
    }

    private async Task<List<int>> LogAsync(int planId, Func<PlannedEntry, bool> which, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (plan, caller) = await OpenAsync(db, planId, write: true, cancellationToken, tracking: true);
        if (!caller.IsMother)
        {
            throw new AccessDeniedException("Only the mother can log her meals.");
        }

        var today = await TodayOfAsync(db, caller.UserId, cancellationToken);
        var chosen = plan.Entries.Where(which).OrderBy(e => e.Slot).ThenBy(e => e.Id).ToList();
        var ids = new List<int>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var planned in chosen)
        {
            // Logging twice must not log the meal twice.
            if (planned.LoggedEntryId is { } already)
            {
                ids.Add(already);
                continue;
            }

            var date = plan.DateOf(planned.DayIndex);
            if (date > today)
            {
                throw FoodQuantities.Invalid(nameof(MealEntryRequest.Date), "That day has not come yet: log a planned meal on its day or later.");
            }

            var request = new MealEntryRequest
            {
                Date = date, Slot = planned.Slot, FoodId = planned.FoodId, Unit = planned.Unit, Amount = planned.Amount,
                PortionDescription = planned.PortionDescription, Note = planned.Note,
            };
            var entry = await mealLog.AddEntryAsync(db, caller.UserId, request, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            planned.LoggedEntryId = entry.Id;
            ids.Add(entry.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ids;
    }

    /// <summary>
    /// Changes the plan's foods. The mother changes only plans she wrote; her nutritionist's change to an accepted
    /// plan sends it back to "shared", so the mother accepts what she will follow.
    /// </summary>
    private Task EditEntriesAsync(int planId, Guid version, Func<AppDbContext, MealPlan, Task> change, CancellationToken cancellationToken) =>
        ChangeAsync(planId, version, async (db, plan, caller) =>
        {
            if (caller.IsMother && plan.AuthorId != caller.UserId)
            {
                throw new AccessDeniedException("Your nutritionist wrote this plan, so only she changes it. Save it as a template to make your own copy.");
            }

            await change(db, plan);
            if (!caller.IsMother && plan.Status == MealPlanStatus.Accepted && db.ChangeTracker.HasChanges())
            {
                plan.Status = MealPlanStatus.Shared;
            }
        }, cancellationToken);

    private Task ChangeAsync(int planId, Guid version, Action<MealPlan, PlanCaller> change, CancellationToken cancellationToken) =>
        ChangeAsync(planId, version, (_, plan, caller) =>
        {
            change(plan, caller);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>One change, saved only if nobody saved the plan since <paramref name="version"/> was read.</summary>
    private async Task ChangeAsync(int planId, Guid version, Func<AppDbContext, MealPlan, PlanCaller, Task> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (plan, caller) = await OpenAsync(db, planId, write: true, cancellationToken, tracking: true);
        if (plan.Version != version)
        {
            throw new PlanConflictException();
        }

        await change(db, plan, caller);
        if (!db.ChangeTracker.HasChanges())
        {
            // Nothing changed (a meal moved onto itself): the version stays, so nobody else's editor is put out of date.
            return;
        }

        // The token's original value is the version the editor read: the UPDATE matches no row if someone saved since.
        db.Entry(plan).Property(p => p.Version).OriginalValue = version;
        plan.Version = Guid.NewGuid();
        plan.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new PlanConflictException(PlanConflictException.DefaultMessage, e);
        }
    }

    /// <summary>
    /// The plan, if the caller may see it: the mother it is for (not a nutritionist's unshared draft), or a nutritionist
    /// linked to her with consent (a read is audited). Everything else, templates included, is "not found".
    /// </summary>
    private async Task<(MealPlan Plan, PlanCaller Caller)> OpenAsync(
        AppDbContext db, int planId, bool write, CancellationToken cancellationToken, bool tracking = false, bool withPortions = false)
    {
        var caller = await CallerAsync();
        var plans = tracking ? db.MealPlans.AsTracking() : db.MealPlans.AsNoTracking();
        var query = withPortions
            ? plans.Include(p => p.MealNotes).Include(p => p.Entries).ThenInclude(e => e.Food).ThenInclude(f => f!.Portions)
                .Include(p => p.Entries).ThenInclude(e => e.Food).ThenInclude(f => f!.Ingredients).ThenInclude(i => i.Food).ThenInclude(f => f!.Portions)
                .AsSplitQuery()
            : WithFoods(plans);
        var plan = await query.SingleOrDefaultAsync(p => p.Id == planId && !p.IsTemplate && p.MotherId != null, cancellationToken)
            ?? throw new NotFoundException(NotFoundMessage);

        if (caller.IsMother)
        {
            if (plan.MotherId != caller.UserId || (plan.Status == MealPlanStatus.Draft && plan.AuthorId != caller.UserId))
            {
                throw new NotFoundException(NotFoundMessage);
            }
        }
        else if (write)
        {
            await RequireLinkedAsync(plan.MotherId!, cancellationToken);
        }
        else
        {
            try
            {
                await clientAccess.RequireReadAsync(plan.MotherId, $"plan {plan.Id}", cancellationToken);
            }
            catch (NotFoundException e)
            {
                throw new NotFoundException(NotFoundMessage, e);
            }
        }

        return (plan, caller);
    }

    /// <summary>The linked nutritionist's id; an unlinked one learns nothing, not even that the plan exists.</summary>
    private async Task<string> RequireLinkedAsync(string clientId, CancellationToken cancellationToken)
    {
        try
        {
            return await clientAccess.RequireLinkedNutritionistAsync(clientId, cancellationToken);
        }
        catch (NotFoundException e)
        {
            throw new NotFoundException(NotFoundMessage, e);
        }
    }

    private async Task<PlanCaller> CallerAsync()
    {
        var principal = await currentUser.GetPrincipalAsync();
        return principal.IsInRole(Roles.Nutritionist)
            ? new PlanCaller(await currentUser.RequireAsync(Roles.Nutritionist), IsMother: false)
            : new PlanCaller(await currentUser.RequireAsync(Roles.Mother), IsMother: true);
    }

    private static IQueryable<MealPlan> WithFoods(IQueryable<MealPlan> plans) =>
        plans.Include(p => p.MealNotes).Include(p => p.Entries).ThenInclude(e => e.Food).ThenInclude(f => f!.Ingredients).ThenInclude(i => i.Food).AsSplitQuery();

    private async Task<DateOnly> TodayOfAsync(AppDbContext db, string motherId, CancellationToken cancellationToken)
    {
        var timeZone = await db.MotherProfiles.Where(p => p.UserId == motherId).Select(p => p.TimeZoneId).SingleOrDefaultAsync(cancellationToken);
        return LocalDate.Today(clock, timeZone);
    }

    private static async Task<Dictionary<string, string>> NamesAsync(AppDbContext db, IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct(StringComparer.Ordinal).ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email ?? "someone" : u.DisplayName, cancellationToken);
    }

    private static void CheckDay(int dayIndex)
    {
        if (dayIndex is < 0 or >= PlanScorer.Days)
        {
            throw FoodQuantities.Invalid(nameof(PlannedEntryRequest.DayIndex), "Choose a day of the plan.");
        }
    }

    private static void CheckSlot(MealSlot slot)
    {
        if (!Enum.IsDefined(slot))
        {
            throw FoodQuantities.Invalid(nameof(PlannedEntryRequest.Slot), "Choose a meal.");
        }
    }

    /// <summary>One of the author's own templates with its foods and notes; anyone else's is "not found".</summary>
    private static async Task<MealPlan> TemplateForAsync(AppDbContext db, int templateId, string authorId, CancellationToken cancellationToken) =>
        await db.MealPlans.AsNoTracking().Include(p => p.Entries).ThenInclude(e => e.Food).Include(p => p.MealNotes).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == templateId && p.IsTemplate && p.AuthorId == authorId, cancellationToken)
        ?? throw new NotFoundException("That template does not exist.");

    /// <summary>
    /// Copies of a template's foods for one mother, and how many library foods were newly copied to her: the author's
    /// library foods become the mother's own copies; another mother's private food is left out (she cannot see it).
    /// </summary>
    private static async Task<(List<PlannedEntry> Entries, int CopiesMade)> EntriesForAsync(
        AppDbContext db, MealPlan template, string motherId, Func<PlannedEntry, bool> which, CancellationToken cancellationToken)
    {
        var viewer = new FoodViewer(motherId, template.AuthorId == motherId ? null : template.AuthorId);
        var planned = template.Entries
            .Where(e => which(e) && e.Food is { } food && viewer.Sees(food))
            .OrderBy(e => e.DayIndex).ThenBy(e => e.Slot).ThenBy(e => e.Id)
            .Select(e => (Entry: Copy(e), Food: e.Food!))
            .ToList();
        var copiesMade = await UseClientCopiesAsync(db, viewer, planned, cancellationToken);
        return (planned.Select(p => p.Entry).ToList(), copiesMade);
    }

    /// <summary>
    /// Points each planned line whose food is from the viewer's library at the client's own copy of it (made or reused,
    /// <see cref="LibraryCopies"/>); returns how many copies are new.
    /// </summary>
    private static async Task<int> UseClientCopiesAsync(
        AppDbContext db, FoodViewer viewer, IReadOnlyList<(PlannedEntry Entry, Food Food)> planned, CancellationToken cancellationToken)
    {
        var fromLibrary = planned.Where(p => viewer.IsLibraryFood(p.Food)).Select(p => p.Food.Id).ToList();
        if (fromLibrary.Count == 0)
        {
            return 0;
        }

        var copied = await LibraryCopies.CopyAsync(db, viewer.LibraryOwnerId!, viewer.OwnerId!, fromLibrary, cancellationToken);
        foreach (var (entry, food) in planned)
        {
            if (copied.Copies.TryGetValue(food.Id, out var copy))
            {
                entry.Food = copy;
                entry.FoodId = copy.Id;
            }
        }

        return copied.Created;
    }

    /// <summary>New copies of library foods are private foods of the client: her search must find them.</summary>
    private async Task CatalogChangedAsync(int copiesMade, CancellationToken cancellationToken)
    {
        if (copiesMade > 0)
        {
            await catalogVersion.ChangedAsync(cancellationToken);
        }
    }

    /// <summary>Copies notes onto a day of the plan, keeping a note the plan already has on that meal.</summary>
    private static void CopyNotes(MealPlan plan, IEnumerable<PlannedMealNote> notes, int toDay)
    {
        foreach (var note in notes.ToList())
        {
            if (!plan.MealNotes.Any(n => n.DayIndex == toDay && n.Slot == note.Slot))
            {
                plan.MealNotes.Add(new PlannedMealNote { DayIndex = toDay, Slot = note.Slot, Text = note.Text });
            }
        }
    }

    /// <summary>
    /// The moved meal's note goes with it. When the target meal has its own, the two are joined (target's first, as
    /// the moved foods come after its foods) rather than one dropped; a join longer than a note may be is refused.
    /// </summary>
    private static void MoveNote(AppDbContext db, MealPlan plan, int fromDay, MealSlot slot, int toDay, MealSlot toSlot)
    {
        var moving = plan.MealNotes.SingleOrDefault(n => n.DayIndex == fromDay && n.Slot == slot);
        if (moving is null)
        {
            return;
        }

        var target = plan.MealNotes.SingleOrDefault(n => n.DayIndex == toDay && n.Slot == toSlot);
        if (target is null)
        {
            (moving.DayIndex, moving.Slot) = (toDay, toSlot);
            return;
        }

        if (!string.Equals(target.Text, moving.Text, StringComparison.Ordinal))
        {
            var joined = $"{target.Text}\n\n{moving.Text}";
            if (joined.Length > MealNoteRequestValidator.MaxTextLength)
            {
                throw FoodQuantities.Invalid(nameof(MealNoteRequest.Text),
                    $"Both meals have notes, and together they are longer than {MealNoteRequestValidator.MaxTextLength} characters: shorten one, then move the meal.");
            }

            target.Text = joined;
        }

        db.PlannedMealNotes.Remove(moving);
    }

    /// <summary>A plan made from a template takes its title, without the " (template)" that "Save as template" added.</summary>
    private static string PlanTitleOf(MealPlan template) =>
        template.Title.EndsWith(TemplateSuffix, StringComparison.Ordinal) && template.Title.Length > TemplateSuffix.Length
            ? template.Title[..^TemplateSuffix.Length]
            : template.Title;

    private static PlannedMealNote CopyNote(PlannedMealNote n) => new() { DayIndex = n.DayIndex, Slot = n.Slot, Text = n.Text };

    private static PlannedEntry Copy(PlannedEntry e) => new()
    {
        DayIndex = e.DayIndex, Slot = e.Slot, FoodId = e.FoodId, Unit = e.Unit, Amount = e.Amount,
        PortionDescription = e.PortionDescription, Grams = e.Grams, Note = e.Note,
    };
}
