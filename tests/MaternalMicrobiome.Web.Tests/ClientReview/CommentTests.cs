using FluentValidation;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Comments;
using MaternalMicrobiome.Web.Features.Plans;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static MaternalMicrobiome.Web.Tests.TestData.Given;

namespace MaternalMicrobiome.Web.Tests.ClientReview;

public sealed class CommentTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private async Task<T> AsAsync<T>(AppUser user, Func<CommentService, Task<T>> act)
    {
        await using var scope = await Given.SignedInScopeAsync(factory.Services, user);
        return await act(scope.ServiceProvider.GetRequiredService<CommentService>());
    }

    private static CommentRequest Text(string text) => new() { Text = text };

    [Fact]
    public async Task Unread_counts_replies_and_resolving_work_on_both_sides()
    {
        var (mother, linked, _) = await PracticeAsync(factory);

        var threadId = await AsAsync(linked, s => s.AddAsync(mother.Id, CommentTarget.Day(Today), Text("Lovely fiber today. Could you add a ferment?")));

        Assert.Equal(1, await AsAsync(mother, s => s.UnreadCountAsync()));
        Assert.Equal(0, await AsAsync(linked, s => s.UnreadCountAsync()));
        var seen = await AsAsync(mother, s => s.GetThreadsAsync(null, CommentTarget.Day(Today)));
        var thread = Assert.Single(seen.Threads);
        Assert.True(thread.Comments[0].IsUnread);
        Assert.Equal(linked.DisplayName, thread.Comments[0].AuthorName);

        await AsAsync(mother, async s => { await s.MarkReadAsync(null, [threadId]); return 0; });
        var replyId = await AsAsync(mother, s => s.ReplyAsync(null, threadId, Text("Kefir at breakfast tomorrow.")));

        Assert.Equal(0, await AsAsync(mother, s => s.UnreadCountAsync()));
        Assert.Equal(1, await AsAsync(linked, s => s.UnreadCountAsync()));
        var nutritionistView = Assert.Single((await AsAsync(linked, s => s.GetThreadsAsync(mother.Id, CommentTarget.Day(Today)))).Threads);
        Assert.Equal([threadId, replyId], nutritionistView.Comments.Select(c => c.Id));
        Assert.Equal([false, true], nutritionistView.Comments.Select(c => c.IsUnread));
        Assert.Equal(threadId, await ReadAsync(factory.Services, db => db.Comments.Where(c => c.Id == replyId).Select(c => c.ParentId).SingleAsync()));

        await AsAsync(mother, async s => { await s.SetResolvedAsync(null, threadId, resolved: true); return 0; });
        Assert.True(Assert.Single((await AsAsync(linked, s => s.GetThreadsAsync(mother.Id, CommentTarget.Day(Today)))).Threads).Resolved);
        await AsAsync(linked, async s => { await s.SetResolvedAsync(mother.Id, threadId, resolved: false); return 0; });
        Assert.False(Assert.Single((await AsAsync(mother, s => s.GetMyThreadsAsync()))).Resolved);
    }

    [Fact]
    public async Task A_plan_carries_its_own_thread_that_both_sides_see_and_another_mother_cannot_reach()
    {
        var (mother, linked, _) = await PracticeAsync(factory);
        var otherMother = await Given.UserAsync(factory.Services, Roles.Mother);
        await LinkAsync(factory.Services, otherMother, linked);
        int planId;
        await using (var scope = await Given.SignedInScopeAsync(factory.Services, linked))
        {
            planId = await scope.ServiceProvider.GetRequiredService<MealPlanService>()
                .CreateAsync(mother.Id, new NewPlanRequest { Title = "Fiber week", WeekStart = Today });
        }

        var onPlan = CommentTarget.Plan(Today, planId);
        var threadId = await AsAsync(linked, s => s.AddAsync(mother.Id, onPlan, Text("Swap Tuesday's toast for oats?")));
        await AsAsync(mother, s => s.ReplyAsync(null, threadId, Text("Yes, oats it is.")));

        var mothers = Assert.Single((await AsAsync(mother, s => s.GetThreadsAsync(null, onPlan))).Threads);
        Assert.Equal(planId, mothers.MealPlanId);
        Assert.Equal(2, mothers.Comments.Count);
        Assert.Empty((await AsAsync(mother, s => s.GetThreadsAsync(null, CommentTarget.Day(Today)))).Threads);
        Assert.Equal(1, await AsAsync(linked, s => s.UnreadCountAsync()));
        await Assert.ThrowsAsync<NotFoundException>(() => AsAsync(otherMother, s => s.AddAsync(null, CommentTarget.Plan(Today, planId), Text("Not my plan"))));
        Assert.Equal(2, await ReadAsync(factory.Services, db => db.Comments.CountAsync(c => c.MealPlanId == planId)));
    }

    [Fact]
    public async Task A_second_nutritionist_does_not_see_the_first_ones_threads_and_the_first_loses_access_when_the_link_ends()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        var first = await Given.UserAsync(factory.Services, Roles.Nutritionist);
        var second = await Given.UserAsync(factory.Services, Roles.Nutritionist);
        await LinkAsync(factory.Services, mother, first);
        await AsAsync(first, s => s.AddAsync(mother.Id, CommentTarget.Day(Today), Text("From the first nutritionist")));
        await ReadAsync(factory.Services, db => db.ClientLinks.Where(l => l.NutritionistId == first.Id).ExecuteUpdateAsync(u => u.SetProperty(l => l.EndedAt, Given.Now)));
        await LinkAsync(factory.Services, mother, second);

        var secondView = await AsAsync(second, s => s.GetThreadsAsync(mother.Id, CommentTarget.Day(Today)));

        Assert.Empty(secondView.Threads);
        Assert.Equal(0, await AsAsync(second, s => s.UnreadCountAsync()));
        var ended = await Assert.ThrowsAsync<AccessDeniedException>(() => AsAsync(first, s => s.GetThreadsAsync(mother.Id, CommentTarget.Day(Today))));
        Assert.Contains("ended the link", ended.Message, StringComparison.Ordinal);
        var mothers = await AsAsync(mother, s => s.GetMyThreadsAsync());
        Assert.Equal("From the first nutritionist", Assert.Single(mothers).Comments[0].Text);
        await Assert.ThrowsAsync<AccessDeniedException>(() => AsAsync(mother, s => s.ReplyAsync(null, mothers[0].Id, Text("Too late"))));
    }

    [Fact]
    public async Task A_mother_without_a_nutritionist_is_told_why_she_cannot_comment()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);

        var view = await AsAsync(mother, s => s.GetThreadsAsync(null, CommentTarget.Day(Today)));

        Assert.False(view.CanComment);
        Assert.Equal(CommentService.NoNutritionistReason, view.CannotCommentReason);
        await Assert.ThrowsAsync<AccessDeniedException>(() => AsAsync(mother, s => s.AddAsync(null, CommentTarget.Day(Today), Text("Hello?"))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task Empty_or_too_long_text_is_refused_with_a_message_naming_the_comment(string? text)
    {
        var (mother, linked, _) = await PracticeAsync(factory);

        var empty = await Assert.ThrowsAsync<ValidationException>(() => AsAsync(linked, s => s.AddAsync(mother.Id, CommentTarget.Day(Today), Text(text ?? new string('a', 2001)))));

        var failure = Assert.Single(empty.Errors);
        Assert.Equal(nameof(CommentRequest.Text), failure.PropertyName);
        Assert.Equal(text is null ? "Comment must be at most 2,000 characters." : "Comment is required.", failure.ErrorMessage);
        Assert.Equal(0, await ReadAsync(factory.Services, db => db.Comments.CountAsync(c => c.MotherId == mother.Id)));
    }

    [Fact]
    public async Task An_entry_thread_is_filed_under_the_entrys_day_and_another_mothers_entry_is_not_found()
    {
        var (mother, linked, _) = await PracticeAsync(factory);
        var other = await Given.UserAsync(factory.Services, Roles.Mother);
        var entryId = await LoggedAsync(factory.Services, mother, "lentils cooked", Today.AddDays(-1));
        var othersEntry = await LoggedAsync(factory.Services, other, "lentils cooked", Today);

        await AsAsync(mother, s => s.AddAsync(null, CommentTarget.Entry(Today, entryId), Text("Was this portion right?")));

        var thread = Assert.Single((await AsAsync(linked, s => s.GetThreadsAsync(mother.Id, CommentTarget.Entry(Today, entryId)))).Threads);
        Assert.Equal(Today.AddDays(-1), thread.Date);
        Assert.Contains("lentils", thread.EntryName, StringComparison.OrdinalIgnoreCase);
        Assert.Empty((await AsAsync(linked, s => s.GetThreadsAsync(mother.Id, CommentTarget.Day(Today.AddDays(-1))))).Threads);
        await Assert.ThrowsAsync<NotFoundException>(() => AsAsync(linked, s => s.AddAsync(mother.Id, CommentTarget.Entry(Today, othersEntry), Text("Not hers"))));
    }
}
